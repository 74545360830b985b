// The model file's optional fields for PyTorch exports: the additive score's biases b_s, b_h, b_v,
// the context map "final" and source.appendEos. Each is absent from every older file, whose meaning
// stays as it was; present, it survives a round trip and is checked like every other field.

import { describe, expect, it } from "vitest";
import { createModel } from "../../src/core/init.ts";
import { createRng } from "../../src/core/rng.ts";
import { parseModel, parseModelText, serializeModel, stringifyModelFile } from "../../src/model/index.ts";
import { firstDifference, LSTM_ATTENTION } from "./bits.ts";

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

/** An additive-attention GRU with biases, a bidirectional encoder, the map "final" and appendEos. */
function pytorchShaped() {
  const model = createModel(
    {
      ...LSTM_ATTENTION,
      encoder: { cell: "gru-reset-after", hidden: 2, bidirectional: true, context: "final" },
      decoder: { cell: "gru-reset-after", hidden: 4, variant: "attention", init: "context", attention: { score: "additive", query: "previous", width: 3, bias: true } },
    },
    createRng(3),
  );
  return { ...model, source: { ...model.source, appendEos: true } };
}

const messagesOf = (file: Json) => {
  const r = parseModel(file);
  return r.ok ? [] : r.errors.map((e) => e.message);
};

describe("the model file's PyTorch fields", () => {
  it("serializeModel writes b_s, b_h, b_v, context final and appendEos, and parseModelText reads them back bit for bit", () => {
    const model = pytorchShaped();
    const file = serializeModel(model);
    expect(Object.keys(file.decoder.attention!.weights)).toEqual(["W_s", "b_s", "W_h", "b_h", "v", "b_v"]);
    expect([file.encoder.context, file.source.appendEos]).toEqual(["final", true]);
    const back = parseModelText(stringifyModelFile(file));
    if (!back.ok) throw new Error(back.errors[0]!.message);
    expect(firstDifference(back.model, model)).toBeUndefined();
  });

  it("serializeModel leaves appendEos out when it is false, so older files and presets keep their bytes", () => {
    const model = createModel(LSTM_ATTENTION, createRng(1));
    expect("appendEos" in serializeModel(model).source).toBe(false);
    expect("appendEos" in serializeModel({ ...model, source: { ...model.source, appendEos: false } }).source).toBe(false);
  });

  it("parseModel(json) refuses the additive biases one at a time, naming the missing one", () => {
    const file: Json = serializeModel(pytorchShaped());
    delete file.decoder.attention.weights.b_h;
    expect(messagesOf(file)).toEqual([
      "decoder.attention.weights.b_h: required with the other biases: the additive score's b_s, b_h, b_v come together (leave all three out for the score without biases)",
    ]);
  });

  it("parseModel(json) names a b_v of the wrong length and a non-boolean appendEos", () => {
    const file: Json = serializeModel(pytorchShaped());
    file.decoder.attention.weights.b_v = [1, 2];
    expect(messagesOf(file)).toEqual(["decoder.attention.weights.b_v: expected 1 value, got 2"]);
    const other: Json = serializeModel(pytorchShaped());
    other.source.appendEos = "yes";
    expect(messagesOf(other)).toEqual(['source.appendEos: expected true or false, got "yes"']);
  });

  it("parseModel(json) refuses biases on a general score and an unknown context map, listing what is allowed", () => {
    const general: Json = serializeModel(createModel({ ...LSTM_ATTENTION, decoder: { ...LSTM_ATTENTION.decoder, attention: { score: "general", query: "previous" } } }, createRng(1)));
    general.decoder.attention.weights.b_v = [0];
    expect(messagesOf(general)).toEqual(["decoder.attention.weights.b_v: unknown weight name; expected only W_a in decoder.attention.weights for a general score"]);
    const file: Json = serializeModel(pytorchShaped());
    file.encoder.context = "first";
    expect(messagesOf(file)).toEqual(['encoder.context: expected one of "last", "mean", "final", got "first"']);
  });
});
