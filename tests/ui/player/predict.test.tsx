// @vitest-environment jsdom
// Predict, then reveal: the questions and answers come from the core's trace, and in the player the
// toggle (off by default) shows a card whose pick is revealed by stepping on, announced politely.
import { act, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { answerFor, questionFor } from "../../../src/ui/player/predict.ts";
import { Player } from "../../../src/ui/player/index.ts";
import { createPlayerStore } from "../../../src/ui/playerStore.ts";
import { expectedTrace, firstDecoderIndex } from "./helpers.ts";

vi.setConfig({ testTimeout: 20_000 });

/** The index of the largest entry, written out here so the test does not read the code it checks. */
const largest = (v: ArrayLike<number>) => Array.from(v).indexOf(Math.max(...Array.from(v)));

describe("questionFor and answerFor", () => {
  const trace = expectedTrace();
  const dec = firstDecoderIndex(trace);

  it("ask before an attention decoder step which source word gets the largest weight, answered by the step's α", () => {
    const step = trace.steps[dec]!;
    if (step.kind !== "decoder") throw new Error("expected a decoder step");
    expect(questionFor(trace, dec)).toEqual({ kind: "attention", t: 1, options: trace.source.map((s) => s.text) });
    const answer = answerFor(trace, dec)!;
    expect(answer.values).toEqual(Array.from(step.attention!.alpha));
    expect(answer.best).toBe(largest(step.attention!.alpha));
  });

  it("ask before an LSTM encoder step which gate saturates most, answered by the record's gates", () => {
    const step = trace.steps[1]!;
    if (step.kind !== "encoder" || step.cell.kind !== "lstm") throw new Error("expected an LSTM encoder step");
    expect(questionFor(trace, 1)).toMatchObject({ kind: "gate", t: 2, options: ["f", "i", "o"] });
    const cell = step.cell;
    const extreme = (v: ArrayLike<number>) => Math.max(...Array.from(v, (x) => Math.abs(x - 0.5)));
    const answer = answerFor(trace, 1)!;
    expect(answer.best).toBe(largest([extreme(cell.f_t), extreme(cell.i_t), extreme(cell.o_t)]));
    for (const [k, g] of [cell.f_t, cell.i_t, cell.o_t].entries()) expect(Math.abs(answer.values[k]! - 0.5)).toBe(extreme(g));
  });

  it("have nothing to ask before the context step or past the end, nor with an RNN encoder and no attention", () => {
    expect(questionFor(trace, trace.steps.findIndex((s) => s.kind === "context"))).toBeNull();
    expect(questionFor(trace, trace.steps.length)).toBeNull();
    const plain = expectedTrace({ cell: "rnn", variant: "every-step" });
    expect(plain.steps.every((_, i) => questionFor(plain, i) === null)).toBe(true);
  });
});

describe("the player's predict card", () => {
  it("is off by default; on, a pick and Reveal step on and announce right or wrong with the core's weights", async () => {
    const store = createPlayerStore();
    const trace = expectedTrace();
    const dec = firstDecoderIndex(trace);
    store.getState().setStep(dec - 1);
    const user = userEvent.setup();
    const { container } = render(<Player store={store} />);
    expect(container.querySelector(".predict-card")).toBeNull();
    const toggle = screen.getByRole("button", { name: "Predict" });
    expect(toggle.getAttribute("aria-pressed")).toBe("false");
    await user.click(toggle);
    const card = screen.getByRole("region", { name: "Predict, then reveal" });
    const group = within(card).getByRole("group", { name: /which source word will the next target word attend to most/ });
    const step = trace.steps[dec]!;
    if (step.kind !== "decoder") throw new Error("expected a decoder step");
    const best = largest(step.attention!.alpha);
    const wrong = best === 0 ? 1 : 0;
    await user.click(within(group).getAllByRole("radio")[wrong]!);
    await user.click(within(card).getByRole("button", { name: "Reveal (next step)" }));
    expect(store.getState().step).toBe(dec);
    const status = within(card).getByRole("status");
    expect(status.getAttribute("aria-live")).toBe("polite");
    expect(status.textContent).toContain("Not this time");
    expect(status.textContent).toContain(`“${trace.source[best]!.text}”`);
    // Back one step, the right pick this time, and stepping on with → reveals it too.
    act(() => store.getState().setStep(dec - 1));
    await user.click(within(screen.getByRole("region", { name: "Predict, then reveal" })).getAllByRole("radio")[best]!);
    screen.getByRole("region", { name: "Encoder–decoder player" }).focus();
    await user.keyboard("{ArrowRight}");
    expect(store.getState().step).toBe(dec);
    expect(within(screen.getByRole("region", { name: "Predict, then reveal" })).getByRole("status").textContent).toMatch(/^✓?\s*Right/u);
  });
});
