// @vitest-environment jsdom
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { traceEntries } from "../../../src/core/entries.ts";
import { forward } from "../../../src/core/forward.ts";
import { demoModel } from "../../../src/model/defaults.ts";
import { applyEdits, paramData } from "../../../src/ui/model/edits.ts";
import { demoId } from "../../../src/ui/model/sources.ts";
import { DEMO_SEED } from "../../../src/model/defaults.ts";
import { DEFAULT_PLAYER } from "../../../src/ui/playerStore.ts";
import { openParam, outputText, renderEditor } from "./harness.tsx";
import { paramId } from "../../../src/core/entryIds.ts";

// Rendering the player in jsdom is slow on a busy shared machine; this is a ceiling, not a timing check.
vi.setConfig({ testTimeout: 60_000 });

// The demo model's choice: the default with the previous-state query, for which no preset exists.
const choice = { ...DEFAULT_PLAYER.choice, query: "previous" as const };
const BASE = demoId(choice);
const demo = demoModel(choice, DEMO_SEED);
const V = demo.target.vocab;
const CHAT = V.indexOf("chat");
const editsOf = (s: ReturnType<typeof renderEditor>) => s.models.getState().edits[BASE] ?? {};
const grid = (name: RegExp) => screen.getByRole("grid", { name });
const cell = (g: HTMLElement, index: number) => g.querySelector<HTMLElement>(`td[data-index="${index}"]`)!;
const selected = () => screen.getByRole("group", { name: /^Selected weight/u }).getAttribute("aria-label");
const valueField = () => within(screen.getByRole("group", { name: /^Selected weight/u })).getByRole("textbox");

