// The three ways a model leaves the page and comes back: a model file, a share link and storage.
// Each must give back the same model and the same trace, every number bit for bit.

import { describe, expect, it } from "vitest";
import { traceEntries } from "../../../src/core/entries.ts";
import { forward } from "../../../src/core/forward.ts";
import type { Seq2SeqModel } from "../../../src/core/model.ts";
import { paramValues } from "../../../src/core/train/params.ts";
import { demoModel, type ModelChoice } from "../../../src/model/defaults.ts";
import { serializeModel } from "../../../src/model/convert.ts";
import { parseModelText } from "../../../src/model/modelFile.ts";
import { stringifyModelFile } from "../../../src/model/stringify.ts";
import { decodeView, encodeView, DEFAULT_VIEW } from "../../../src/ui/urlState.ts";
import { applyEdits, type Edits } from "../../../src/ui/model/edits.ts";
import { createModelStore, editsOf } from "../../../src/ui/model/modelStore.ts";
import { loadInputs, saveInputs } from "../../../src/ui/model/persist.ts";
import { demoId, IMPORTED_ID, presetId } from "../../../src/ui/model/sources.ts";
import type { CurrentModel } from "../../../src/ui/model/useCurrentModel.ts";
import { encodeShared } from "../../../src/ui/share/linkCodec.ts";
import { applySharedWeights, sharedWeightsOf } from "../../../src/ui/share/shareLink.ts";
import { DEMO_SEED } from "../../../src/model/defaults.ts";
import { memoryPresets, presetFiles } from "../editor/harness.tsx";

const choice: ModelChoice = { cell: "gru-reset-after", variant: "attention", score: "additive", query: "current", bidirectional: true };
const demo = demoModel(choice, DEMO_SEED);
const preset = { ...demoModel(choice, 11), meta: { trained: true } };
// Numbers a text format could lose: -0, the extremes of float64, a value with 17 significant digits.
const edits: Edits = {
  "encoder.backwardWeights.W_z": { 0: -0, 5: 1e300, 6: -1.7976931348623157e308 },
  "decoder.attention.weights.v": { 1: 5e-324 },
  "decoder.output.W_out": { 7: 0.1 + 0.2, 8: -123.45678901234568 },
};

function expectSameModel(a: Seq2SeqModel, b: Seq2SeqModel): void {
  const x = paramValues(a);
  const y = paramValues(b);
  expect(Object.keys(y)).toEqual(Object.keys(x));
  for (const path of Object.keys(x)) {
    const same = x[path]!.every((v, i) => Object.is(v, y[path]![i]));
    expect(same, path).toBe(true);
  }
}

function expectSameTrace(a: Seq2SeqModel, b: Seq2SeqModel): void {
  const ta = traceEntries(forward(a, "I love you"));
  const tb = traceEntries(forward(b, "I love you"));
  expect(tb.map((e) => e.id)).toEqual(ta.map((e) => e.id));
  ta.forEach((e, k) => expect(Array.from(e.value).every((v, i) => Object.is(v, tb[k]!.value[i])), e.id).toBe(true));
}

function current(kind: CurrentModel["source"], base: Seq2SeqModel, baseId: string, e: Edits, file?: string): CurrentModel {
  const model = applyEdits(base, e);
  return { model, base, baseId, kind, source: kind, ...(file ? { preset: { file, title: "t", corpus: "en-fr", choice } } : {}), presetStatus: "ready", loading: false, edits: e, editCount: 0, pair: "en-fr" };
}

describe("round trips", () => {
  it("exporting an edited model as a file and importing it gives the same model and trace, bit for bit", () => {
    const edited = applyEdits(demo, edits);
    const parsed = parseModelText(stringifyModelFile(serializeModel(edited)));
    if (!parsed.ok) throw new Error(parsed.errors[0]!.message);
    expectSameModel(parsed.model, edited);
    expectSameTrace(parsed.model, edited);
  });

  it("a share link of a preset's edits, through the address, rebuilds the same model and trace in a fresh page", async () => {
    const presets = memoryPresets(presetFiles(preset, "p.json"));
    const sent = current("preset", preset, presetId("p.json"), edits, "p.json");
    const encoded = await encodeShared(sharedWeightsOf(sent, choice));
    if (!encoded.ok) throw new Error(encoded.reason);
    const hash = encodeView({ ...DEFAULT_VIEW, choice, weights: encoded.text });
    const view = decodeView(hash, { lessons: [DEFAULT_VIEW.lesson] });
    const store = createModelStore();
    expect(await applySharedWeights(view.weights!, { store, presets })).toMatchObject({ ok: true });
    const received = applyEdits(await presets.model((await presets.index())[0]!), editsOf(store.getState(), presetId("p.json")));
    expect(store.getState().source).toBe("preset");
    expectSameModel(received, sent.model);
    expectSameTrace(received, sent.model);
  });

  it("a share link of the demo's edits and one of an imported model rebuild the same models", async () => {
    const presets = memoryPresets();
    const demoLink = await encodeShared(sharedWeightsOf(current("demo", demo, demoId(choice), edits), choice));
    const store = createModelStore();
    expect(demoLink.ok && (await applySharedWeights(demoLink.text, { store, presets }))).toMatchObject({ ok: true });
    expectSameModel(applyEdits(demo, editsOf(store.getState(), demoId(choice))), applyEdits(demo, edits));

    const imported = current("imported", preset, IMPORTED_ID, edits);
    const modelLink = await encodeShared(sharedWeightsOf(imported, choice));
    const other = createModelStore();
    expect(modelLink.ok && (await applySharedWeights(modelLink.text, { store: other, presets }))).toMatchObject({ ok: true });
    expect(other.getState().source).toBe("imported");
    expectSameModel(other.getState().imported!.model, imported.model);
    expectSameTrace(other.getState().imported!.model, imported.model);
  });

  it("saving the inputs and reading them after a reload gives the same models and traces", () => {
    const items = new Map<string, string>();
    const storage = { getItem: (k: string) => items.get(k) ?? null, setItem: (k: string, v: string) => void items.set(k, v), removeItem: (k: string) => void items.delete(k) };
    const imported = applyEdits(preset, { "decoder.output.b_out": { 2: -0 } });
    saveInputs(storage, { source: "demo", imported: { name: "f.json", model: imported, choice }, edits: { [demoId(choice)]: edits, [IMPORTED_ID]: edits } });
    const { inputs, status } = loadInputs(storage);
    expect(status).toBeNull();
    const reloaded = createModelStore(inputs).getState();
    expectSameModel(applyEdits(demo, editsOf(reloaded, demoId(choice))), applyEdits(demo, edits));
    expectSameTrace(applyEdits(demo, editsOf(reloaded, demoId(choice))), applyEdits(demo, edits));
    expectSameModel(applyEdits(reloaded.imported!.model, editsOf(reloaded, IMPORTED_ID)), applyEdits(imported, edits));
  });
});
