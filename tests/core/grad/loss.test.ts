// lossAndGradients as an API: what the loss means (per token or per sentence), that it agrees with
// the forward pass's probabilities, that batches average, that nothing is mutated, and its errors.

import { describe, expect, it } from "vitest";
import { lossAndGradients, lossOf } from "../../../src/core/grad/index.ts";
import { forward } from "../../../src/core/forward.ts";
import { paramShapes } from "../../../src/core/model.ts";
import { paramValues } from "../../../src/core/train/params.ts";
import { PAIRS, randomModel } from "./gradcheck.ts";

const model = randomModel({
  encoder: { cell: "lstm", hidden: 3, bidirectional: false, context: "last" },
  decoder: { cell: "lstm", hidden: 3, variant: "attention", init: "context", attention: { score: "general", query: "previous" } },
});
const tokensOf = (pairs: typeof PAIRS): number => pairs.reduce((n, p) => n + p.target.length + 1, 0);

describe("lossAndGradients", () => {
  it("lossAndGradients(model, pairs) returns the mean over target tokens (with <eos>) of −log p from the forward pass", () => {
    let nll = 0;
    for (const pair of PAIRS) {
      const src = pair.source.map((id) => model.source.vocab[id]).join(" ");
      const trace = forward(model, src, { target: pair.target });
      for (const step of trace.steps) if (step.kind === "decoder") nll -= Math.log(step.p[step.y]!);
    }
    const { loss, tokens } = lossAndGradients(model, PAIRS);
    expect(tokens).toBe(tokensOf(PAIRS));
    expect(loss).toBeCloseTo(nll / tokens, 13);
  });

  it("lossAndGradients(model, pairs, { reduction: 'sentence' }) returns the mean per sentence, tokens/pairs times the token mean", () => {
    const byToken = lossAndGradients(model, PAIRS);
    const bySentence = lossAndGradients(model, PAIRS, { reduction: "sentence" });
    const k = tokensOf(PAIRS) / PAIRS.length;
    expect(bySentence.loss).toBeCloseTo(byToken.loss * k, 13);
    const path = "decoder.weights.W_f";
    bySentence.grads[path]!.forEach((g, i) => expect(g).toBeCloseTo(byToken.grads[path]![i]! * k, 13));
  });

  it("lossAndGradients(model, pairs) of a batch is the token-weighted mean of each pair's loss and gradients", () => {
    const whole = lossAndGradients(model, PAIRS);
    const parts = PAIRS.map((p) => lossAndGradients(model, [p]));
    const total = tokensOf(PAIRS);
    expect(whole.loss).toBeCloseTo(parts.reduce((s, r) => s + r.loss * r.tokens, 0) / total, 13);
    for (const { path } of paramShapes(model)) {
      whole.grads[path]!.forEach((g, i) => expect(g).toBeCloseTo(parts.reduce((s, r) => s + r.grads[path]![i]! * r.tokens, 0) / total, 13));
    }
  });

  it("lossAndGradients(model, pairs) returns one gradient per paramShapes path with the parameter's size", () => {
    const { grads } = lossAndGradients(model, PAIRS);
    const shapes = paramShapes(model);
    expect(Object.keys(grads).sort()).toEqual(shapes.map((s) => s.path).sort());
    for (const s of shapes) expect(grads[s.path]!.length).toBe(s.rows * (s.cols ?? 1));
  });

  it("lossAndGradients(model, pairs) leaves the model unchanged and equals lossOf(model, pairs)", () => {
    const before = paramValues(model);
    const { loss } = lossAndGradients(model, PAIRS);
    const after = paramValues(model);
    for (const path of Object.keys(before)) expect(Array.from(after[path]!)).toEqual(Array.from(before[path]!));
    expect(loss).toBe(lossOf(model, PAIRS));
  });

  it("lossAndGradients(model, pairs) gives zero gradient to embedding rows no pair reads", () => {
    const { grads } = lossAndGradients(model, [{ source: [3, 4], target: [3] }]);
    const src = grads["source.embeddings"]!;
    const d = model.source.embeddings.cols;
    expect(Array.from(src.subarray(5 * d, 6 * d))).toEqual([0, 0]);
    expect(Array.from(src.subarray(3 * d, 4 * d)).some((x) => x !== 0)).toBe(true);
  });

  it("lossAndGradients(model, pairs) throws a RangeError for an empty batch, an id outside the vocabulary or <eos> in a target", () => {
    expect(() => lossAndGradients(model, [])).toThrow(RangeError);
    expect(() => lossAndGradients(model, [{ source: [3, 99], target: [3] }])).toThrow(/source id 99/);
    expect(() => lossAndGradients(model, [{ source: [3], target: [1.5] }])).toThrow(/target id 1.5/);
    expect(() => lossAndGradients(model, [{ source: [3], target: [1, 3] }])).toThrow(/target id 1/);
    expect(() => lossAndGradients(model, [{ source: [], target: [3] }])).toThrow(RangeError);
  });
});
