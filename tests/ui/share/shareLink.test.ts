import { describe, expect, it } from "vitest";
import { serializeModel } from "../../../src/model/convert.ts";
import { demoModel } from "../../../src/model/defaults.ts";
import { stringifyModelFile } from "../../../src/model/stringify.ts";
import { createModelStore } from "../../../src/ui/model/modelStore.ts";
import { demoId } from "../../../src/ui/model/sources.ts";
import { encodeShared } from "../../../src/ui/share/linkCodec.ts";
import { en } from "../../../src/ui/i18n/en.ts";
import { zh } from "../../../src/ui/i18n/zh.ts";
import { applySharedWeights, linkMessage, replacedSomething } from "../../../src/ui/share/shareLink.ts";
import { DEFAULT_PLAYER } from "../../../src/ui/playerStore.ts";
import { memoryPresets, presetFiles } from "../editor/harness.tsx";

const choice = DEFAULT_PLAYER.choice;
const mine = { [demoId(choice)]: { "encoder.weights.W_f": { 0: 9 } } };

async function link(value: Parameters<typeof encodeShared>[0]): Promise<string> {
  const e = await encodeShared(value);
  if (!e.ok) throw new Error(e.reason);
  return e.text;
}

describe("applySharedWeights", () => {
  it("applySharedWeights refuses edits of a parameter the model lacks, naming it, and changes nothing", async () => {
    const store = createModelStore({ edits: mine, source: "preset" });
    const text = await link({ kind: "demo", choice, pair: "en-fr", edits: { "decoder.attention.weights.W_a": { 0: 1 } } });
    expect(await applySharedWeights(text, { store, presets: memoryPresets() })).toEqual({ ok: false, reason: "decoder.attention.weights.W_a: this model has no such parameter" });
    expect(store.getState()).toMatchObject({ edits: mine, source: "preset", imported: null });
  });

  it("applySharedWeights refuses an index past the end of a parameter and changes nothing", async () => {
    const store = createModelStore({ edits: mine });
    const text = await link({ kind: "demo", choice, pair: "en-fr", edits: { "encoder.weights.b_f": { 4: 1, 1000: 2 } } });
    const r = await applySharedWeights(text, { store, presets: memoryPresets() });
    expect(r).toEqual({ ok: false, reason: "encoder.weights.b_f[4]: outside the parameter, which holds 4 numbers (and 1 more)" });
    expect(store.getState().edits).toBe(mine);
  });

  it("applySharedWeights refuses a preset this site does not have, and one whose file cannot be loaded", async () => {
    const store = createModelStore();
    const text = await link({ kind: "preset", file: "nope.json", edits: {} });
    expect(await applySharedWeights(text, { store, presets: memoryPresets(presetFiles(demoModel(choice, 2))) })).toEqual({ ok: false, reason: "this site has no preset nope.json" });
    const offline = await applySharedWeights(text, { store, presets: memoryPresets() });
    expect(offline.ok).toBe(false);
    expect(!offline.ok && offline.reason).toMatch(/could not be loaded/u);
  });

  it("applySharedWeights refuses a model whose file is not valid, naming the path of the problem", async () => {
    const store = createModelStore();
    const text = await link({ kind: "model", text: '{"format":"seq2seq-lab/model","version":1,"name":3}' });
    const r = await applySharedWeights(text, { store, presets: memoryPresets() });
    expect(r.ok).toBe(false);
    expect(!r.ok && r.reason).toMatch(/^its model is not valid: name: /u);
    expect(store.getState().imported).toBeNull();
  });

  it("applySharedWeights replaces the edits of the link's base and chooses that base", async () => {
    const store = createModelStore({ edits: mine, source: "preset" });
    const text = await link({ kind: "demo", choice, pair: "en-fr", edits: { "encoder.weights.W_f": { 1: 2 } } });
    const applied = await applySharedWeights(text, { store, presets: memoryPresets() });
    expect(applied).toEqual({ ok: true, said: { kind: "demo", count: 1, replaced: 1 }, choice, pair: "en-fr" });
    expect(applied.ok && linkMessage(applied.said, en)).toBe("Showing the untrained model with the link's 1 edited number. It replaced your own 1 edit of this model: Undo brings it back.");
    expect(applied.ok && replacedSomething(applied.said)).toBe(true);
    expect(store.getState().edits[demoId(choice)]).toEqual({ "encoder.weights.W_f": { 1: 2 } });
    expect(store.getState().source).toBe("demo");
  });

  it("applySharedWeights over the reader's own edits keeps them for Undo, and undoLast brings them and the source back", async () => {
    const store = createModelStore({ edits: mine, source: "preset" });
    const text = await link({ kind: "demo", choice, pair: "en-fr", edits: { "encoder.weights.W_f": { 1: 2 } } });
    await applySharedWeights(text, { store, presets: memoryPresets() });
    expect(store.getState().undo?.action).toBe("link");
    store.getState().undoLast();
    expect(store.getState()).toMatchObject({ edits: mine, source: "preset", undo: null });
  });

  it("applySharedWeights of a whole model over the reader's imported model says so, and Undo brings the imported model back", async () => {
    const mineModel = demoModel({ ...choice, cell: "rnn" }, 4);
    const store = createModelStore();
    store.getState().importModel({ ...mineModel, name: "Mine" }, "mine.json");
    const theirs = demoModel({ ...choice, cell: "gru-reset-after", variant: "every-step" }, 1);
    const applied = await applySharedWeights(await link({ kind: "model", text: stringifyModelFile(serializeModel(theirs)) }), { store, presets: memoryPresets() });
    if (!applied.ok) throw new Error(applied.reason);
    expect(linkMessage(applied.said, en)).toMatch(/It replaced your imported model “mine.json”: Undo brings it back\.$/u);
    expect(linkMessage(applied.said, zh)).toMatch(/撤销/u);
    expect(store.getState().imported?.name).toBe(theirs.name);
    store.getState().undoLast();
    expect(store.getState().imported?.name).toBe("mine.json");
  });

  it("applySharedWeights with the reader having no edits of that base says only what it shows", async () => {
    const store = createModelStore();
    const applied = await applySharedWeights(await link({ kind: "demo", choice, pair: "en-fr", edits: { "encoder.weights.W_f": { 1: 2 } } }), { store, presets: memoryPresets() });
    expect(applied.ok && [linkMessage(applied.said, en), replacedSomething(applied.said)]).toEqual(["Showing the untrained model with the link's 1 edited number.", false]);
  });

  it("applySharedWeights says which architecture and pair the weights belong to: the preset's, or the imported model's", async () => {
    const previous = { ...choice, query: "previous" as const };
    const trained = { ...demoModel(previous, 3), meta: { trained: true } };
    const presets = memoryPresets(presetFiles(trained, "p.json"));
    const preset = await applySharedWeights(await link({ kind: "preset", file: "p.json", edits: { "decoder.output.b_out": { 1: 2 } } }), { store: createModelStore(), presets });
    expect(preset).toEqual({ ok: true, said: { kind: "preset", count: 1, replaced: 0 }, choice: previous, pair: "en-fr" });
    const gru = demoModel({ ...choice, cell: "gru-reset-after", variant: "every-step" }, 1);
    const whole = await applySharedWeights(await link({ kind: "model", text: stringifyModelFile(serializeModel(gru)) }), { store: createModelStore(), presets });
    expect(whole).toMatchObject({ ok: true, choice: { cell: "gru-reset-after", variant: "every-step", bidirectional: false } });
  });
});

describe("share links of the English → Chinese demo", () => {
  it("applySharedWeights puts a link made on the en-zh demo under that pair's demo, apart from the French one", async () => {
    const store = createModelStore();
    const text = await link({ kind: "demo", choice, pair: "en-zh", edits: { "decoder.output.b_out": { 3: 1.5 } } });
    expect(await applySharedWeights(text, { store, presets: memoryPresets() })).toMatchObject({ ok: true });
    expect(store.getState().edits).toEqual({ [demoId(choice, "en-zh")]: { "decoder.output.b_out": { 3: 1.5 } } });
    expect(demoId(choice, "en-zh")).not.toBe(demoId(choice));
  });
});
