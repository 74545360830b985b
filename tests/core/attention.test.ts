import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { attend, scores } from "../../src/core/attention/index.ts";
import { matFromRows, vec } from "../../src/core/tensor.ts";
import type { ScoreKind } from "../../src/core/model.ts";

const q = vec([1, 2]);
const H = [vec([1, 0]), vec([0, 1]), vec([1, 1])];
const weights = {
  W_a: matFromRows([[1, 0], [0, 2]]),
  W_s: matFromRows([[1, 0]]),
  W_h: matFromRows([[0, 1]]),
  v: vec([2]),
};

describe("attention scores on hand-computed states", () => {
  it("scores(dot) gives q·h_j = [1, 2, 3]", () => {
    expect(Array.from(scores({ score: "dot", weights }, q, H).e)).toEqual([1, 2, 3]);
  });

  it("scores(scaled) divides q·h_j by √n = √2", () => {
    const e = scores({ score: "scaled", weights }, q, H).e;
    expect(Array.from(e)).toEqual([1 / Math.SQRT2, 2 / Math.SQRT2, 3 / Math.SQRT2].map((x) => x));
  });

  it("scores(general) gives qᵀ W_a h_j = [1, 4, 5] with W_a = diag(1, 2)", () => {
    expect(Array.from(scores({ score: "general", weights }, q, H).e)).toEqual([1, 4, 5]);
  });

  it("scores(additive) gives vᵀ tanh(W_s q + W_h h_j) = 2·tanh(1 + h_j2)", () => {
    const { e, u } = scores({ score: "additive", weights }, q, H);
    expect(Array.from(e)).toEqual([2 * Math.tanh(1), 2 * Math.tanh(2), 2 * Math.tanh(2)]);
    expect(u!.map((x) => x[0])).toEqual([Math.tanh(1), Math.tanh(2), Math.tanh(2)]);
  });

  it("scores(additive with b_s, b_h, b_v) gives vᵀ tanh(W_s q + b_s + W_h h_j + b_h) + b_v = 2·tanh(1.5 + h_j2) + 3", () => {
    const biased = { ...weights, b_s: vec([0.25]), b_h: vec([0.25]), b_v: vec([3]) };
    const { e, u } = scores({ score: "additive", weights: biased }, q, H);
    expect(Array.from(e)).toEqual([2 * Math.tanh(1.5) + 3, 2 * Math.tanh(2.5) + 3, 2 * Math.tanh(2.5) + 3]);
    expect(u!.map((x) => x[0])).toEqual([Math.tanh(1.5), Math.tanh(2.5), Math.tanh(2.5)]);
  });

  it("attend(additive with biases) marks its record biased and keeps the weights of b_v = 0, as softmax ignores a common shift", () => {
    const zero = { ...weights, b_s: vec([0]), b_h: vec([0]), b_v: vec([0]) };
    const shifted = { ...zero, b_v: vec([40]) };
    const plain = attend({ score: "additive", query: "previous", weights }, q, H);
    const a = attend({ score: "additive", query: "previous", weights: zero }, q, H);
    const b = attend({ score: "additive", query: "previous", weights: shifted }, q, H);
    expect([plain.biased, a.biased]).toEqual([undefined, true]);
    expect(Array.from(a.e)).toEqual(Array.from(plain.e));
    expect(Array.from(b.e).map((x, j) => x - a.e[j]!)).toEqual([40, 40, 40]);
    for (let j = 0; j < H.length; j++) expect(b.alpha[j]).toBeCloseTo(a.alpha[j]!, 14);
  });
});

describe("attention invariants", () => {
  const kinds: ScoreKind[] = ["dot", "scaled", "general", "additive"];
  const small = fc.double({ min: -5, max: 5, noNaN: true });

  it("attend(spec, q, H) gives weights in [0, 1] that sum to 1 and a context inside the states' range, for every score", () => {
    fc.assert(
      fc.property(fc.constantFrom(...kinds), fc.integer({ min: 1, max: 6 }), fc.array(small, { minLength: 40, maxLength: 40 }), (kind, T, pool) => {
        const at = (k: number) => pool[k % pool.length]!;
        const Hs = Array.from({ length: T }, (_, j) => vec([at(2 * j), at(2 * j + 1)]));
        const rec = attend({ score: kind, query: "previous", weights }, vec([at(30), at(31)]), Hs);
        expect(Math.abs(rec.alpha.reduce((a, b) => a + b, 0) - 1)).toBeLessThan(1e-12);
        for (const a of rec.alpha) expect(a >= 0 && a <= 1).toBe(true);
        for (let k = 0; k < 2; k++) {
          const vals = Hs.map((h) => h[k]!);
          expect(rec.c[k]! >= Math.min(...vals) - 1e-12 && rec.c[k]! <= Math.max(...vals) + 1e-12).toBe(true);
        }
      }),
    );
  });

  it("attend(spec, q, H) never writes to q or H", () => {
    const qq = vec([1, 2]);
    const HH = H.map((h) => vec(h));
    for (const kind of kinds) attend({ score: kind, query: "current", weights }, qq, HH);
    expect(Array.from(qq)).toEqual([1, 2]);
    expect(HH.map((h) => Array.from(h))).toEqual(H.map((h) => Array.from(h)));
  });
});
