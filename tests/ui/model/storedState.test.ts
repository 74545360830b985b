// The reader's saved edits against hostile or damaged storage: prototype keys, bogus entries, random
// JSON; what comes back, what is set aside, and that valid data survives.
import fc from "fast-check";
import type { Mat } from "../../../src/core/tensor.ts";
import { describe, expect, it } from "vitest";
import { demoModel } from "../../../src/model/defaults.ts";
import { readSetAside, setAsideKey } from "../../../src/ui/kit/setAside.ts";
import { en } from "../../../src/ui/i18n/en.ts";
import { zh } from "../../../src/ui/i18n/zh.ts";
import { createModelStore, type Notice } from "../../../src/ui/model/modelStore.ts";
import { inputsFromText, inputsToText, loadInputs, MAX_STORED_NUMBERS, modelSize, saveInputs, STORAGE_KEY } from "../../../src/ui/model/persist.ts";
import { restoreNotice } from "../../../src/ui/model/restoreNotice.ts";
import { demoId } from "../../../src/ui/model/sources.ts";
import { editsFromJson } from "../../../src/ui/model/storedEdits.ts";
import { DEFAULT_STATE } from "../../../src/ui/store.ts";

const BASE = demoId(DEFAULT_STATE.choice);

function memoryStorage() {
  const items = new Map<string, string>();
  return { items, getItem: (k: string) => items.get(k) ?? null, setItem: (k: string, v: string) => void items.set(k, v), removeItem: (k: string) => void items.delete(k) };
}

const text = (notice: Notice | null, t = en) => (notice && typeof notice.text === "function" ? notice.text(t) : notice?.text);

