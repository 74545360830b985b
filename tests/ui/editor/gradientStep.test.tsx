// @vitest-environment jsdom
import { readFileSync } from "node:fs";
import { fireEvent, screen, waitFor } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { lossAndGradients, lossOf } from "../../../src/core/grad/loss.ts";
import { corpusPairs, type Corpus } from "../../../src/core/train/corpus.ts";
import { DEMO_SEED, demoModel } from "../../../src/model/defaults.ts";
import { num } from "../../../src/ui/i18n/learnStep.ts";
import { applyEdits, paramData, type Edits } from "../../../src/ui/model/edits.ts";
import { demoId } from "../../../src/ui/model/sources.ts";
import { DEFAULT_PLAYER } from "../../../src/ui/playerStore.ts";
import { openParam, renderEditor } from "./harness.tsx";

// Rendering the player in jsdom is slow on a busy shared machine; this is a ceiling, not a timing check.
vi.setConfig({ testTimeout: 60_000 });

// The harness's demo model (no preset), on the player's default sentence, the running example.
const choice = { ...DEFAULT_PLAYER.choice, query: "previous" as const };
const BASE = demoId(choice);
const demo = demoModel(choice, DEMO_SEED);
const corpus = JSON.parse(readFileSync("public/corpus/en-fr.json", "utf8")) as Corpus;
// "I love you" → "Je t'aime" as the corpus gives it: an independent check of the pair the editor picks.
const PAIR = corpusPairs(corpus, [{ source: "I love you", target: "Je t'aime" }])[0]!;
const lossOfEdits = (edits: Edits) => lossOf(applyEdits(demo, edits), [PAIR], { reduction: "sentence" });

type S = ReturnType<typeof renderEditor>;
const editsOf = (s: S) => s.models.getState().edits[BASE] ?? {};
const rateField = () => screen.getByRole("textbox", { name: "Learning rate η" });
async function setRate(s: S, text: string) {
  await s.user.clear(rateField());
  if (text) await s.user.type(rateField(), text);
}
const take = (s: S) => s.user.click(screen.getByRole("button", { name: "Take one step" }));
const outcome = () => document.querySelector(".learn-outcome[role=status]")?.textContent ?? "";

