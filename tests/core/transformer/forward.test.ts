import { describe, expect, it } from "vitest";
import { createRng } from "../../../src/core/rng.ts";
import { row } from "../../../src/core/tensor.ts";
import { tokenize } from "../../../src/core/tokenizer.ts";
import {
  TRANSFORMER_FORMULAS,
  createTransformer,
  transformerForward,
  transformerForwardTokens,
  withTransformerParam,
} from "../../../src/core/transformer/index.ts";
import type { TransformerConfig, TransformerModel } from "../../../src/core/transformer/index.ts";

const config: TransformerConfig = { name: "tiny", sourceVocab: ["i", "love", "china"], targetVocab: ["我", "爱", "中国"], d_model: 4, heads: 2, d_ff: 8, layers: 2, maxLength: 5 };
const model = createTransformer(config, createRng(7));

/** Every `formula` field anywhere in a value. */
function formulaIds(value: unknown, out: Set<string> = new Set()): Set<string> {
  if (value === null || typeof value !== "object" || ArrayBuffer.isView(value)) return out;
  for (const [k, v] of Object.entries(value)) {
    if (k === "formula" && typeof v === "string") out.add(v);
    else formulaIds(v, out);
  }
  return out;
}

describe("the traced forward pass", () => {
  it("transformerForward(model, input) traces the encoder layers, then greedy steps up to <eos> or the limit", () => {
    const trace = transformerForward(model, "i love china");
    expect(trace.source.map((t) => t.token)).toEqual(["i", "love", "china"]);
    expect(trace.encoder.layers.map((l) => l.layer)).toEqual([1, 2]);
    expect([trace.encoder.H.rows, trace.encoder.H.cols]).toEqual([3, 4]);
    const steps = trace.decoder;
    expect(steps.length).toBeGreaterThan(0);
    expect(steps.length).toBeLessThanOrEqual(5);
    steps.forEach((s, k) => {
      expect(s.kind).toBe("greedy");
      if (s.kind !== "greedy") return;
      expect(s.id).toBe(`dec.${k + 1}`);
      expect(s.pass.embedding.ids.length).toBe(k + 1);
      expect(s.pass.layers).toHaveLength(2);
    });
    const last = steps[steps.length - 1]!;
    if (trace.output.stop === "eos") expect(last.kind === "greedy" && last.token).toBe("<eos>");
    else expect(steps).toHaveLength(5);
    expect(trace.output.ids).toHaveLength(trace.output.stop === "eos" ? steps.length - 1 : steps.length);
  });

  it("transformerForward(model, input) stops at once when the output bias makes <eos> certain", () => {
    const eos = model.target.vocab.indexOf("<eos>");
    const b = new Float64Array(model.target.vocab.length);
    b[eos] = 100;
    const trace = transformerForward(withTransformerParam(model, "output.b_out", b), "love");
    expect(trace.decoder).toHaveLength(1);
    expect(trace.output).toMatchObject({ ids: [], tokens: [], text: "", stop: "eos" });
    // log P(<eos>) = log 1 to within e^{−100}.
    expect(trace.output.logProb).toBeLessThanOrEqual(0);
    expect(trace.output.logProb).toBeGreaterThan(-1e-30);
  });

  it("transformerForward(model, input, { maxLength }) stops at the limit when <eos> never wins", () => {
    const eos = model.target.vocab.indexOf("<eos>");
    const b = new Float64Array(model.target.vocab.length);
    b[eos] = -100;
    const trace = transformerForward(withTransformerParam(model, "output.b_out", b), "love", { maxLength: 3 });
    expect(trace.decoder).toHaveLength(3);
    expect(trace.output.stop).toBe("limit");
    expect(trace.output.ids).toHaveLength(3);
  });

  it("transformerForward(model, input) with the same seed gives an identical trace", () => {
    const other = createTransformer(config, createRng(7));
    expect(transformerForward(other, "i love china")).toEqual(transformerForward(model, "i love china"));
    expect(transformerForward(model, "i love china", { target: "我 爱 中国" })).toEqual(transformerForward(other, "i love china", { target: "我 爱 中国" }));
  });

  it("transformerForward(model, input, { target }) gives the greedy steps' logits when forced with the greedy output", () => {
    const greedy = transformerForward(model, "i love", { maxLength: 4 });
    const forced = transformerForwardTokens(model, tokenize("i love", model.source.vocab), { target: greedy.output.ids });
    const step = forced.decoder[0]!;
    expect(step.kind).toBe("forced");
    greedy.decoder.forEach((g, t) => {
      if (g.kind !== "greedy") return;
      expect(Array.from(row(step.pass.out.logits, t))).toEqual(Array.from(g.logits));
    });
  });

  it("transformerForward(model, input, { target }) records the masked self-attention, T_target × T_source cross-attention and the loss", () => {
    const trace = transformerForward(model, "i love china", { target: "我 爱" });
    const step = trace.decoder[0]!;
    if (step.kind !== "forced") throw new Error("expected a forced step");
    expect(step.inputs.map((i) => model.target.vocab[i])).toEqual(["<sos>", "我", "爱"]);
    expect(step.targetTokens).toEqual(["我", "爱", "<eos>"]);
    for (const layer of step.pass.layers) {
      for (const head of layer.selfAttention.heads) {
        expect([head.weights.rows, head.weights.cols]).toEqual([3, 3]);
        expect([head.weights.data[1], head.weights.data[2], head.weights.data[5]]).toEqual([0, 0, 0]);
      }
      for (const head of layer.crossAttention.heads) expect([head.weights.rows, head.weights.cols]).toEqual([3, 3 /* source */]);
      expect(layer.crossAttention.X_kv).toBe(trace.encoder.H);
    }
    const mean = Array.from(step.losses).reduce((s, l) => s + l, 0) / 3;
    expect(step.loss).toBeCloseTo(mean, 14);
    expect(step.losses[2]).toBeCloseTo(-Math.log(step.pass.out.p.data[2 * step.pass.out.p.cols + model.target.vocab.indexOf("<eos>")]!), 12);
  });

  it("transformerForward(model, input) gives cross-attention weights T_target × T_source for unequal lengths", () => {
    const trace = transformerForward(model, "i love china china", { target: "我" });
    const step = trace.decoder[0]!;
    for (const head of step.pass.layers[1]!.crossAttention.heads) expect([head.weights.rows, head.weights.cols]).toEqual([2, 4]);
  });

  it("transformerForward(model, input) returns a frozen trace whose records all carry a known formula id", () => {
    const trace = transformerForward(model, "i love", { target: "爱" });
    expect(Object.isFrozen(trace)).toBe(true);
    expect(Object.isFrozen(trace.decoder)).toBe(true);
    expect(Object.isFrozen(trace.encoder.layers[0]!.selfAttention.heads[0])).toBe(true);
    // The model itself is left as it was: neither frozen nor written to.
    expect(Object.isFrozen(model.encoder[0]!.selfAttention)).toBe(false);
    expect(Object.isFrozen(model)).toBe(false);
    const ids = formulaIds(trace);
    for (const id of ids) expect(Object.keys(TRANSFORMER_FORMULAS)).toContain(id);
    expect([...ids].sort()).toEqual(
      ["tf.addnorm", "tf.attention", "tf.decoder", "tf.decoder.layer", "tf.embed", "tf.encoder", "tf.encoder.layer", "tf.ffn", "tf.layernorm", "tf.loss", "tf.multihead", "tf.output"].sort(),
    );
  });

  it("transformerForward(model, input) with source embeddings of ±1e300 still gives finite probabilities", () => {
    const E = model.source.embeddings;
    const huge: TransformerModel = withTransformerParam(model, "source.embeddings", { rows: E.rows, cols: E.cols, data: E.data.map((_, i) => (i % 2 === 0 ? 1e300 : -1e300)) });
    const trace = transformerForward(huge, "i love china", { maxLength: 2 });
    const attn = trace.encoder.layers[0]!.selfAttention;
    // Q Kᵀ overflowed float64, so the weights come from the rescaled scores.
    expect(attn.heads.some((h) => Array.from(h.scores.data).some((v) => !Number.isFinite(v)))).toBe(true);
    expect(trace.encoder.layers[0]!.addNorm1.norm.variance.some((v) => v === Infinity)).toBe(true);
    expect(Array.from(attn.heads[0]!.weights.data).every(Number.isFinite)).toBe(true);
    for (const step of trace.decoder) {
      const p = step.pass.out.p.data;
      expect(Array.from(p).every(Number.isFinite)).toBe(true);
    }
  });

  it("transformerForward(model, input) rejects an input with no word", () => {
    expect(() => transformerForward(model, "  ")).toThrow(RangeError);
  });
});
