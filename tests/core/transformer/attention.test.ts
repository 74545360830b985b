import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { attention, causalMask } from "../../../src/core/transformer/attention.ts";
import { M, arbMat, expectMat } from "./helpers.ts";

// Hand case: Q = [[1, 0], [0, 1]], K = [[1, 1], [0, 1]], V = [[1, 2], [3, 4]], d_k = 2.
// Q Kᵀ = [[q1·k1, q1·k2], [q2·k1, q2·k2]] = [[1, 0], [1, 1]]; scores = Q Kᵀ / √2.
// Row 1: softmax([1/√2, 0]) = [σ(1/√2), 1 − σ(1/√2)], σ(1/√2) = 0.6697615493266569.
// Row 2: softmax([1/√2, 1/√2]) = [0.5, 0.5].
// Output row 1: w·[1, 2] + (1 − w)·[3, 4] = [3 − 2w, 4 − 2w] = [1.6604769013466862, 2.6604769013466862];
// output row 2: [2, 3].
const Q = M([
  [1, 0],
  [0, 1],
]);
const K = M([
  [1, 1],
  [0, 1],
]);
const V = M([
  [1, 2],
  [3, 4],
]);
const w = 0.6697615493266569;
const r = 1 / Math.sqrt(2);

describe("scaled dot-product attention", () => {
  it("attention(Q, K, V) matches the hand-computed 2-token, 2-dimension case", () => {
    const rec = attention(Q, K, V);
    expect(rec.d_k).toBe(2);
    expectMat(rec.scores, [
      [r, 0],
      [r, r],
    ]);
    expectMat(rec.mask, [
      [0, 0],
      [0, 0],
    ]);
    expectMat(rec.weights, [
      [w, 1 - w],
      [0.5, 0.5],
    ]);
    expectMat(rec.output, [
      [1.6604769013466862, 2.6604769013466862],
      [2, 3],
    ]);
  });

  it("attention(Q, K, V, causal) masks the hand case: token 1 sees only itself", () => {
    // Row 1: softmax([1/√2, −∞]) = [1, 0] → output [1, 2]; row 2 is unmasked and unchanged.
    const rec = attention(Q, K, V, true);
    expectMat(rec.mask, [
      [0, -Infinity],
      [0, 0],
    ]);
    expectMat(rec.weights, [
      [1, 0],
      [0.5, 0.5],
    ]);
    expectMat(rec.output, [
      [1, 2],
      [2, 3],
    ]);
  });

  it("causalMask(T, T) puts −∞ exactly above the diagonal and 0 elsewhere", () => {
    const mask = causalMask(3, 3);
    expect(Array.from(mask.data)).toEqual([0, -Infinity, -Infinity, 0, 0, -Infinity, 0, 0, 0]);
  });

  it("attention(Q, K, V, causal) gives exactly 0 weight above the diagonal", () => {
    const shape = fc.record({ T: fc.integer({ min: 1, max: 6 }), d: fc.integer({ min: 1, max: 4 }) });
    const arb = shape.chain(({ T, d }) => fc.tuple(arbMat(T, d, 50), arbMat(T, d, 50), arbMat(T, d, 50)));
    fc.assert(
      fc.property(arb, ([q, k, v]) => {
        const rec = attention(q, k, v, true);
        for (let i = 0; i < q.rows; i++) for (let j = i + 1; j < q.rows; j++) expect(rec.weights.data[i * q.rows + j]).toBe(0);
      }),
    );
  });

  it("attention(Q, K, V, causal?) gives weight rows that are distributions summing to 1", () => {
    const shape = fc.record({ Tq: fc.integer({ min: 1, max: 6 }), Tk: fc.integer({ min: 1, max: 6 }), d: fc.integer({ min: 1, max: 4 }), causal: fc.boolean() });
    const arb = shape.chain(({ Tq, Tk, d, causal }) => fc.tuple(arbMat(Tq, d, 100), arbMat(Tk, d, 100), arbMat(Tk, 2), fc.constant(causal)));
    fc.assert(
      fc.property(arb, ([q, k, v, causal]) => {
        const rec = attention(q, k, v, causal);
        expect([rec.weights.rows, rec.weights.cols]).toEqual([q.rows, k.rows]);
        for (let i = 0; i < q.rows; i++) {
          const rowW = Array.from(rec.weights.data.subarray(i * k.rows, (i + 1) * k.rows));
          rowW.forEach((x) => expect(x >= 0 && x <= 1).toBe(true));
          expect(Math.abs(rowW.reduce((s, x) => s + x, 0) - 1)).toBeLessThanOrEqual(1e-12);
        }
      }),
    );
  });

  it("attention(Q, K, V) with entries of ±1e300 keeps finite weights summing to 1 and finite output", () => {
    // Q Kᵀ overflows (1e600): the weights are then the limit of the softmax, all mass on the largest score.
    const big = M([
      [1e300, -1e300],
      [-1e300, 1e300],
    ]);
    const keys = M([
      [1e300, 0],
      [0, 1e300],
      [-1e300, -1e300],
    ]);
    const values = M([
      [1, 2],
      [3, 4],
      [5, 6],
    ]);
    for (const causal of [false, true]) {
      const rec = attention(big, keys, values, causal);
      expect(rec.scores.data[0]).toBe(Infinity);
      expect(Array.from(rec.weights.data).every(Number.isFinite)).toBe(true);
      expect(Array.from(rec.output.data).every(Number.isFinite)).toBe(true);
      for (let i = 0; i < 2; i++) expect(rec.weights.data[i * 3]! + rec.weights.data[i * 3 + 1]! + rec.weights.data[i * 3 + 2]!).toBeCloseTo(1, 12);
    }
    // Unmasked, row 1 scores ∝ [1, −1, 0] and row 2 ∝ [−1, 1, 0]: one-hot on the largest.
    expectMat(attention(big, keys, values).weights, [
      [1, 0, 0],
      [0, 1, 0],
    ]);
    // Causal, row 2 sees keys 1 and 2 only: still one-hot on key 2.
    expectMat(attention(big, keys, values, true).weights, [
      [1, 0, 0],
      [0, 1, 0],
    ]);
  });

  it("attention(Q, K, V) does not write to its inputs", () => {
    const before = [Q, K, V].map((m) => Array.from(m.data));
    attention(Q, K, V, true);
    expect([Q, K, V].map((m) => Array.from(m.data))).toEqual(before);
  });
});
