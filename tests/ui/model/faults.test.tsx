// @vitest-environment jsdom
// What a reader sees when stored edits are hostile or do not fit, when a link replaces their work,
// and when finite weights overflow.
import { act, render, screen, waitFor, within } from "@testing-library/react";
import fc from "fast-check";
import type { Mat } from "../../../src/core/tensor.ts";
import { describe, expect, it, vi } from "vitest";
import { forward } from "../../../src/core/forward.ts";
import { firstNonFinite } from "../../../src/core/overflow.ts";
import { demoModel } from "../../../src/model/defaults.ts";
import { AppStoreContext } from "../../../src/ui/storeContext.ts";
import { ModelContext } from "../../../src/ui/model/modelContext.ts";
import { createModelStore } from "../../../src/ui/model/modelStore.ts";
import { loadInputs, STORAGE_KEY } from "../../../src/ui/model/persist.ts";
import { demoId, IMPORTED_ID } from "../../../src/ui/model/sources.ts";
import { readText } from "../../../src/ui/editor/FilesSection.tsx";
import { encodeShared } from "../../../src/ui/share/linkCodec.ts";
import { createAppStore, DEFAULT_STATE } from "../../../src/ui/store.ts";
import { memoryPresets, Player, outputText, renderEditor, waitForEditor } from "../editor/harness.tsx";

vi.setConfig({ testTimeout: 60_000 });

const choice = { ...DEFAULT_STATE.choice, query: "previous" as const };
const BASE = demoId(choice);

describe("stored edits that do not fit", () => {
  it("a stored __proto__ key is refused: Object.prototype stays clean and the player renders its pictures", async () => {
    const storage = window.localStorage;
    storage.setItem(STORAGE_KEY, JSON.stringify({ version: 1, source: "demo", edits: JSON.parse(`{"__proto__":{"decoder.output.b_out":[[0,5]]},"${BASE}":{"encoder.weights.W_f":[[0,0.5]]}}`), imported: null }));
    const loaded = loadInputs(storage);
    expect(({} as Record<string, unknown>)[0]).toBeUndefined();
    const models = createModelStore(loaded.inputs);
    const player = createAppStore({ choice });
    render(
      <AppStoreContext.Provider value={player}>
        <ModelContext.Provider value={{ store: models, presets: memoryPresets() }}>
          <Player store={player} />
        </ModelContext.Provider>
      </AppStoreContext.Provider>,
    );
    expect(await screen.findByRole("region", { name: "Encoder–decoder player" })).toBeTruthy();
    expect(document.querySelector("svg.player-svg")).not.toBeNull();
    expect(screen.getByText(/Edit weights \(1 edited\)/u)).toBeTruthy();
    storage.clear();
  });

  it("a stored edit with a bogus path or index is discarded with a notice, is not counted, and share links still work", async () => {
    const s = renderEditor({ inputs: { source: "demo", edits: { [BASE]: { "no.such.param": { 0: 1 }, "encoder.weights.W_f": { 99999: 1, 0: 2 } } } } });
    const notice = await screen.findByText("2 saved edits of this model named a parameter or a position it does not have, and were discarded.", {}, { timeout: 30_000 });
    expect(notice.closest("[role=alert]")).not.toBeNull();
    await waitFor(() => expect(s.models.getState().edits[BASE]).toEqual({ "encoder.weights.W_f": { 0: 2 } }));
    expect(screen.getByText(/Edit weights \(1 edited\)/u)).toBeTruthy();
    await waitForEditor();
    await s.user.click(screen.getByRole("button", { name: "Make a share link" }));
    expect(await screen.findByRole("textbox", { name: "Share link" })).toBeTruthy();
  });
});

describe("the player against random stored records", () => {
  it("renders its pictures for any stored record, prototype keys included, and never pollutes Object.prototype", async () => {
    const key = fc.oneof(fc.constantFrom("__proto__", "constructor", "prototype", BASE, "encoder.weights.W_f", "decoder.output.b_out"), fc.string({ maxLength: 5 }));
    const value = fc.letrec((tie) => ({ v: fc.oneof({ depthSize: "small" }, fc.jsonValue({ maxDepth: 1 }), fc.array(tie("v"), { maxLength: 3 }), fc.dictionary(key, tie("v"), { maxKeys: 3 })) })).v;
    const record = fc.record({ version: fc.constantFrom(0, 1, 2, "1"), source: fc.constantFrom("demo", "preset", "imported", 3), edits: value, imported: value, weights: value });
    await fc.assert(
      fc.asyncProperty(record, async (raw) => {
        const loaded = loadInputs({ getItem: () => JSON.stringify(raw), setItem: () => undefined, removeItem: () => undefined });
        const models = createModelStore(loaded.inputs);
        const player = createAppStore({ choice });
        const view = render(
          <AppStoreContext.Provider value={player}>
            <ModelContext.Provider value={{ store: models, presets: memoryPresets() }}>
              <Player store={player} />
            </ModelContext.Provider>
          </AppStoreContext.Provider>,
        );
        try {
          await screen.findByRole("region", { name: "Encoder–decoder player" });
          expect(document.querySelector("svg.player-svg")).not.toBeNull();
          expect(({} as Record<string, unknown>)[0]).toBeUndefined();
        } finally {
          view.unmount();
        }
      }),
      { numRuns: 12 },
    );
  });
});

