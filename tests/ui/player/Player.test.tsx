// @vitest-environment jsdom
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import { Player } from "../../../src/ui/player/index.ts";
import { fmt } from "../../../src/ui/kit/format.ts";
import { compactEntries } from "../../../src/ui/player/FormulaLineView.tsx";
import { createPlayerStore, type PlayerStore } from "../../../src/ui/playerStore.ts";
import { expectedTrace, firstDecoderIndex, KATEX_WAIT } from "./helpers.ts";

// Rendering the player in jsdom is slow on a busy shared machine; this is a ceiling, not a timing check.
vi.setConfig({ testTimeout: 20_000 });

function setup(store: PlayerStore = createPlayerStore()) {
  render(<Player store={store} />);
  return { store, user: userEvent.setup(), player: screen.getByRole("region", { name: "Encoder–decoder player" }) };
}

const stepCount = () => expectedTrace().steps.length;
const status = () => screen.getByText(/^Step \d+ of \d+$/u).textContent;
const formulas = () => screen.getByRole("region", { name: "Formulas of this step" });

afterEach(() => {
  vi.useRealTimers();
});

describe("Player step controls", () => {
  it("pressing Next step and Previous step moves the cursor one step each way", async () => {
    const { store, user } = setup();
    await user.click(screen.getByRole("button", { name: "Next step" }));
    await user.click(screen.getByRole("button", { name: "Next step" }));
    expect(store.getState().step).toBe(2);
    expect(status()).toBe(`Step 3 of ${stepCount()}`);
    await user.click(screen.getByRole("button", { name: "Previous step" }));
    expect(store.getState().step).toBe(1);
  });

  it("pressing Last step and Restart jump to the last and the first step", async () => {
    const { store, user } = setup();
    await user.click(screen.getByRole("button", { name: "Last step" }));
    expect(store.getState().step).toBe(stepCount() - 1);
    // At the end Next says it cannot move, keeps the focus, and pressing it changes nothing.
    const next = screen.getByRole("button", { name: "Next step" });
    expect(next.getAttribute("aria-disabled")).toBe("true");
    expect(next.hasAttribute("disabled")).toBe(false);
    await user.click(next);
    expect(store.getState().step).toBe(stepCount() - 1);
    expect(document.activeElement).toBe(next);
    await user.click(screen.getByRole("button", { name: "Restart" }));
    expect(store.getState().step).toBe(0);
  });

  it("dragging the scrubber moves the cursor to the chosen step", () => {
    const { store } = setup();
    fireEvent.change(screen.getByRole("slider", { name: "Step" }), { target: { value: "4" } });
    expect(store.getState().step).toBe(4);
  });

  it("pressing Play advances one step per tick of the speed and Pause stops it", () => {
    vi.useFakeTimers();
    const { store } = setup();
    fireEvent.click(screen.getByRole("button", { name: "Play" }));
    expect(store.getState().playing).toBe(true);
    act(() => vi.advanceTimersByTime(1000));
    act(() => vi.advanceTimersByTime(1000));
    expect(store.getState().step).toBe(2);
    fireEvent.click(screen.getByRole("button", { name: "Pause" }));
    act(() => vi.advanceTimersByTime(5000));
    expect(store.getState()).toMatchObject({ step: 2, playing: false });
    expect(screen.getByRole("button", { name: "Play" })).toBeTruthy();
  });

  it("playing to the end stops on the last step", () => {
    vi.useFakeTimers();
    const { store } = setup();
    fireEvent.click(screen.getByRole("button", { name: "Play" }));
    for (let i = 0; i < stepCount() + 2; i++) act(() => vi.advanceTimersByTime(1000));
    expect(store.getState()).toMatchObject({ step: stepCount() - 1, playing: false });
  });
});

describe("Player keyboard", () => {
  it("pressing → ← Home End on the focused player moves the cursor", async () => {
    const { store, user, player } = setup();
    player.focus();
    await user.keyboard("{ArrowRight}{ArrowRight}{ArrowRight}");
    expect(store.getState().step).toBe(3);
    await user.keyboard("{ArrowLeft}");
    expect(store.getState().step).toBe(2);
    await user.keyboard("{End}");
    expect(store.getState().step).toBe(stepCount() - 1);
    await user.keyboard("{Home}");
    expect(store.getState().step).toBe(0);
  });

  it("pressing space on the focused player plays and pressing it again pauses", async () => {
    const { store, user, player } = setup();
    player.focus();
    await user.keyboard(" ");
    expect(store.getState().playing).toBe(true);
    await user.keyboard(" ");
    expect(store.getState().playing).toBe(false);
  });

  it("pressing arrows in a focused, scrollable figure leaves the cursor alone", async () => {
    const { store, user } = setup();
    screen.getByRole("group", { name: "Encoder: scrollable" }).focus();
    await user.keyboard("{ArrowRight}{ArrowRight}");
    expect(store.getState().step).toBe(0);
  });

  it("typing arrows in the sentence field edits the text and leaves the cursor alone", async () => {
    const { store, user } = setup();
    await user.click(screen.getByRole("textbox", { name: "Sentence" }));
    await user.keyboard("{ArrowLeft}{ArrowLeft}{End} ");
    expect(store.getState().sentence).toBe("I love you ");
    expect(store.getState().step).toBe(0);
  });
});

