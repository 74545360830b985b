// The worked 2-token example of docs/transformer.md, number for number.
import { describe, expect, it } from "vitest";
import { addNorm } from "../../../src/core/transformer/addnorm.ts";
import { encoderSelfAttention, maskedSelfAttention } from "../../../src/core/transformer/multihead.ts";
import { M, expectMat } from "./helpers.ts";

// X = [[1, 0], [0, 2]] (two tokens, d_model = 2, one head so d_k = 2).
// W^Q = I, W^K swaps the columns, W^V = [[1, 1], [0, 2]], W^O = I.
// Q = X; K = X W^K = [[0, 1], [2, 0]]; V = X W^V = [[1, 1], [0, 4]].
// Q Kᵀ = [[0, 2], [2, 0]], scores = Q Kᵀ / √2 = [[0, √2], [√2, 0]].
// s = σ(√2) = 0.8044296825069569 (python3: 1 / (1 + math.exp(-math.sqrt(2)))).
// weights = [[1 − s, s], [s, 1 − s]]; output = weights V = [[1 − s, 1 + 3s], [s, 4 − 3s]].
const X = M([
  [1, 0],
  [0, 2],
]);
const I = M([
  [1, 0],
  [0, 1],
]);
const p = {
  W_Q: I,
  W_K: M([
    [0, 1],
    [1, 0],
  ]),
  W_V: M([
    [1, 1],
    [0, 2],
  ]),
  W_O: I,
};
const s = 0.8044296825069569;

describe("the worked example of docs/transformer.md", () => {
  it("encoderSelfAttention(p, 1, X) gives the documented Q, K, V, scores, weights and output", () => {
    const rec = encoderSelfAttention(p, 1, X);
    const head = rec.heads[0]!;
    expectMat(head.Q, [
      [1, 0],
      [0, 2],
    ]);
    expectMat(head.K, [
      [0, 1],
      [2, 0],
    ]);
    expectMat(head.V, [
      [1, 1],
      [0, 4],
    ]);
    expectMat(head.scores, [
      [0, Math.SQRT2],
      [Math.SQRT2, 0],
    ]);
    expectMat(head.weights, [
      [1 - s, s],
      [s, 1 - s],
    ]);
    expectMat(rec.output, [
      [0.1955703174930431, 3.4132890475208706],
      [0.8044296825069569, 1.5867109524791294],
    ]);
  });

  it("maskedSelfAttention(p, 1, X) lets token 1 read only itself: output row 1 = v_1 = [1, 1]", () => {
    const rec = maskedSelfAttention(p, 1, X);
    expectMat(rec.heads[0]!.weights, [
      [1, 0],
      [s, 1 - s],
    ]);
    expectMat(rec.output, [
      [1, 1],
      [0.8044296825069569, 1.5867109524791294],
    ]);
  });

  it("addNorm(X, attention output, unit γ) gives the documented residual sums, means, variances and outputs", () => {
    // Row 1: sum = [1 + (1 − s), 0 + (1 + 3s)] = [1.195570317493043, 3.4132890475208706],
    //   μ = 2.3044296825069566, σ² = 1.22956909137906, y = ±1.10886 / √(σ² + 1e-5) = [−0.9999959335595398, 0.9999959335595402].
    // Row 2: sum = [0.8044296825069569, 3.5867109524791294], μ = 2.195570317493043,
    //   σ² = 1.9352722663094912, y = [−0.9999974163942148, 0.999997416394215].
    const att = encoderSelfAttention(p, 1, X);
    const rec = addNorm(X, att.output, { gamma: Float64Array.of(1, 1), beta: Float64Array.of(0, 0) });
    expectMat(rec.sum, [
      [1.195570317493043, 3.4132890475208706],
      [0.8044296825069569, 3.5867109524791294],
    ]);
    expect(Math.abs(rec.norm.mean[0]! - 2.3044296825069566)).toBeLessThanOrEqual(1e-12);
    expect(Math.abs(rec.norm.variance[0]! - 1.22956909137906)).toBeLessThanOrEqual(1e-12);
    expect(Math.abs(rec.norm.mean[1]! - 2.195570317493043)).toBeLessThanOrEqual(1e-12);
    expect(Math.abs(rec.norm.variance[1]! - 1.9352722663094912)).toBeLessThanOrEqual(1e-12);
    expectMat(rec.output, [
      [-0.9999959335595398, 0.9999959335595402],
      [-0.9999974163942148, 0.999997416394215],
    ]);
  });
});
