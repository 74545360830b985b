// Seed 003's worked example through the core's dot-product attention.
import { describe, expect, it } from "vitest";
import { attend } from "../../src/core/attention/index.ts";
import { matFromRows, matVec, vec } from "../../src/core/tensor.ts";

const W_enc = matFromRows([[1, 2], [3, 4]]);
const W_dec = matFromRows([[1, -1], [0, 1]]);
const h1 = matVec(W_enc, vec([1, 0]));
const h2 = matVec(W_enc, vec([0, 1]));
const s1 = matVec(W_dec, vec([0.5, 0.5]));
const rec = attend({ score: "dot", query: "current", weights: {} }, s1, [h1, h2]);

describe("seed 003's worked example", () => {
  it("matVec(W_enc, x_j) gives h_1 = [1, 3] and h_2 = [2, 4], and s_1 = W_dec y_0 = [0, 0.5]", () => {
    expect(Array.from(h1)).toEqual([1, 3]);
    expect(Array.from(h2)).toEqual([2, 4]);
    expect(Array.from(s1)).toEqual([0, 0.5]);
  });

  it("attend(dot, s_1, H) scores 1.5 and 2", () => {
    expect(Array.from(rec.e)).toEqual([1.5, 2]);
  });

  it("attend(dot, s_1, H) gives α = [1/(1+e^0.5), 1/(1+e^-0.5)] to 1e-12", () => {
    // e^{1.5}/(e^{1.5}+e^2) = 1/(1 + e^{0.5}) = 0.377540668798145…
    expect(rec.alpha[0]).toBeCloseTo(0.3775406687981454, 12);
    expect(rec.alpha[1]).toBeCloseTo(0.6224593312018546, 12);
    expect(Math.abs(rec.alpha[0]! - 1 / (1 + Math.exp(0.5)))).toBeLessThan(1e-12);
  });

  it("attend(dot, s_1, H) gives c = [1 + α_2, 3 + α_2] = [1.6224…, 3.6224…] to 1e-12", () => {
    expect(Math.abs(rec.c[0]! - 1.6224593312018545)).toBeLessThan(1e-12);
    expect(Math.abs(rec.c[1]! - 3.6224593312018545)).toBeLessThan(1e-12);
  });

  it("attend(dot, s_1, H) rounds to the printed α ≈ [0.38, 0.62] and c = [1.62, 3.62]", () => {
    expect(Array.from(rec.alpha, (a) => a.toFixed(2))).toEqual(["0.38", "0.62"]);
    expect(Array.from(rec.c, (a) => a.toFixed(2))).toEqual(["1.62", "3.62"]);
    // To four places the true context is [1.6225, 3.6225], not 0.38·h_1 + 0.62·h_2 = [1.62, 3.62].
    expect(Array.from(rec.c, (a) => a.toFixed(4))).toEqual(["1.6225", "3.6225"]);
  });
});