describe("reading stored edits", () => {
  it("inputsFromText with a __proto__ key leaves Object.prototype alone and counts what it left out", () => {
    const stored = '{"version":1,"source":"preset","edits":{"__proto__":{"decoder.output.b_out":[[0,5]]},"' + BASE + '":{"__proto__":[[0,7]],"constructor":[[0,1]],"encoder.weights.W_f":[[2,0.5]]}},"imported":null}';
    const read = inputsFromText(stored);
    expect(({} as Record<string, unknown>)[0]).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty("0");
    if (!read.ok) throw new Error("expected a usable record");
    expect(read.inputs.edits).toEqual({ [BASE]: { "encoder.weights.W_f": { 2: 0.5 } } });
    expect(read.discarded).toBe(3);
  });

  it("a version-0 record naming __proto__ as base or path cannot reach Object.prototype either", () => {
    const v0 = { weights: [{ base: "__proto__", path: "x", index: 0, value: 1 }, { base: BASE, path: "__proto__", index: 0, value: 1 }, { base: BASE, path: "encoder.weights.W_f", index: 1, value: 2 }] };
    const read = inputsFromText(JSON.stringify(v0));
    expect(({} as Record<string, unknown>)[0]).toBeUndefined();
    expect(read.ok && read.inputs.edits).toEqual({ [BASE]: { "encoder.weights.W_f": { 1: 2 } } });
  });

  it("editsFromJson leaves out unknown base ids, impossible paths, indices and values, and counts each", () => {
    const raw = { "nope:1": { a: [[0, 1]] }, [BASE]: { "bad path!": [[0, 1], [1, 2]], "encoder.weights.W_f": [[-1, 1], [1.5, 1], [2 ** 24, 1], [3, "x"], [4, null], [5, "-0"], [6, 2]], "encoder.weights.b_f": "nope" } };
    const { edits, discarded } = editsFromJson(raw);
    expect(edits).toEqual({ [BASE]: { "encoder.weights.W_f": { 5: -0, 6: 2 } } });
    expect(Object.is(edits[BASE]!["encoder.weights.W_f"]![5], -0)).toBe(true);
    expect(discarded).toBe(1 + 2 + 5 + 1);
  });

  it("inputsFromText never throws on random JSON with prototype keys, never pollutes Object.prototype, and keeps only well-formed entries", () => {
    const key = fc.oneof(fc.constantFrom("__proto__", "constructor", "prototype", BASE, "encoder.weights.W_f", "import", "preset:a.json"), fc.string({ maxLength: 6 }));
    const value = fc.letrec((tie) => ({ v: fc.oneof({ depthSize: "small" }, fc.jsonValue({ maxDepth: 1 }), fc.array(tie("v"), { maxLength: 3 }), fc.dictionary(key, tie("v"), { maxKeys: 3 })) })).v;
    const record = fc.record({ version: fc.oneof(fc.constant(1), fc.jsonValue({ maxDepth: 0 })), source: fc.jsonValue({ maxDepth: 0 }), edits: value, imported: value, undo: value }, { requiredKeys: [] });
    fc.assert(
      fc.property(fc.oneof(record, value), (raw) => {
        const read = inputsFromText(JSON.stringify(raw) ?? "null");
        expect(({} as Record<string, unknown>)[0]).toBeUndefined();
        if (!read.ok) return;
        for (const [base, params] of Object.entries(read.inputs.edits)) {
          expect(base).toMatch(/^(preset:|demo:|import$)/u);
          for (const [path, values] of Object.entries(params)) {
            expect(["__proto__", "constructor", "prototype"]).not.toContain(path);
            for (const [i, x] of Object.entries(values)) expect(Number.isSafeInteger(Number(i)) && Number.isFinite(x)).toBe(true);
          }
        }
      }),
      { numRuns: 400 },
    );
  });

  it("inputsToText then inputsFromText gives back any valid edits and Undo slot exactly", () => {
    const paths = fc.constantFrom("encoder.weights.W_f", "decoder.output.b_out", "source.embeddings");
    const values = fc.dictionary(fc.nat({ max: 50 }).map(String), fc.double({ noNaN: true, noDefaultInfinity: true }), { minKeys: 1, maxKeys: 4 });
    const edits = fc.dictionary(fc.constantFrom(BASE, "preset:a.json", "import"), fc.dictionary(paths, values, { minKeys: 1, maxKeys: 2 }), { maxKeys: 3 });
    fc.assert(
      fc.property(edits, edits, (now, before) => {
        const inputs = { source: "demo" as const, imported: null, edits: now };
        const read = inputsFromText(inputsToText(inputs, { action: "resetModel", inputs: { source: "preset", imported: null, edits: before } }));
        if (!read.ok) throw new Error("a written record must read back");
        expect(read.inputs.edits).toEqual(now);
        expect(read.undo).toEqual({ action: "resetModel", inputs: { source: "preset", imported: null, edits: before } });
        expect(read.discarded).toBe(0);
      }),
      { numRuns: 100 },
    );
  });
});

