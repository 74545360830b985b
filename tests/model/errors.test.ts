import { describe, expect, it } from "vitest";
import { parseModel, parseModelText, serializeModel, stringifyModelFile, validateModel, type ModelError } from "../../src/model/index.ts";
import { lstmAttention } from "./bits.ts";

// The base file: an LSTM with dot attention, d_x = d_y = 3, n = 4, so decoder.weights.W_f is 4 × 11.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

function errorsAfter(change: (f: Json) => void): readonly ModelError[] {
  const file: Json = serializeModel(lstmAttention());
  change(file);
  const result = parseModel(file);
  if (result.ok) throw new Error("expected the file to be refused");
  return result.errors;
}

const messages = (change: (f: Json) => void) => errorsAfter(change).map((e) => e.message);

describe("parseModel(json) errors name the path and what was expected", () => {
  it("parseModel(json) names the path of a wrongly shaped weight", () => {
    expect(messages((f) => f.decoder.weights.W_f.forEach((r: number[]) => r.pop()))).toEqual(["decoder.weights.W_f: expected 4×11, got 4×10"]);
    expect(messages((f) => f.decoder.weights.W_f.pop())).toEqual(["decoder.weights.W_f: expected 4×11, got 3×11"]);
  });

  it("parseModel(json) names a bias of the wrong length", () => {
    expect(messages((f) => f.encoder.weights.b_f.pop())).toEqual(["encoder.weights.b_f: expected 4 values, got 3"]);
  });

  it("parseModel(json) names the row of a ragged matrix", () => {
    expect(messages((f) => f.decoder.output.W_out[2].push(0))).toEqual(["decoder.output.W_out[2]: expected 4 values (row 2 of 6×4), got 5"]);
  });

  it("parseModel(json) tells a vector from a matrix in both directions", () => {
    expect(messages((f) => (f.encoder.weights.W_i = [1, 2, 3, 4]))).toEqual(["encoder.weights.W_i: expected a 4×7 matrix, got a vector of 4 values"]);
    expect(messages((f) => (f.encoder.weights.b_i = [[1], [2], [3], [4]]))).toEqual(["encoder.weights.b_i: expected 4 values, got a 4×1 matrix"]);
  });

  it("parseModel(json) names a missing weight and an unknown one", () => {
    expect(messages((f) => delete f.decoder.output.b_out)).toEqual(["decoder.output.b_out: required (6 values)"]);
    expect(messages((f) => (f.encoder.weights.W_q = [[0]]))).toEqual([
      "encoder.weights.W_q: unknown weight name; expected only W_f, b_f, W_i, b_i, W_o, b_o, W_C, b_C in encoder.weights for an lstm cell",
    ]);
    expect(messages((f) => (f.decoder.attention.weights.W_a = [[0]]))).toEqual(["decoder.attention.weights.W_a: unknown weight name; expected no weights in decoder.attention.weights for a dot score"]);
  });

  it("parseModel(json) names the entry that is not a number", () => {
    expect(messages((f) => (f.encoder.weights.W_f[1][2] = "0.5"))).toEqual(['encoder.weights.W_f[1][2]: expected a number, got "0.5"']);
    expect(messages((f) => (f.encoder.weights.W_f[3] = 0.5))).toEqual(["encoder.weights.W_f[3]: expected a row of numbers, like row 0, got 0.5"]);
    expect(messages((f) => (f.source.embeddings = [1, 2, 3]))).toEqual(["source.embeddings[0]: expected a row of numbers (one row per token), got 1"]);
  });

  it("parseModel(json) names the path of a value that is not finite, and counts the others", () => {
    expect(messages((f) => (f.decoder.output.W_out[2][3] = Infinity))).toEqual(["decoder.output.W_out[2][3]: expected a finite number, got Infinity"]);
    expect(messages((f) => (f.encoder.weights.b_o = [NaN, 0, -Infinity, NaN]))).toEqual(["encoder.weights.b_o[0]: expected a finite number, got NaN (and 2 more in encoder.weights.b_o)"]);
  });

  it("parseModelText(text) reads 1e999 as Infinity and refuses it with its path", () => {
    const text = stringifyModelFile(serializeModel(lstmAttention())).replace(/("W_out": \[\n\s*\[[^\n]*\],\n\s*\[[^\n]*\],\n\s*\[)[^,]+/, "$11e999");
    const result = parseModelText(text);
    expect(result.ok ? [] : result.errors.map((e) => e.message)).toEqual(["decoder.output.W_out[2][0]: expected a finite number, got Infinity"]);
  });

  it("parseModel(json) reads the additive width a from v and refuses an empty v", () => {
    const additive = (f: Json) => {
      f.decoder.attention.score = "additive";
      f.decoder.attention.weights = { W_s: [[1, 2, 3, 4]], W_h: [[1, 2, 3, 4]], v: [1] };
    };
    expect(messages((f) => (additive(f), f.decoder.attention.weights.W_h.push([0, 0, 0, 0])))).toEqual(["decoder.attention.weights.W_h: expected 1×4, got 2×4"]);
    expect(messages((f) => (additive(f), (f.decoder.attention.weights.v = [])))).toEqual([
      "decoder.attention.weights.v: expected at least one value (the length of v is the additive width a), got an empty array",
    ]);
  });

  it("parseModel(json) names wrong embedding tables", () => {
    expect(messages((f) => f.target.embeddings.pop())).toEqual(["target.embeddings: expected 6×3, got 5×3"]);
    expect(messages((f) => (f.source.embeddings = []))).toEqual(["source.embeddings: expected 6 rows of at least one number (one row per token), got an empty array"]);
  });
});

describe("parseModel(json) structure errors", () => {
  it("parseModel(json) refuses what is not a model file", () => {
    for (const json of [null, 3, "model", [], undefined]) expect(parseModel(json).ok).toBe(false);
    expect(parseModel([])).toEqual({ ok: false, errors: [{ path: "", message: "model file: expected a JSON object, got an empty array" }] });
    expect(messages((f) => (f.format = "other"))).toEqual([
      'format: expected "seq2seq-lab/model", got "other"; this does not look like a Seq2Seq Lab model file',
    ]);
  });

  it("parseModel(json) names a missing required key and what it should hold", () => {
    expect(messages((f) => delete f.encoder.hidden)).toEqual(["encoder.hidden: required (an integer from 1 to 512)"]);
    expect(messages((f) => delete f.decoder.weights)).toEqual(["decoder.weights: required (an object of named weights)"]);
  });

  it("parseModel(json) names an unknown key and lists the allowed ones", () => {
    expect(messages((f) => (f.decoder.hiden = 4))).toEqual(["decoder.hiden: unknown key; expected one of cell, hidden, variant, init, weights, attention, output"]);
  });

  it("parseModel(json) names a value outside its enum", () => {
    expect(messages((f) => (f.encoder.cell = "lst"))).toEqual(['encoder.cell: expected one of "rnn", "lstm", "gru-reset-before", "gru-reset-after", got "lst"']);
    expect(messages((f) => (f.decoder.attention.score = "cosine"))).toEqual(['decoder.attention.score: expected one of "dot", "scaled", "general", "additive", got "cosine"']);
  });

  it("parseModel(json) keeps hidden in 1..512, maxLength in 1..200 and temperature above 0", () => {
    expect(messages((f) => (f.encoder.hidden = 0))).toEqual(["encoder.hidden: expected an integer from 1 to 512, got 0"]);
    expect(messages((f) => (f.decoder.hidden = 513))).toEqual(["decoder.hidden: expected an integer from 1 to 512, got 513"]);
    expect(messages((f) => (f.decoding.maxLength = 201))).toEqual(["decoding.maxLength: expected an integer from 1 to 200, got 201"]);
    expect(messages((f) => (f.decoding.maxLength = 2.5))).toEqual(["decoding.maxLength: expected an integer from 1 to 200, got 2.5"]);
    expect(messages((f) => (f.decoding.temperature = 0))).toEqual(["decoding.temperature: expected a finite number greater than 0, got 0"]);
    expect(messages((f) => (f.decoding.temperature = Infinity))).toEqual(["decoding.temperature: expected a finite number greater than 0, got Infinity"]);
  });

  it("parseModel(json) wants unique vocabularies that hold <sos>, <eos> and <unk>", () => {
    expect(messages((f) => (f.source.vocab[4] = "i"))).toEqual(['source.vocab: expected unique tokens, got "i" twice (ids 3 and 4)']);
    expect(messages((f) => (f.target.vocab[2] = "<pad>"))).toEqual(["target.vocab: expected the special tokens <sos>, <eos>, <unk>, missing <unk>"]);
    expect(messages((f) => (f.target.vocab[3] = 7))).toEqual(["target.vocab[3]: expected a token string, got 7"]);
  });
});

describe("parseModel(json) configuration rules", () => {
  it('parseModel(json) requires decoder.attention when decoder.variant is "attention", and only then', () => {
    expect(messages((f) => delete f.decoder.attention)).toEqual(['decoder.attention: required when decoder.variant is "attention"']);
    expect(messages((f) => (f.decoder.variant = "initial"))).toEqual(['decoder.attention: only allowed when decoder.variant is "attention", got variant "initial"']);
  });

  it("parseModel(json) requires encoder.backwardWeights exactly when the encoder is bidirectional", () => {
    expect(messages((f) => (f.encoder.bidirectional = true))).toContain("encoder.backwardWeights: required when encoder.bidirectional is true");
    expect(messages((f) => (f.encoder.backwardWeights = f.encoder.weights))).toEqual(["encoder.backwardWeights: only allowed when encoder.bidirectional is true"]);
  });

  it('parseModel(json) refuses init "context" and a dot score when decoder.hidden ≠ the encoder output width', () => {
    const bidirectional = (f: Json) => {
      f.encoder.bidirectional = true;
      f.encoder.backwardWeights = f.encoder.weights;
    };
    expect(messages(bidirectional)).toEqual([
      'decoder.hidden: expected 8 (the encoder output width 2n = 8, since decoder.init "context" sets s_0 = h_T), got 4',
      "decoder.hidden: expected 8 (the encoder output width 2n = 8, since a dot score multiplies s·h), got 4",
    ]);
    expect(messages((f) => (bidirectional(f), (f.decoder.init = "zeros"), (f.decoder.attention.score = "scaled")))).toEqual([
      "decoder.hidden: expected 8 (the encoder output width 2n = 8, since a scaled score multiplies s·h), got 4",
    ]);
  });

  it('parseModel(json) refuses an lstm decoder with init "context" after a non-lstm encoder (no C_T)', () => {
    expect(messages((f) => (f.encoder.cell = "gru-reset-before"))[0]).toMatch(/^decoder\.init: expected "zeros" with encoder\.cell "gru-reset-before": an lstm decoder .* C_T/);
  });

  it("parseModel(json) checks the rules before the shapes, so one mistake gives one message", () => {
    expect(errorsAfter((f) => (f.decoder.hidden = 5)).map((e) => e.path)).toEqual(["decoder.hidden", "decoder.hidden"]);
  });
});

describe("validateModel(model)", () => {
  it("validateModel(model) finds nothing wrong with a sound model", () => {
    expect(validateModel(lstmAttention())).toEqual([]);
  });

  it("validateModel(model) names the path of a NaN an editor wrote into a matrix", () => {
    const model = lstmAttention();
    const W = model.decoder.output.W_out as { data: Float64Array; cols: number };
    W.data[2 * W.cols + 1] = NaN;
    expect(validateModel(model)).toEqual([{ path: "decoder.output.W_out[2][1]", message: "decoder.output.W_out[2][1]: expected a finite number, got NaN" }]);
  });

  it("validateModel(model) names a vector of the wrong length and a rule an edit broke", () => {
    const model = lstmAttention();
    const broken = { ...model, encoder: { ...model.encoder, weights: { ...model.encoder.weights, b_C: new Float64Array(3) } } };
    expect(validateModel(broken).map((e) => e.message)).toEqual(["encoder.weights.b_C: expected 4 values, got 3"]);
    const wider = { ...model, decoder: { ...model.decoder, hidden: 6 } };
    expect(validateModel(wider).map((e) => e.path)).toEqual(["decoder.hidden", "decoder.hidden"]);
  });
});

describe("parseModelText(text)", () => {
  it("parseModelText(text) reports a JSON syntax error with its line and column", () => {
    const result = parseModelText('{\n  "format": "seq2seq-lab/model",\n  "version": 1,\n}');
    expect(result).toEqual({ ok: false, errors: [{ path: "", message: "model file: not valid JSON: line 4, column 1: expected a property name in double quotes, got \"}\"" }] });
  });

  it("parseModelText(text) reports an empty text and a truncated one", () => {
    expect(parseModelText("  \n")).toEqual({ ok: false, errors: [{ path: "", message: "model file: expected a JSON object, got an empty text" }] });
    const truncated = parseModelText('{"format": "seq2seq-lab/mo');
    expect(truncated.ok ? "" : truncated.errors[0]!.message).toBe("model file: not valid JSON: line 1, column 27: unexpected end of the text");
  });
});