describe("the weight editor's gradients and steps", () => {
  it("Show gradients turns the grid into the core's ∂L/∂θ on the running example, and the readout gives both numbers", async () => {
    const s = renderEditor();
    await openParam(s.user, "decoder.output.b_out");
    expect(screen.queryByRole("grid", { name: /gradients/u })).toBeNull();
    await s.user.click(screen.getByRole("checkbox", { name: "Show gradients" }));
    const grid = await screen.findByRole("grid", { name: /^b_out.*, gradients ∂L\/∂θ$/u });
    const { grads } = lossAndGradients(demo, [PAIR], { reduction: "sentence" });
    const g = grads["decoder.output.b_out"]!;
    const cells = grid.querySelectorAll<HTMLElement>("td[data-index]");
    expect(cells.length).toBe(g.length);
    for (const cell of cells) {
      const i = Number(cell.dataset.index);
      expect(cell.getAttribute("aria-label")).toContain(`, ∂L/∂θ ${num(g[i]!)}`);
      expect(cell.title).toContain(`= ${num(g[i]!)}`);
    }
    const je = demo.target.vocab.indexOf("je");
    await s.user.click(cells[je]!);
    expect(document.querySelector(".weight-readout")?.textContent).toBe(`b_out[je, b] = ${num(paramData(demo, "decoder.output.b_out")![je]!)}, ∂L/∂b_out[je, b] = ${num(g[je]!)}`);
    expect(screen.getByText(/the target, teacher-forced, for “I love you” → “Je t'aime”/u)).toBeTruthy();
    await s.user.click(screen.getByRole("checkbox", { name: "Show gradients" }));
    expect(screen.queryByRole("grid", { name: /gradients/u })).toBeNull();
  });

  it("Take one step lowers the loss for η = 0.1, shows L before → after, and Undo step restores the edits bit for bit", async () => {
    const s = renderEditor();
    await openParam(s.user, "encoder.weights.W_f");
    // An edit of the reader's own first, so the step starts from edited weights.
    s.models.getState().setValue(BASE, demo, "encoder.weights.W_f", 0, 0.123456789);
    const start = editsOf(s);
    await take(s);
    const after = editsOf(s);
    expect(after).not.toBe(start);
    const [before, then] = [lossOfEdits(start), lossOfEdits(after)];
    expect(then).toBeLessThan(before);
    expect(outcome()).toContain(`L: ${num(before)} → ${num(then)} (−`);
    await take(s);
    expect(lossOfEdits(editsOf(s))).toBeLessThan(then);
    await s.user.click(screen.getByRole("button", { name: "Undo step" }));
    expect(editsOf(s)).toBe(after);
    await s.user.click(screen.getByRole("button", { name: "Undo step" }));
    expect(editsOf(s)).toBe(start);
    expect(editsOf(s)["encoder.weights.W_f"]![0]).toBe(0.123456789);
    expect((screen.getByRole("button", { name: "Undo step" }) as HTMLButtonElement).disabled).toBe(true);
  });

  it("a huge learning rate diverges: the message says why, the model is unchanged, and Undo step still takes back the step before", async () => {
    const s = renderEditor();
    await waitFor(() => expect(screen.getByRole("button", { name: "Take one step" })).toBeTruthy(), { timeout: 30_000 });
    await take(s);
    const stepped = editsOf(s);
    await setRate(s, "1e6");
    await take(s);
    const alert = document.querySelector(".learn-outcome.is-error")!;
    expect(alert.textContent).toMatch(/^Not taken: the loss would grow from .* more than a hundredfold: the learning rate 1e6 is too large\. The weights are unchanged\.$/u);
    expect(editsOf(s)).toBe(stepped);
    await s.user.click(screen.getByRole("button", { name: "Undo step" }));
    expect(editsOf(s)).toEqual({});
  });

  it("Undo step still works after the editor is closed and opened again", async () => {
    const s = renderEditor();
    await waitFor(() => expect(screen.getByRole("button", { name: "Take one step" })).toBeTruthy(), { timeout: 30_000 });
    await take(s);
    expect(editsOf(s)).not.toEqual({});
    const details = document.querySelector<HTMLDetailsElement>(".edit-weights")!;
    details.open = false;
    fireEvent(details, new Event("toggle"));
    await waitFor(() => expect(screen.queryByRole("button", { name: "Undo step" })).toBeNull());
    details.open = true;
    fireEvent(details, new Event("toggle"));
    await s.user.click(await screen.findByRole("button", { name: "Undo step" }, { timeout: 30_000 }));
    expect(editsOf(s)).toEqual({});
  });

  it.each([
    ["abc", "“abc” is not a number"],
    ["0", "The learning rate must be above 0, and 0 is not"],
    ["-0.1", "The learning rate must be above 0, and -0.1 is not"],
    ["", "Type a learning rate"],
  ])("a learning rate of %j is refused with a message and changes nothing", async (text, message) => {
    const s = renderEditor();
    await waitFor(() => expect(screen.getByRole("button", { name: "Take one step" })).toBeTruthy(), { timeout: 30_000 });
    await setRate(s, text);
    await take(s);
    expect(screen.getAllByRole("alert").map((a) => a.textContent).join(" ")).toContain(message);
    expect(rateField().getAttribute("aria-invalid")).toBe("true");
    expect(editsOf(s)).toEqual({});
    fireEvent.keyDown(rateField(), { key: "Enter" });
    expect(editsOf(s)).toEqual({});
  });

  it("a sentence without a known translation learns from the model's own greedy output, and says so", async () => {
    const s = renderEditor({ state: { sentence: "she sees the dog" } });
    expect(await screen.findByText(/has no known translation here, so the target is the model's own greedy output/u, undefined, { timeout: 30_000 })).toBeTruthy();
    await take(s);
    expect(outcome()).toMatch(/^L: /u);
  });
});
