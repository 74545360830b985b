import { describe, expect, it } from "vitest";
import { createRng } from "../../../src/core/rng.ts";
import {
  createTransformer,
  getTransformerParam,
  transformerParamShapes,
  transformerShapeErrors,
  withTransformerParam,
} from "../../../src/core/transformer/index.ts";
import type { TransformerConfig } from "../../../src/core/transformer/index.ts";

const config: TransformerConfig = { name: "tiny", sourceVocab: ["i", "love", "china"], targetVocab: ["我", "爱", "中国"], d_model: 4, heads: 2, d_ff: 8, layers: 2 };

describe("the Transformer model and its parameter table", () => {
  it("createTransformer(config, rng) puts <sos>, <eos>, <unk> first when the vocabulary lacks them", () => {
    const model = createTransformer(config, createRng(1));
    expect(model.source.vocab).toEqual(["<sos>", "<eos>", "<unk>", "i", "love", "china"]);
    expect(model.target.vocab.slice(0, 3)).toEqual(["<sos>", "<eos>", "<unk>"]);
    const kept = createTransformer({ ...config, targetVocab: ["<eos>", "x", "<sos>", "<unk>"] }, createRng(1));
    expect(kept.target.vocab).toEqual(["<eos>", "x", "<sos>", "<unk>"]);
  });

  it("transformerParamShapes(model) lists every parameter with its path and shape, inputs × outputs", () => {
    const model = createTransformer(config, createRng(1));
    const shapes = transformerParamShapes(model);
    const byPath = new Map(shapes.map((s) => [s.path, s]));
    expect(byPath.get("source.embeddings")).toEqual({ path: "source.embeddings", name: "E_src", rows: 6, cols: 4 });
    expect(byPath.get("encoder.1.selfAttention.W_Q")).toMatchObject({ name: "W_Q", rows: 4, cols: 4 });
    expect(byPath.get("decoder.0.crossAttention.W_O")).toMatchObject({ rows: 4, cols: 4 });
    expect(byPath.get("decoder.1.ffn.W_1")).toMatchObject({ rows: 4, cols: 8 });
    expect(byPath.get("decoder.1.ffn.b_1")).toEqual({ path: "decoder.1.ffn.b_1", name: "b_1", rows: 8 });
    expect(byPath.get("decoder.0.norm3.gamma")).toMatchObject({ rows: 4 });
    expect(byPath.get("output.W_out")).toMatchObject({ rows: 4, cols: 6 });
    // 2 embeddings; per encoder layer 4 + 2 + 4 + 2; per decoder layer 4 + 2 + 4 + 2 + 4 + 2; W_out, b_out.
    expect(shapes).toHaveLength(2 + 2 * 12 + 2 * 18 + 2);
    expect(new Set(shapes.map((s) => s.path)).size).toBe(shapes.length);
  });

  it("createTransformer(config, rng) fills every listed shape: Glorot matrices, γ = 1, zero biases and β", () => {
    const model = createTransformer(config, createRng(1));
    expect(transformerShapeErrors(model)).toEqual([]);
    for (const s of transformerParamShapes(model)) {
      const p = getTransformerParam(model, s.path)!;
      if (p instanceof Float64Array) expect(Array.from(p).every((v) => v === (s.name === "gamma" ? 1 : 0))).toBe(true);
      else {
        const limit = Math.sqrt(6 / (s.rows + s.cols!));
        expect(Array.from(p.data).every((v) => Math.abs(v) <= limit)).toBe(true);
        expect(new Set(p.data).size).toBe(p.data.length);
      }
    }
  });

  it("createTransformer(config, rng) with the same seed gives the same numbers, and another seed others", () => {
    const a = createTransformer(config, createRng(42));
    const b = createTransformer(config, createRng(42));
    const c = createTransformer(config, createRng(43));
    expect(a).toEqual(b);
    expect(Array.from(a.encoder[0]!.selfAttention.W_Q.data)).not.toEqual(Array.from(c.encoder[0]!.selfAttention.W_Q.data));
  });

  it("createTransformer(config, rng) rejects heads that do not divide d_model", () => {
    expect(() => createTransformer({ ...config, heads: 3 }, createRng(1))).toThrow(/divide/);
    expect(() => createTransformer({ ...config, d_ff: 0 }, createRng(1))).toThrow(RangeError);
  });

  it("withTransformerParam(model, path, value) replaces one parameter and leaves the model as it was", () => {
    const model = createTransformer(config, createRng(1));
    const before = Array.from(model.decoder[1]!.ffn.b_2);
    const next = withTransformerParam(model, "decoder.1.ffn.b_2", Float64Array.of(1, 2, 3, 4));
    expect(Array.from(next.decoder[1]!.ffn.b_2)).toEqual([1, 2, 3, 4]);
    expect(Array.from(model.decoder[1]!.ffn.b_2)).toEqual(before);
    expect(next.decoder[0]).toBe(model.decoder[0]);
    expect(Array.isArray(next.decoder)).toBe(true);
    expect(() => withTransformerParam(model, "decoder.7.ffn.b_2", Float64Array.of(1))).toThrow(RangeError);
  });

  it("transformerShapeErrors(model) names a parameter of the wrong shape", () => {
    const model = createTransformer(config, createRng(1));
    const bad = withTransformerParam(model, "encoder.0.ffn.W_1", { rows: 8, cols: 4, data: new Float64Array(32) });
    expect(transformerShapeErrors(bad)).toEqual(["encoder.0.ffn.W_1: 8 × 4, expected 4 × 8"]);
  });
});