describe("setting aside what could not be restored", () => {
  it("loadInputs of unreadable text sets it aside, says so in both languages, and offers to delete the copy", () => {
    const storage = memoryStorage();
    storage.setItem(STORAGE_KEY, '{"version": 7}');
    const loaded = loadInputs(storage);
    let dismissed = false;
    const notice = restoreNotice(loaded, storage, () => (dismissed = true));
    expect(readSetAside(storage, STORAGE_KEY)).toBe('{"version": 7}');
    expect(storage.getItem(STORAGE_KEY)).toBeNull();
    expect(text(notice)).toBe("Your saved edits could not be restored: it was written by a newer version of this site (format 7). What was stored is set aside in this browser: download it to keep it, or delete it.");
    expect(text(notice, zh)).toMatch(/没能恢复.*另行保留/u);
    expect(notice?.actions?.map((a) => a.label(en))).toEqual(["Download the set-aside copy", "Delete it"]);
    notice!.actions![1]!.run();
    expect(storage.items.has(setAsideKey(STORAGE_KEY))).toBe(false);
    expect(dismissed).toBe(true);
  });

  it("loadInputs of a partly usable record keeps the rest, stores the cleaned record and keeps the original aside", () => {
    const storage = memoryStorage();
    const original = JSON.stringify({ version: 1, source: "preset", edits: { [BASE]: { "encoder.weights.W_f": [[1, 2], [-5, 1]] } }, imported: { name: "x.json", file: "{broken" } });
    storage.setItem(STORAGE_KEY, original);
    const loaded = loadInputs(storage);
    expect(loaded.inputs.edits).toEqual({ [BASE]: { "encoder.weights.W_f": { 1: 2 } } });
    const notice = restoreNotice(loaded, storage, () => undefined);
    expect(text(notice)).toMatch(/^1 saved value did not fit any model .* Your imported model “x.json” could not be restored \(model file: not valid JSON/u);
    expect(readSetAside(storage, STORAGE_KEY)).toBe(original);
    expect(loadInputs(storage).trouble).toBeUndefined();
  });

  it("an imported model of more than MAX_STORED_NUMBERS numbers is not written, the status says so, and a reload says why it is gone", () => {
    const small = demoModel(DEFAULT_STATE.choice, 1);
    const vocab = [...small.target.vocab, ...Array.from({ length: 20_000 }, (_, i) => `w${i}`)];
    const big = demoModel(DEFAULT_STATE.choice, 1, "en-fr");
    const huge = { ...big, target: { vocab, embeddings: { rows: vocab.length, cols: big.target.embeddings.cols, data: new Float64Array(vocab.length * big.target.embeddings.cols) } } };
    const W = big.decoder.output.W_out as Mat;
    const wide = { ...huge, decoder: { ...huge.decoder, output: { W_out: { rows: vocab.length, cols: W.cols, data: new Float64Array(vocab.length * W.cols) }, b_out: new Float64Array(vocab.length) } } };
    expect(modelSize(wide)).toBeGreaterThan(MAX_STORED_NUMBERS);
    const storage = memoryStorage();
    const status = saveInputs(storage, { source: "imported", imported: { name: "big.json", model: wide, choice: DEFAULT_STATE.choice }, edits: {} });
    expect(status).toEqual({ kind: "savedButModel" });
    expect(storage.getItem(STORAGE_KEY)!.length).toBeLessThan(500);
    const notice = restoreNotice(loadInputs(storage), storage, () => undefined);
    expect(text(notice)).toMatch(/Your imported model “big.json” has more than 100,000 numbers, more than this browser keeps for the site: import it again to see it\./u);
  });
});

describe("Undo in the model store", () => {
  const model = demoModel(DEFAULT_STATE.choice, 1);
  const mine = { [BASE]: { "encoder.weights.W_f": { 0: 9 } } };

  it.each([
    ["resetModel", (s: ReturnType<typeof createModelStore>) => s.getState().resetModel(BASE)],
    ["resetParam", (s: ReturnType<typeof createModelStore>) => s.getState().resetParam(BASE, "encoder.weights.W_f")],
    ["resetWeight", (s: ReturnType<typeof createModelStore>) => s.getState().resetValue(BASE, "encoder.weights.W_f", 0)],
    ["randomiseModel", (s: ReturnType<typeof createModelStore>) => s.getState().setParams(BASE, model, { "encoder.weights.W_f": new Float64Array((model.encoder.weights.W_f as Mat).data.length).fill(3) })],
    ["import", (s: ReturnType<typeof createModelStore>) => s.getState().importModel(model, "other.json")],
  ] as const)("%s can be undone: undoLast brings the reader's numbers back", (action, run) => {
    const store = createModelStore({ edits: mine, source: "preset" });
    run(store);
    expect(store.getState().undo?.action).toBe(action);
    store.getState().undoLast();
    expect(store.getState()).toMatchObject({ edits: mine, source: "preset", imported: null, undo: null });
  });

  it("a new edit after a reset moves on: the reset is no longer offered for Undo", () => {
    const store = createModelStore({ edits: mine });
    store.getState().resetModel(BASE);
    store.getState().setValue(BASE, model, "encoder.weights.W_f", 1, 4);
    expect(store.getState().undo).toBeNull();
  });

  it("an action that changes nothing offers nothing to undo", () => {
    const store = createModelStore();
    store.getState().resetModel(BASE);
    expect(store.getState().undo).toBeNull();
  });
});
