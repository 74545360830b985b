import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { createModel } from "../../src/core/init.ts";
import { isMat, type Seq2SeqModel } from "../../src/core/model.ts";
import { createRng } from "../../src/core/rng.ts";
import { parseModel, parseModelText, serializeModel, stringifyModelFile } from "../../src/model/index.ts";
import { configGrid, firstDifference, lstmAttention } from "./bits.ts";

function parsed(result: ReturnType<typeof parseModel>): Seq2SeqModel {
  if (!result.ok) throw new Error(result.errors.map((e) => e.message).join("\n"));
  return result.model;
}

/** The model with `values` written over its first parameters' entries (a copy). */
function withValues(model: Seq2SeqModel, values: readonly number[]): Seq2SeqModel {
  const copy = parsed(parseModel(serializeModel(model)));
  const W = copy.decoder.output.W_out!;
  const data = isMat(W) ? W.data : W;
  values.forEach((x, i) => (data[i % data.length] = x));
  return copy;
}

describe("model file round trips", () => {
  it("parseModel(serializeModel(model)) gives back every kind of model, bit for bit", () => {
    for (const config of configGrid()) {
      const model = createModel({ ...config, description: "d", meta: { loss: 0.25, config: { epochs: 3 } } }, createRng(6));
      expect(firstDifference(parsed(parseModel(serializeModel(model))), model)).toBeUndefined();
    }
  });

  it("parseModelText(stringifyModelFile(serializeModel(model))) gives back every kind of model, bit for bit", () => {
    for (const config of configGrid()) {
      const model = createModel(config, createRng(7));
      expect(firstDifference(parsed(parseModelText(stringifyModelFile(serializeModel(model)))), model)).toBeUndefined();
    }
  });

  it("stringifyModelFile(file) keeps -0, subnormals, the largest double and 0.1 + 0.2 exact through text", () => {
    const model = withValues(lstmAttention(), [-0, 5e-324, -Number.MAX_VALUE, Number.MAX_VALUE, 0.1 + 0.2, 1 / 3, -2.5e-308]);
    expect(firstDifference(parsed(parseModelText(stringifyModelFile(serializeModel(model)))), model)).toBeUndefined();
  });

  it("parseModelText(stringifyModelFile(…)) keeps any finite doubles exact (fast-check)", () => {
    const finite = fc.double({ noNaN: true, noDefaultInfinity: true });
    fc.assert(
      fc.property(fc.array(finite, { minLength: 1, maxLength: 30 }), (xs) => {
        const model = withValues(lstmAttention(), xs);
        return firstDifference(parsed(parseModelText(stringifyModelFile(serializeModel(model)))), model) === undefined;
      }),
      { numRuns: 150 },
    );
  });

  it("serializeModel(model) gives a plain JSON object that JSON.stringify keeps whole", () => {
    const file = serializeModel(lstmAttention());
    expect(JSON.parse(JSON.stringify(file))).toEqual(file);
    expect(file.format).toBe("seq2seq-lab/model");
    expect(file.version).toBe(1);
    expect(file.decoder.weights.W_f).toHaveLength(4);
    expect((file.decoder.weights.W_f as number[][])[0]).toHaveLength(11);
    expect(file.encoder.weights.b_f).toEqual([1, 1, 1, 1]);
  });

  it("serializeModel(model) shares no arrays with the model, so changing the file leaves the model as it was", () => {
    const model = lstmAttention();
    const before = serializeModel(model);
    const file = serializeModel(model);
    (file.decoder.output.W_out as number[][])[0]![0] = 99;
    file.source.vocab.push("extra");
    expect(serializeModel(model)).toEqual(before);
  });

  it("parseModel(json) leaves a frozen input unchanged and its model shares nothing with it", () => {
    const json = serializeModel(lstmAttention());
    const freeze = (x: unknown): void => {
      if (x !== null && typeof x === "object") {
        Object.values(x).forEach(freeze);
        Object.freeze(x);
      }
    };
    freeze(json);
    const model = parsed(parseModel(json));
    (model.encoder.weights.b_f as Float64Array)[0] = 5;
    expect(json.encoder.weights.b_f).toEqual([1, 1, 1, 1]);
  });

  it("parseModel(json) fills the defaults notation.md gives for keys a file leaves out", () => {
    const json = serializeModel(lstmAttention()) as unknown as Record<string, Record<string, unknown>>;
    const { bidirectional: _b, context: _c, ...encoder } = json.encoder!;
    const { init: _i, ...decoder } = json.decoder!;
    const { query: _q, ...attention } = decoder.attention as Record<string, unknown>;
    const { decoding: _d, ...rest } = json;
    const model = parsed(parseModel({ ...rest, encoder, decoder: { ...decoder, attention } }));
    expect([model.encoder.bidirectional, model.encoder.context, model.decoder.init, model.decoder.attention?.query]).toEqual([false, "last", "context", "previous"]);
    expect(model.decoding).toEqual({ strategy: "greedy", temperature: 1, seed: 0, maxLength: 12 });
  });

  it("parseModelText(text) accepts a byte-order mark before the JSON", () => {
    expect(parseModelText(`\uFEFF${stringifyModelFile(serializeModel(lstmAttention()))}`).ok).toBe(true);
  });

  it("stringifyModelFile(file) writes each vector and matrix row on one line", () => {
    const text = stringifyModelFile(serializeModel(lstmAttention()));
    expect(text).toMatch(/\n {6}"b_f": \[1, 1, 1, 1\],\n/);
    expect(text).toMatch(/\n {6}"W_f": \[\n {8}\[[^\n\]]+\],\n/);
    expect(text.endsWith("}\n")).toBe(true);
  });

  it("stringifyModelFile(file) refuses NaN and ±Infinity, naming the path", () => {
    const file = serializeModel(withValues(lstmAttention(), [1, 2, NaN]));
    expect(() => stringifyModelFile(file)).toThrow(/^decoder\.output\.W_out\[0\]\[2\]: NaN cannot be written in JSON/);
  });
});
