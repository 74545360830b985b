import { describe, expect, it } from "vitest";
import { createModel, DEFAULT_DECODING, type ModelConfig } from "../../src/core/init.ts";
import { forward } from "../../src/core/forward.ts";
import { getParam, isMat, paramShapes, type Param } from "../../src/core/model.ts";
import { createRng } from "../../src/core/rng.ts";
import { configGrid, firstDifference, LSTM_ATTENTION, numbersOf } from "../model/bits.ts";

const values = (p: Param | undefined): Float64Array => {
  if (p === undefined) throw new Error("missing parameter");
  return isMat(p) ? p.data : p;
};

function deepFreeze<T>(x: T): T {
  if (x !== null && typeof x === "object" && !ArrayBuffer.isView(x)) {
    for (const v of Object.values(x)) deepFreeze(v);
    Object.freeze(x);
  }
  return x;
}

describe("createModel", () => {
  it("createModel(config, rng) gives every parameter the shape paramShapes lists, and no other", () => {
    for (const config of configGrid()) {
      const model = createModel(config, createRng(3));
      const shapes = paramShapes(model);
      for (const { path, rows, cols } of shapes) {
        const p = getParam(model, path);
        expect(p, path).toBeDefined();
        if (cols === undefined) expect(isMat(p!) ? "matrix" : p!.length, path).toBe(rows);
        else expect(isMat(p!) ? [p.rows, p.cols, p.data.length] : "vector", path).toEqual([rows, cols, rows * cols]);
      }
      const groups = [model.encoder.weights, model.encoder.backwardWeights ?? {}, model.decoder.weights, model.decoder.attention?.weights ?? {}, model.decoder.output];
      const count = groups.reduce((n, g) => n + Object.keys(g).length, 2);
      expect(count).toBe(shapes.length);
    }
  });

  it("createModel(config, rng) with the same seed gives an identical model, bit for bit", () => {
    for (const config of configGrid()) {
      expect(firstDifference(createModel(config, createRng(9)), createModel(config, createRng(9)))).toBeUndefined();
    }
  });

  it("createModel(config, rng) with another seed gives other numbers", () => {
    const a = numbersOf(createModel(LSTM_ATTENTION, createRng(1))).map((n) => n[2]);
    const b = numbersOf(createModel(LSTM_ATTENTION, createRng(2))).map((n) => n[2]);
    expect(a).not.toEqual(b);
  });

  it("createModel(config, rng) draws matrices from U(−l, l) with l = √(6/(fan_in + fan_out))", () => {
    const config: ModelConfig = { ...LSTM_ATTENTION, d_x: 20, d_y: 20, encoder: { ...LSTM_ATTENTION.encoder, hidden: 40 }, decoder: { ...LSTM_ATTENTION.decoder, hidden: 40 } };
    const model = createModel(config, createRng(5));
    const W = model.encoder.weights.W_f!;
    if (!isMat(W)) throw new Error("W_f should be a matrix");
    const limit = Math.sqrt(6 / (W.cols + W.rows));
    const absMax = Math.max(...Array.from(W.data, Math.abs));
    expect(absMax).toBeLessThanOrEqual(limit);
    // 2,400 draws: the largest lands within 1% of the limit and the mean near 0 (uniform: sd l/√3).
    expect(absMax).toBeGreaterThan(0.99 * limit);
    const mean = W.data.reduce((s, x) => s + x, 0) / W.data.length;
    expect(Math.abs(mean)).toBeLessThan(0.1 * limit);
  });

  it("createModel(config, rng) sets every bias to 0 except the LSTM forget bias b_f, which is 1", () => {
    const config: ModelConfig = { ...LSTM_ATTENTION, encoder: { ...LSTM_ATTENTION.encoder, hidden: 2, bidirectional: true } };
    const model = createModel(config, createRng(4));
    for (const group of [model.encoder.weights, model.encoder.backwardWeights!, model.decoder.weights, model.decoder.output]) {
      for (const [name, p] of Object.entries(group)) {
        if (!name.startsWith("b")) continue;
        expect(Array.from(values(p)), name).toEqual(new Array(values(p).length).fill(name === "b_f" ? 1 : 0));
      }
    }
    const gru = createModel({ ...config, encoder: { ...config.encoder, cell: "gru-reset-after" }, decoder: { ...config.decoder, cell: "gru-reset-after" } }, createRng(4));
    expect(Object.values(gru.encoder.weights).filter((p) => !isMat(p)).every((b) => values(b).every((x) => x === 0))).toBe(true);
  });

  it("createModel(config, rng) scales N(0, 1) embeddings by embeddingScale", () => {
    const vocab = ["<sos>", "<eos>", "<unk>", ...Array.from({ length: 97 }, (_, i) => `w${i}`)];
    const model = createModel({ ...LSTM_ATTENTION, sourceVocab: vocab, d_x: 30, embeddingScale: 0.1 }, createRng(8));
    const data = model.source.embeddings.data;
    const mean = data.reduce((s, x) => s + x, 0) / data.length;
    const sd = Math.sqrt(data.reduce((s, x) => s + (x - mean) ** 2, 0) / data.length);
    // 3,000 draws: the sample sd of N(0, 0.1²) is 0.1 ± 0.0013 (one standard error).
    expect(sd).toBeGreaterThan(0.095);
    expect(sd).toBeLessThan(0.105);
    expect(Math.abs(mean)).toBeLessThan(0.01);
  });

  it("createModel(config, rng) gives additive attention the requested width a", () => {
    const config: ModelConfig = { ...LSTM_ATTENTION, decoder: { ...LSTM_ATTENTION.decoder, attention: { score: "additive", query: "previous", width: 7 } } };
    const w = createModel(config, createRng(1)).decoder.attention!.weights;
    expect([isMat(w.W_s!) && w.W_s.rows, isMat(w.W_h!) && w.W_h.rows, values(w.v).length]).toEqual([7, 7, 7]);
  });

  it("createModel(config, rng) defaults attention to a dot score on the previous state, and drops it for other variants", () => {
    const bare: ModelConfig = { ...LSTM_ATTENTION, decoder: { cell: "lstm", hidden: 4, variant: "attention", init: "context" } };
    expect(createModel(bare, createRng(1)).decoder.attention).toMatchObject({ score: "dot", query: "previous", weights: {} });
    const initial: ModelConfig = { ...LSTM_ATTENTION, decoder: { ...LSTM_ATTENTION.decoder, variant: "initial" } };
    expect(createModel(initial, createRng(1)).decoder.attention).toBeUndefined();
  });

  it("createModel(config, rng) fills missing decoding options from DEFAULT_DECODING", () => {
    const model = createModel({ ...LSTM_ATTENTION, decoding: { maxLength: 5 } }, createRng(1));
    expect(model.decoding).toEqual({ ...DEFAULT_DECODING, maxLength: 5 });
  });

  it("createModel(config, rng) leaves its config unchanged and shares no arrays with it", () => {
    const config = deepFreeze(structuredClone(LSTM_ATTENTION));
    const model = createModel(config, createRng(1));
    expect(model.source.vocab).not.toBe(config.sourceVocab);
    expect(config).toEqual(LSTM_ATTENTION);
  });

  it("createModel(config, rng) refuses a width that is not a positive integer", () => {
    expect(() => createModel({ ...LSTM_ATTENTION, d_x: 0 }, createRng(1))).toThrow(/d_x must be a positive integer, got 0/);
    expect(() => createModel({ ...LSTM_ATTENTION, encoder: { ...LSTM_ATTENTION.encoder, hidden: 2.5 } }, createRng(1))).toThrow(/encoder.hidden/);
  });

  it("createModel(config, rng) gives models that forward(model, input) runs end to end", () => {
    for (const config of configGrid()) {
      const trace = forward(createModel(config, createRng(2)), "i love you");
      expect(trace.output.stop === "eos" || trace.output.tokens.length === DEFAULT_DECODING.maxLength).toBe(true);
    }
  });
});
