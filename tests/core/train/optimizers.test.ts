// optimizerStep for SGD with momentum and Adam: hand-computed first steps, no mutation of inputs,
// and a falling loss on a tiny translation problem; clipGradients bounds the norm.

import { describe, expect, it } from "vitest";
import { adam, clipGradients, gradNorm, initOptimizer, optimizerStep } from "../../../src/core/train/index.ts";
import { lossAndGradients } from "../../../src/core/grad/index.ts";
import { initTraining, recurrentLearner, trainStep } from "../../../src/core/train/index.ts";
import { PAIRS, randomModel } from "../grad/gradcheck.ts";

const params = { w: Float64Array.from([1, -2]) };
const grads = { w: Float64Array.from([0.5, -1]) };

describe("optimizerStep", () => {
  it("optimizerStep(params, grads, sgd state) moves θ by −η v with v = μ v + g, step after step", () => {
    const s0 = initOptimizer({ kind: "sgd", learningRate: 0.1, momentum: 0.9 }, params);
    const one = optimizerStep(params, grads, s0);
    expect(Array.from(one.params.w!)).toEqual([1 - 0.1 * 0.5, -2 + 0.1 * 1]);
    const two = optimizerStep(one.params, grads, one.state);
    // v₂ = 0.9 · 0.5 + 0.5 = 0.95
    expect(two.params.w![0]).toBeCloseTo(1 - 0.05 - 0.1 * 0.95, 15);
    expect(two.state.t).toBe(2);
  });

  it("optimizerStep(params, grads, adam state) takes a first step of exactly η against the gradient's sign", () => {
    const s0 = initOptimizer(adam(0.01), params);
    const { params: next, state } = optimizerStep(params, grads, s0);
    // m̂ = g, v̂ = g², so the step is η g / (|g| + ε).
    expect(next.w![0]).toBeCloseTo(1 - 0.01, 9);
    expect(next.w![1]).toBeCloseTo(-2 + 0.01, 9);
    expect(state.m.w![0]).toBeCloseTo(0.05, 15); // (1 − β₁) g
    expect(state.v!.w![1]).toBeCloseTo(0.001, 15); // (1 − β₂) g²
  });

  it("optimizerStep(params, grads, state) returns new arrays and leaves its inputs unchanged", () => {
    const p = { w: Float64Array.from([1, -2]) };
    const g = { w: Float64Array.from([0.5, -1]) };
    const s0 = initOptimizer(adam(0.01), p);
    const r = optimizerStep(p, g, s0);
    expect(Array.from(p.w)).toEqual([1, -2]);
    expect(Array.from(g.w)).toEqual([0.5, -1]);
    expect(Array.from(s0.m.w!)).toEqual([0, 0]);
    expect(s0.t).toBe(0);
    expect(r.params.w).not.toBe(p.w);
  });

  it("initOptimizer(config, params) throws a RangeError for a learning rate that is not positive", () => {
    expect(() => initOptimizer({ kind: "sgd", learningRate: 0, momentum: 0 }, params)).toThrow(RangeError);
    expect(() => initOptimizer(adam(Number.NaN), params)).toThrow(RangeError);
  });

  for (const optimizer of [adam(0.05), { kind: "sgd", learningRate: 0.5, momentum: 0.9 } as const]) {
    it(`trainStep(recurrentLearner, state, batch) with ${optimizer.kind} lowers the loss of a tiny problem over 30 steps`, () => {
      const model = randomModel({
        encoder: { cell: "gru-reset-after", hidden: 3, bidirectional: false, context: "last" },
        decoder: { cell: "gru-reset-after", hidden: 3, variant: "attention", init: "context", attention: { score: "scaled", query: "previous" } },
      });
      let state = initTraining(recurrentLearner, model, { seed: 1, batchSize: 2, optimizer, clipNorm: 5 });
      const first = lossAndGradients(model, PAIRS).loss;
      for (let i = 0; i < 30; i++) state = trainStep(recurrentLearner, state, PAIRS).state;
      const last = lossAndGradients(state.model, PAIRS).loss;
      expect(last).toBeLessThan(0.5 * first);
      expect(state.step).toBe(30);
    });
  }
});

describe("clipGradients", () => {
  const big = { a: Float64Array.from([3, 4]), b: Float64Array.from([12]) };

  it("clipGradients(grads, maxNorm) rescales a gradient of norm 13 to norm maxNorm, keeping its direction", () => {
    const { grads: g, norm, clipped } = clipGradients(big, 1);
    expect(norm).toBe(13);
    expect(clipped).toBe(true);
    expect(gradNorm(g)).toBeCloseTo(1, 15);
    expect(g.a![0]! / g.b![0]!).toBeCloseTo(3 / 12, 15);
  });

  it("clipGradients(grads, maxNorm) leaves a gradient under the bound as it is, in new arrays", () => {
    const { grads: g, clipped } = clipGradients(big, 20);
    expect(clipped).toBe(false);
    expect(Array.from(g.a!)).toEqual([3, 4]);
    expect(g.a).not.toBe(big.a);
  });

  it("clipGradients(grads, maxNorm) bounds the norm of real model gradients for any bound", () => {
    const model = randomModel({ encoder: { cell: "rnn", hidden: 3, bidirectional: true, context: "mean" }, decoder: { cell: "rnn", hidden: 6, variant: "every-step", init: "context" } });
    const { grads: g } = lossAndGradients(model, PAIRS);
    for (const bound of [1e-3, 0.1, 1]) expect(gradNorm(clipGradients(g, bound).grads)).toBeLessThanOrEqual(bound * (1 + 1e-12));
  });

  it("clipGradients(grads, maxNorm) throws a RangeError for a bound that is not positive", () => {
    expect(() => clipGradients(big, 0)).toThrow(RangeError);
  });
});
