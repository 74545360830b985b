import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { layerNorm } from "../../../src/core/transformer/layernorm.ts";
import { addNorm } from "../../../src/core/transformer/addnorm.ts";
import { LAYER_NORM_EPSILON } from "../../../src/core/transformer/types.ts";
import { M, arbMat, expectMat } from "./helpers.ts";

const unit = (d: number) => ({ gamma: new Float64Array(d).fill(1), beta: new Float64Array(d) });

function rowMoments(data: Float64Array, i: number, d: number): { mean: number; variance: number } {
  const r = Array.from(data.subarray(i * d, (i + 1) * d));
  const mean = r.reduce((s, x) => s + x, 0) / d;
  return { mean, variance: r.reduce((s, x) => s + (x - mean) ** 2, 0) / d };
}

describe("layer normalisation", () => {
  it("layerNorm(x, {gamma, beta}) matches the hand-computed 2-dimension case with ε = 1e-5", () => {
    // x = [1, 3]: μ = 2, σ² = ((−1)² + 1²) / 2 = 1, x̂ = [−1, 1] / √(1 + 1e-5).
    // γ = [2, 1], β = [0.5, 0]: y = [0.5 − 2/√1.00001, 1/√1.00001] = [−1.4999900000749995, 0.9999950000374997].
    // Second row x = [4, 4]: σ² = 0, x̂ = 0, y = β = [0.5, 0].
    const rec = layerNorm(
      M([
        [1, 3],
        [4, 4],
      ]),
      { gamma: Float64Array.of(2, 1), beta: Float64Array.of(0.5, 0) },
    );
    expect(rec.epsilon).toBe(LAYER_NORM_EPSILON);
    expect(LAYER_NORM_EPSILON).toBe(1e-5);
    expect(Array.from(rec.mean)).toEqual([2, 4]);
    expect(Array.from(rec.variance)).toEqual([1, 0]);
    expectMat(rec.output, [
      [-1.4999900000749995, 0.9999950000374997],
      [0.5, 0],
    ]);
  });

  it("layerNorm(x, unit gain) gives every row mean 0 and variance σ²/(σ² + ε) ≈ 1", () => {
    const arb = fc.record({ T: fc.integer({ min: 1, max: 4 }), d: fc.integer({ min: 2, max: 8 }) }).chain(({ T, d }) => arbMat(T, d, 1000));
    fc.assert(
      fc.property(arb, (x) => {
        const rec = layerNorm(x, unit(x.cols));
        for (let i = 0; i < x.rows; i++) {
          const v = rec.variance[i]!;
          const out = rowMoments(rec.output.data, i, x.cols);
          expect(Math.abs(out.mean)).toBeLessThanOrEqual(1e-9);
          // Exactly: Var(x̂) = σ² / (σ² + ε), which is 1 up to ε/σ² for rows that are not constant.
          expect(Math.abs(out.variance - v / (v + LAYER_NORM_EPSILON))).toBeLessThanOrEqual(1e-9);
          if (v > 1) expect(Math.abs(out.variance - 1)).toBeLessThanOrEqual(1e-5);
        }
      }),
    );
  });

  it("layerNorm(x) of rows near ±1e300 stays finite with mean 0 and variance 1", () => {
    const x = M([
      [1e300, -1e300, 3e300, 0],
      [1.7e308, -1.7e308, 1.7e308, -1.7e308],
    ]);
    const rec = layerNorm(x, unit(4));
    expect(Array.from(rec.output.data).every(Number.isFinite)).toBe(true);
    expect(rec.variance[0]).toBe(Infinity);
    for (let i = 0; i < 2; i++) {
      const out = rowMoments(rec.output.data, i, 4);
      expect(Math.abs(out.mean)).toBeLessThanOrEqual(1e-12);
      expect(Math.abs(out.variance - 1)).toBeLessThanOrEqual(1e-12);
    }
    // Row 1 is (1, −1, 3, 0)·1e300: μ = 0.75e300, x̂ = (x − μ)/σ with σ² = (0.0625 + 3.0625 + 5.0625 + 0.5625)/4 · 1e600 = 2.1875e600.
    const sd = Math.sqrt(2.1875);
    expectMat({ rows: 1, cols: 4, data: rec.output.data.subarray(0, 4) }, [[0.25 / sd, -1.75 / sd, 2.25 / sd, -0.75 / sd]]);
  });

  it("addNorm(x, sublayer, p) is layerNorm(x + sublayer): the residual sum is kept", () => {
    // x + sublayer = [[1, 3]]; the rest as in the hand case above with unit gain.
    const rec = addNorm(M([[1, 1]]), M([[0, 2]]), unit(2));
    expectMat(rec.sum, [[1, 3]]);
    expectMat(rec.output, [[-1 / Math.sqrt(1.00001), 1 / Math.sqrt(1.00001)]]);
  });
});