describe("destructive actions can be undone", () => {
  it("a share link that replaces the reader's edits says so, and its Undo brings them back", async () => {
    const mine = { "encoder.weights.W_f": { 0: 9 } };
    const encoded = await encodeShared({ kind: "demo", choice, pair: "en-fr", edits: { "decoder.output.b_out": { 5: 40 } } });
    const s = renderEditor({ inputs: { source: "demo", edits: { [BASE]: mine } }, state: { linkWeights: encoded.ok ? encoded.text : "" } });
    const notice = (await screen.findByText(/It replaced your own 1 edit of this model: Undo brings it back\./u, {}, { timeout: 30_000 })).closest(".model-notice") as HTMLElement;
    expect(s.models.getState().edits[BASE]).toEqual({ "decoder.output.b_out": { 5: 40 } });
    await s.user.click(within(notice).getByRole("button", { name: "Undo" }));
    expect(s.models.getState().edits[BASE]).toEqual(mine);
    expect(await screen.findByText("Undone: the numbers are back as they were.")).toBeTruthy();
  });

  it("Reset all weights shows an Undo button in the editor, which brings the edits back", async () => {
    const mine = { "encoder.weights.W_f": { 0: 9, 1: 3 } };
    const s = renderEditor({ inputs: { source: "demo", edits: { [BASE]: mine } } });
    await waitForEditor();
    await s.user.click(screen.getByRole("button", { name: "Reset all weights" }));
    expect(s.models.getState().edits[BASE]).toBeUndefined();
    await s.user.click(screen.getByRole("button", { name: "Undo: reset all weights" }));
    expect(s.models.getState().edits[BASE]).toEqual(mine);
    expect(screen.queryByRole("button", { name: /^Undo:/u })).toBeNull();
  });
});

describe("finite weights whose forward pass overflows", () => {
  // Every logit of the first step is 1e308 times Σ|readout_j| plus 1.7e308: past the largest float.
  const huge = (() => {
    const m = demoModel(choice, 1);
    const first = forward(m, DEFAULT_STATE.sentence).steps.find((x) => x.kind === "decoder");
    if (first?.kind !== "decoder") throw new Error("unreachable");
    const W = m.decoder.output.W_out as Mat;
    const data = Float64Array.from(W.data, (_x, i) => Math.sign(first.readout[i % W.cols]!) * 1e308);
    return { ...m, name: "Huge", decoder: { ...m.decoder, output: { W_out: { ...W, data }, b_out: new Float64Array((m.decoder.output.b_out as Float64Array).length).fill(1.7e308) } } };
  })();

  it("the player says at which step and in which quantity the numbers left the finite range, and Trace as JSON writes them as strings", async () => {
    const trace = forward(huge, DEFAULT_STATE.sentence);
    expect(firstNonFinite(trace)?.entry.name).toBe("logits");
    const s = renderEditor({ inputs: { source: "imported", imported: { name: "huge.json", model: huge, choice }, edits: {} } });
    const note = await screen.findByText(/^The numbers leave the finite range at Decoder, t′ = 1: reads <sos>, writes .*: logits\[\d+\] is (Infinity|-Infinity|NaN)\./u, {}, { timeout: 30_000 });
    expect(note.getAttribute("role")).toBe("alert");
    expect(outputText()).toBeTruthy();
    await waitForEditor();
    const blobs: Blob[] = [];
    Object.assign(URL, { createObjectURL: (b: Blob) => (blobs.push(b), "blob:x"), revokeObjectURL: () => {} });
    const click = vi.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(() => undefined);
    await s.user.click(screen.getByRole("button", { name: "Trace as JSON" }));
    click.mockRestore();
    const json = JSON.parse(await readText(blobs[0]!)) as { steps: { kind: string; logits?: unknown[] }[] };
    const logits = json.steps.find((x) => x.kind === "decoder")!.logits!;
    expect(logits.some((x) => x === "Infinity" || x === "-Infinity" || x === "NaN")).toBe(true);
    expect(logits.every((x) => typeof x === "number" || x === "Infinity" || x === "-Infinity" || x === "NaN")).toBe(true);
    expect(s.models.getState().edits[IMPORTED_ID]).toBeUndefined();
  });
});

describe("sentences over the caps", () => {
  it("typing a 10,000-character word says the cap and keeps the pictures of the last sentence that worked", async () => {
    const s = renderEditor();
    const field = (await screen.findByRole("textbox", { name: "Sentence" }, { timeout: 30_000 })) as HTMLInputElement;
    act(() => s.player.getState().setSentence("w".repeat(10_000)));
    expect(await screen.findByText(/^That is 10000 characters; a sentence may have at most 200\. Shorten it\./u)).toBeTruthy();
    expect(field.getAttribute("aria-invalid")).toBe("true");
    act(() => s.player.getState().setSentence(`I love ${"x".repeat(41)}`));
    expect(await screen.findByText(/^One word has 41 characters; a word may have at most 40\./u)).toBeTruthy();
    expect(document.querySelector("svg.player-svg")).not.toBeNull();
  });
});