describe("Player formulas", () => {
  it("stepping to the first decoder step shows that step's attention weights in the formula", async () => {
    const trace = expectedTrace();
    const index = firstDecoderIndex(trace);
    const { user, player } = setup();
    player.focus();
    for (let i = 0; i < index; i++) await user.keyboard("{ArrowRight}");
    const step = trace.steps[index]!;
    if (step.kind !== "decoder" || !step.attention) throw new Error("the default choice attends");
    await waitFor(() => expect(formulas().querySelector(".katex")).not.toBeNull(), KATEX_WAIT);
    const text = formulas().textContent ?? "";
    for (const a of step.attention.alpha) expect(text).toContain(fmt(a));
    expect(within(formulas()).getByRole("heading").textContent).toContain("Decoder, t′ = 1");
    expect(formulas().querySelector(".katex-error")).toBeNull();
  });

  it("choosing another cell recomputes the trace and the formulas show its values", async () => {
    const { user } = setup();
    await waitFor(() => expect(formulas().textContent).toContain("forget gate"), KATEX_WAIT);
    await user.selectOptions(screen.getByRole("combobox", { name: "Cell" }), "GRU (reset after)");
    const gru = expectedTrace({ cell: "gru-reset-after" }).steps[0]!;
    if (gru.kind !== "encoder") throw new Error("the trace starts with the encoder");
    await waitFor(() => expect(formulas().textContent).toContain("update gate"), KATEX_WAIT);
    expect(formulas().textContent).not.toContain("forget gate");
    // The new state's numbers, written as text: its first entries, an ellipsis and the last.
    expect(formulas().textContent).toContain(`(${compactEntries(gru.cell.h_t).join(", ")})`);
  });

  it("ticking Bidirectional encoder adds the backward pass and the merge step", async () => {
    const { user } = setup();
    await user.click(screen.getByRole("checkbox", { name: "Bidirectional encoder" }));
    expect(status()).toBe(`Step 1 of ${expectedTrace({ bidirectional: true }).steps.length}`);
    const before = expectedTrace().steps.filter((s) => s.kind !== "decoder").length;
    const after = expectedTrace({ bidirectional: true }).steps.filter((s) => s.kind !== "decoder");
    expect(after.length).toBeGreaterThan(before);
    expect(after.some((s) => s.kind === "merge")).toBe(true);
  });
});

describe("Player sentence", () => {
  it("clearing the sentence shows a message and keeps the last good trace", async () => {
    const { user } = setup();
    await user.clear(screen.getByRole("textbox", { name: "Sentence" }));
    expect(screen.getByRole("alert").textContent).toMatch(/Type a sentence/u);
    expect(status()).toBe(`Step 1 of ${stepCount()}`);
    expect(screen.getByRole("img", { name: /unrolled over 3 source tokens/u })).toBeTruthy();
    expect(screen.getByRole("textbox", { name: "Sentence" }).getAttribute("aria-invalid")).toBe("true");
  });

  it("typing punctuation only shows the message in place of a new trace", async () => {
    const { user } = setup();
    const field = screen.getByRole("textbox", { name: "Sentence" });
    await user.clear(field);
    await user.type(field, "?!");
    expect(screen.getByRole("alert")).toBeTruthy();
    expect(screen.getByRole("img", { name: /unrolled over 3 source tokens/u })).toBeTruthy();
  });

  it("typing an unknown word reads it as <unk> and names it in a note", async () => {
    const { user } = setup();
    const field = screen.getByRole("textbox", { name: "Sentence" });
    await user.clear(field);
    await user.type(field, "I love zebras");
    expect(screen.getByText(/read as <unk>: “zebras”/u)).toBeTruthy();
    expect(screen.queryByRole("alert")).toBeNull();
  });

  it("rendering the demo model says its weights are untrained", () => {
    setup();
    expect(screen.getByText("These weights are random and untrained: the translation is not meant to be right yet.")).toBeTruthy();
  });
});

describe("Player hover", () => {
  it("pointing at α in the formula highlights its heatmap row, and pointing at h₁ in the encoder highlights h₁ in the formula", async () => {
    const trace = expectedTrace();
    const { store } = setup();
    act(() => store.getState().setStep(firstDecoderIndex(trace)));
    await waitFor(() => expect(formulas().querySelector(".katex")).not.toBeNull(), KATEX_WAIT);
    const terms = () => Array.from(formulas().querySelectorAll<HTMLElement>(".formula-term"));
    const alphaRow = terms().find((el) => el.textContent?.includes("\\alpha_{1,\\cdot}"))!;
    fireEvent.mouseEnter(alphaRow);
    const heatmap = screen.getByRole("img", { name: /Heatmap of the attention weights/u });
    expect(heatmap.querySelectorAll("rect.is-hovered")).toHaveLength(trace.source.length);
    fireEvent.mouseLeave(alphaRow);
    expect(heatmap.querySelectorAll(".is-hovered")).toHaveLength(0);

    // At a decoder step the encoder's picture is folded away with the others: open them.
    fireEvent.click(screen.getByText(/^More pictures:/u));
    const encoder = await screen.findByRole("img", { name: /The encoder unrolled/u });
    const h1 = Array.from(encoder.querySelectorAll("rect")).find((r) => r.querySelector("title")?.textContent?.startsWith("h₁[1]"))!;
    fireEvent.mouseEnter(h1);
    const lit = terms().filter((el) => el.classList.contains("is-hovered"));
    expect(lit.length).toBeGreaterThan(0);
    for (const el of lit) expect(el.textContent).toContain("h_{1}");
  });

  it("focusing a term in the formula highlights its value in the picture, as pointing does", async () => {
    const { store } = setup();
    act(() => store.getState().setStep(0));
    await waitFor(() => expect(formulas().querySelector(".katex")).not.toBeNull(), KATEX_WAIT);
    const term = Array.from(formulas().querySelectorAll<HTMLElement>(".formula-term")).find((el) => el.textContent?.includes("\\sx{x_{1}}"))!;
    act(() => term.focus());
    const encoder = screen.getByRole("img", { name: /The encoder unrolled/u });
    expect(encoder.querySelectorAll("rect.is-hovered").length).toBeGreaterThan(0);
  });
});

