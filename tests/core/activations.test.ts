import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { argmax, logSoftmax, sigmoid, softmax, tanh } from "../../src/core/activations.ts";

const finite = fc.double({ min: -1e308, max: 1e308, noNaN: true });

describe("activations", () => {
  it("sigmoid(x) is exact at 0 and saturates to exactly 0 and 1 at ±1e308 without overflow", () => {
    expect(sigmoid(0)).toBe(0.5);
    expect(sigmoid(1e308)).toBe(1);
    expect(sigmoid(-1e308)).toBe(0);
    expect(sigmoid(-745)).toBeGreaterThan(0);
    expect(sigmoid(2)).toBeCloseTo(1 / (1 + Math.exp(-2)), 15);
    expect(sigmoid(-2)).toBeCloseTo(1 - sigmoid(2), 15);
  });

  it("tanh(x) stays in [−1, 1] for every finite x", () => {
    fc.assert(fc.property(finite, (x) => Math.abs(tanh(x)) <= 1));
  });

  it("softmax(z) returns finite weights in [0, 1] that sum to 1 for any finite z", () => {
    fc.assert(
      fc.property(fc.array(finite, { minLength: 1, maxLength: 12 }), (z) => {
        const p = softmax(z);
        const sum = p.reduce((a, b) => a + b, 0);
        expect(Math.abs(sum - 1)).toBeLessThan(1e-12);
        for (const v of p) expect(v >= 0 && v <= 1).toBe(true);
      }),
    );
  });

  it("softmax(z) is shift-invariant and exact on [1.5, 2]", () => {
    const p = softmax([1.5, 2]);
    expect(p[0]).toBeCloseTo(1 / (1 + Math.exp(0.5)), 15);
    const q = softmax([1001.5, 1002]);
    expect(Math.abs(q[0]! - p[0]!)).toBeLessThan(1e-15);
  });

  it("softmax(z) gives [1, 0] on [1e308, −1e308] and splits the mass among +∞ entries", () => {
    expect(Array.from(softmax([1e308, -1e308]))).toEqual([1, 0]);
    expect(Array.from(softmax([Infinity, 0, Infinity]))).toEqual([0.5, 0, 0.5]);
    expect(Array.from(softmax([0, -Infinity]))).toEqual([1, 0]);
  });

  it("softmax(z) refuses a vector whose every entry is −∞", () => {
    expect(() => softmax([-Infinity, -Infinity])).toThrow(/all masked/);
  });

  it("logSoftmax(z) equals log(softmax(z)) and stays finite for inputs up to ±1e308", () => {
    const z = [0.3, -1.2, 2.5];
    const l = logSoftmax(z);
    const p = softmax(z);
    for (let i = 0; i < 3; i++) expect(l[i]).toBeCloseTo(Math.log(p[i]!), 14);
    fc.assert(
      fc.property(fc.array(finite, { minLength: 1, maxLength: 8 }), (zs) => {
        for (const v of logSoftmax(zs)) expect(Number.isFinite(v) && v <= 0).toBe(true);
      }),
    );
    expect(logSoftmax([1e308, -1e308])[1]).toBe(-Number.MAX_VALUE);
  });

  it("argmax(v) returns the first index of the largest entry", () => {
    expect(argmax([0.1, 0.7, 0.7, 0.2])).toBe(1);
    expect(argmax([-3])).toBe(0);
  });
});