describe("the weight editor", () => {
  it("typing a value into a selected weight and pressing Enter changes the weight and the translation", async () => {
    const s = renderEditor({ state: { step: 99 } });
    const before = outputText();
    await openParam(s.user, "decoder.output.b_out");
    await s.user.click(cell(grid(/^b_out/u), CHAT));
    expect(selected()).toBe("Selected weight b_out[chat, b]");
    await s.user.clear(valueField());
    await s.user.type(valueField(), "50{Enter}");
    expect(editsOf(s)["decoder.output.b_out"]).toEqual({ [CHAT]: 50 });
    expect(outputText()).toMatch(/chat/u);
    expect(outputText()).not.toBe(before);
    expect(document.querySelector(".weights-output")?.textContent).toMatch(/^Output: .*chat/u);
  });

  it("pressing arrow keys in the grid moves the selection, and a typed digit goes to the value field", async () => {
    const s = renderEditor();
    await openParam(s.user, "decoder.output.W_out");
    await s.user.click(cell(grid(/^W_out/u), 0));
    await s.user.keyboard("{ArrowDown}{ArrowDown}{ArrowRight}");
    expect(selected()).toBe(`Selected weight W_out[${V[2]}, s₂]`);
    expect(document.activeElement?.getAttribute("data-index")).toBe(String(2 * 4 + 1));
    await s.user.keyboard("{End}");
    expect(selected()).toBe(`Selected weight W_out[${V[2]}, s₄]`);
    await s.user.keyboard("7{Enter}");
    expect(editsOf(s)["decoder.output.W_out"]).toEqual({ [2 * 4 + 3]: 7 });
  });

  it("moving the slider sets the selected weight", async () => {
    const s = renderEditor();
    await openParam(s.user, "encoder.weights.W_f");
    fireEvent.change(screen.getByRole("slider", { name: /^Slide W_f/u }), { target: { value: "0.5" } });
    expect(editsOf(s)["encoder.weights.W_f"]).toEqual({ 0: 0.5 });
  });

  it("dragging a cell upward raises its weight, and farther means more", async () => {
    const s = renderEditor();
    await openParam(s.user, "decoder.output.b_out");
    const target = cell(grid(/^b_out/u), CHAT);
    fireEvent.pointerDown(target, { pointerId: 1, pointerType: "mouse", button: 0, clientY: 300 });
    fireEvent.pointerMove(target, { pointerId: 1, pointerType: "mouse", clientY: 250 });
    const first = editsOf(s)["decoder.output.b_out"]![CHAT]!;
    fireEvent.pointerMove(target, { pointerId: 1, pointerType: "mouse", clientY: 100 });
    fireEvent.pointerUp(target, { pointerId: 1, pointerType: "mouse", clientY: 100 });
    const second = editsOf(s)["decoder.output.b_out"]![CHAT]!;
    expect(first).toBeGreaterThan(0);
    expect(second).toBeGreaterThan(first);
  });

  it.each([
    ["abc", "“abc” is not a number."],
    ["", "The field is empty: type a number."],
    ["NaN", "NaN is not a finite number, and a weight must be one."],
    ["Infinity", "Infinity is not a finite number, and a weight must be one."],
    ["-Infinity", "-Infinity is not a finite number, and a weight must be one."],
    ["1e999", "1e999 is beyond the largest float (about 1.8e308)."],
  ])("typing %j is refused in place with a message, and the weight keeps its value", async (text, reason) => {
    const s = renderEditor();
    await openParam(s.user, "decoder.output.W_out");
    const field = valueField();
    const kept = field.getAttribute("value");
    await s.user.clear(field);
    if (text) await s.user.type(field, text);
    await s.user.keyboard("{Enter}");
    const message = screen.getByRole("alert");
    expect(message.textContent).toBe(`${reason} Still using ${kept}.`);
    expect(field.getAttribute("aria-invalid")).toBe("true");
    expect(field.getAttribute("aria-describedby")).toBe(message.id);
    expect(editsOf(s)).toEqual({});
  });

  it("pressing Escape in the value field puts the weight's value back and returns to the grid", async () => {
    const s = renderEditor();
    await openParam(s.user, "decoder.output.W_out");
    await s.user.click(cell(grid(/^W_out/u), 5));
    const kept = valueField().getAttribute("value");
    await s.user.keyboard("{Enter}");
    await s.user.keyboard("123{Escape}");
    expect((valueField() as HTMLInputElement).value).toBe(kept);
    expect(document.activeElement?.getAttribute("data-index")).toBe("5");
    expect(editsOf(s)).toEqual({});
  });

  it("typing 1e300 into a gate's weight is accepted, every number of the trace stays finite, and the gate shows as saturated", async () => {
    const s = renderEditor();
    await openParam(s.user, "encoder.weights.W_f");
    await s.user.clear(valueField());
    await s.user.type(valueField(), "1e300{Enter}");
    expect(editsOf(s)["encoder.weights.W_f"]).toEqual({ 0: 1e300 });
    const trace = forward(applyEdits(demo, editsOf(s)), "I love you");
    expect(traceEntries(trace).every((e) => Array.from(e.value).every(Number.isFinite))).toBe(true);
    await s.user.selectOptions(screen.getByRole("combobox", { name: "Parameter" }), paramId("source.embeddings"));
    await s.user.click(cell(grid(/^E_src/u), demo.source.vocab.indexOf("i") * 4));
    await s.user.keyboard("{Enter}");
    await s.user.clear(valueField());
    await s.user.type(valueField(), "1e300{Enter}");
    await waitFor(() => expect(screen.getByText(/forget gate · saturated/iu)).toBeTruthy(), { timeout: 30_000 });
  });

  it("pressing Reset weight, Reset W_out and Reset all weights brings back the base model's numbers", async () => {
    const s = renderEditor({ inputs: { edits: { [BASE]: { "decoder.output.W_out": { 0: 1, 1: 2 }, "decoder.output.b_out": { 3: 4 } } } } });
    await openParam(s.user, "decoder.output.W_out");
    await s.user.click(screen.getByRole("button", { name: "Reset weight" }));
    expect(editsOf(s)["decoder.output.W_out"]).toEqual({ 1: 2 });
    await s.user.click(screen.getByRole("button", { name: "Reset W_out" }));
    expect(editsOf(s)["decoder.output.W_out"]).toBeUndefined();
    expect(editsOf(s)["decoder.output.b_out"]).toEqual({ 3: 4 });
    await s.user.click(screen.getByRole("button", { name: "Reset all weights" }));
    expect(s.models.getState().edits[BASE]).toBeUndefined();
  });

  it("randomising a matrix with the same seed gives the same numbers, and another seed others", async () => {
    const s = renderEditor();
    await openParam(s.user, "encoder.weights.W_i");
    const seed = screen.getByRole("textbox", { name: "Seed for W_i" });
    await s.user.clear(seed);
    await s.user.type(seed, "42");
    await s.user.click(screen.getByRole("button", { name: "Randomise W_i" }));
    const first = editsOf(s)["encoder.weights.W_i"];
    await s.user.click(screen.getByRole("button", { name: "Reset W_i" }));
    await s.user.click(screen.getByRole("button", { name: "Randomise W_i" }));
    expect(editsOf(s)["encoder.weights.W_i"]).toEqual(first);
    expect(Object.keys(first!)).toHaveLength(4 * 8);
    await s.user.clear(seed);
    await s.user.type(seed, "43");
    await s.user.click(screen.getByRole("button", { name: "Randomise W_i" }));
    expect(editsOf(s)["encoder.weights.W_i"]).not.toEqual(first);
  });

  it("randomising the whole model with a seed edits every parameter the same way each time", async () => {
    const s = renderEditor();
    await openParam(s.user, "encoder.weights.W_i");
    await s.user.click(screen.getByRole("button", { name: "Randomise all" }));
    const first = editsOf(s);
    expect(Object.keys(first).length).toBeGreaterThan(10);
    await s.user.click(screen.getByRole("button", { name: "Reset all weights" }));
    await s.user.click(screen.getByRole("button", { name: "Randomise all" }));
    expect(editsOf(s)).toEqual(first);
  });

  it("scaling a matrix by 2 doubles every number; a factor that would overflow is refused and changes nothing", async () => {
    const s = renderEditor();
    await openParam(s.user, "decoder.output.W_out");
    await s.user.click(screen.getByRole("button", { name: "Scale W_out" }));
    const doubled = Array.from(paramData(demo, "decoder.output.W_out")!, (x) => x * 2);
    const edited = editsOf(s)["decoder.output.W_out"]!;
    expect(doubled.every((x, i) => edited[i] === x || x === 0)).toBe(true);
    const factor = screen.getByRole("textbox", { name: "Factor for W_out" });
    await s.user.clear(factor);
    await s.user.type(factor, "1e308");
    await s.user.click(screen.getByRole("button", { name: "Scale W_out" }));
    const huge = editsOf(s)["decoder.output.W_out"];
    expect(screen.queryByText(/beyond the largest float/u)).toBeNull();
    await s.user.click(screen.getByRole("button", { name: "Scale W_out" }));
    expect(screen.getByText(/beyond the largest float/u).getAttribute("role")).toBe("alert");
    expect(editsOf(s)["decoder.output.W_out"]).toBe(huge);
  });
});
