// Top-k and nucleus (top-p) sampling: the kept set, the renormalised distribution, draws that never
// leave the set, and frequencies over many seeded draws that match the probabilities (chi-square).
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { samplingDistribution, sameStrategy, tokenChooser, type SamplingDecoding } from "../../src/core/decoding.ts";
import { forward } from "../../src/core/forward.ts";
import { topK, topKSet, topP, topPSet } from "../../src/core/truncation.ts";
import { softmax } from "../../src/core/activations.ts";
import { randomModel } from "../helpers/randomModel.ts";

const logitsArb = fc.array(fc.double({ min: -8, max: 8, noNaN: true }), { minLength: 2, maxLength: 10 }).map((a) => Float64Array.from(a));
const P = (...xs: number[]) => Float64Array.from(xs);

/** Pearson's χ² of the counts against N draws from p (tokens with p = 0 must have count 0). */
function chiSquare(counts: readonly number[], p: ArrayLike<number>, N: number): number {
  let chi = 0;
  for (let i = 0; i < counts.length; i++) if (p[i]! > 0) chi += (counts[i]! - N * p[i]!) ** 2 / (N * p[i]!);
  return chi;
}

/** Counts of N draws, one fresh chooser step each, all from one seeded chooser. */
function draw(strategy: SamplingDecoding, logits: Float64Array, N: number): number[] {
  const choose = tokenChooser(strategy);
  const counts = new Array<number>(logits.length).fill(0);
  for (let n = 0; n < N; n++) counts[choose(logits, logits).y]! += 1;
  return counts;
}

describe("topKSet, topPSet, topK and topP", () => {
  it("topKSet(p, k) keeps the k largest, equal p ranked by the lower id", () => {
    expect(topKSet(P(0.1, 0.4, 0.2, 0.3), 2)).toEqual([1, 3]);
    expect(topKSet(P(0.25, 0.25, 0.25, 0.25), 3)).toEqual([0, 1, 2]);
    expect(topKSet(P(0.5, 0.5), 9)).toEqual([0, 1]);
  });

  it("topPSet(p, P) keeps the shortest ranked prefix with mass ≥ P, and P = 1 keeps every token", () => {
    expect(topPSet(P(0.1, 0.5, 0.15, 0.25), 0.5)).toEqual([1]);
    expect(topPSet(P(0.1, 0.5, 0.15, 0.25), 0.7)).toEqual([1, 3]);
    expect(topPSet(P(0.1, 0.5, 0.15, 0.25), 0.76)).toEqual([1, 3, 2]);
    expect(topPSet(P(0, 0.5, 0.5), 1)).toEqual([1, 2, 0]);
  });

  it("topK and topP renormalise what they keep: p̃ = p / mass, 0 elsewhere", () => {
    expect(Array.from(topK(P(0.1, 0.4, 0.2, 0.3), 2))).toEqual([0, 0.4 / 0.7, 0, 0.3 / 0.7]);
    expect(Array.from(topP(P(0.1, 0.5, 0.15, 0.25), 0.7))).toEqual([0, 0.5 / 0.75, 0, 0.25 / 0.75]);
  });

  it("topKSet and topPSet refuse k < 1 or fractional and P outside (0, 1]", () => {
    for (const k of [0, -1, 1.5, Number.NaN]) expect(() => topKSet(P(1), k)).toThrow(RangeError);
    for (const p of [0, -0.1, 1.01, Number.NaN]) expect(() => topPSet(P(1), p)).toThrow(RangeError);
    expect(() => topPSet(P(1), 0)).toThrow("top-p: expected a number in (0, 1], got 0");
  });
});

describe("tokenChooser(top-k | top-p)", () => {
  it("tokenChooser(top-k) never draws a token outside the k most likely under softmax(z / τ)", () => {
    fc.assert(
      fc.property(logitsArb, fc.integer({ min: 1, max: 4 }), fc.double({ min: 0.2, max: 5, noNaN: true }), fc.integer(), (z, k, temperature, seed) => {
        const allowed = new Set(topKSet(softmax(z.map((x) => x / temperature)), k));
        const choose = tokenChooser({ kind: "top-k", k, temperature, seed });
        for (let n = 0; n < 30; n++) expect(allowed.has(choose(z, z).y)).toBe(true);
      }),
    );
  });

  it("tokenChooser(top-p) never draws a token outside the nucleus under softmax(z / τ)", () => {
    fc.assert(
      fc.property(logitsArb, fc.double({ min: 0.05, max: 1, noNaN: true }), fc.double({ min: 0.2, max: 5, noNaN: true }), fc.integer(), (z, p, temperature, seed) => {
        const allowed = new Set(topPSet(softmax(z.map((x) => x / temperature)), p));
        const choose = tokenChooser({ kind: "top-p", p, temperature, seed });
        for (let n = 0; n < 30; n++) expect(allowed.has(choose(z, z).y)).toBe(true);
      }),
    );
  });

  it("tokenChooser draws the same tokens again with the same seed, for every sampling kind", () => {
    const z = P(1.2, 0.3, -0.5, 0.9, 0.1);
    for (const s of [{ kind: "sample", temperature: 0.9, seed: 4 }, { kind: "top-k", k: 3, temperature: 1.3, seed: 4 }, { kind: "top-p", p: 0.8, temperature: 1, seed: 4 }] as const) {
      expect(draw(s, z, 200)).toEqual(draw(s, z, 200));
      expect(draw(s, z, 200)).not.toEqual(draw({ ...s, seed: 5 }, z, 200));
    }
  });

  it("tokenChooser's frequencies over 20 000 seeded draws match the distribution it draws from (χ² below the 0.1 % point)", () => {
    const z = P(1.5, 0.2, -0.4, 0.8, 0.0, -1.0);
    // χ² critical values at 0.1 % by degrees of freedom (kept tokens − 1).
    const CRITICAL: Record<number, number> = { 2: 13.82, 3: 16.27, 5: 20.52 };
    const cases: [SamplingDecoding, number][] = [
      [{ kind: "sample", temperature: 1, seed: 1 }, 5],
      [{ kind: "sample", temperature: 2.5, seed: 2 }, 5],
      [{ kind: "top-k", k: 3, temperature: 1, seed: 3 }, 2],
      [{ kind: "top-p", p: 0.8, temperature: 1, seed: 4 }, 3],
    ];
    const N = 20_000;
    for (const [strategy, df] of cases) {
      const p = samplingDistribution(strategy, z);
      const counts = draw(strategy, z, N);
      counts.forEach((c, i) => p[i] === 0 && expect(c).toBe(0));
      expect(p.filter((x) => x > 0).length - 1, strategy.kind).toBe(df);
      expect(chiSquare(counts, p, N), JSON.stringify(strategy)).toBeLessThan(CRITICAL[df]!);
    }
  });

  it("tokenChooser's χ² rejects frequencies drawn from the wrong distribution (the test has power)", () => {
    const z = P(1.5, 0.2, -0.4, 0.8, 0.0, -1.0);
    const counts = draw({ kind: "sample", temperature: 1.3, seed: 1 }, z, 20_000);
    expect(chiSquare(counts, samplingDistribution({ kind: "sample", temperature: 1, seed: 1 }, z), 20_000)).toBeGreaterThan(20.52);
  });

  it("sameStrategy compares every parameter of top-k and top-p", () => {
    expect(sameStrategy({ kind: "top-k", k: 2, temperature: 1, seed: 1 }, { kind: "top-k", k: 2, temperature: 1, seed: 1 })).toBe(true);
    expect(sameStrategy({ kind: "top-k", k: 2, temperature: 1, seed: 1 }, { kind: "top-k", k: 3, temperature: 1, seed: 1 })).toBe(false);
    expect(sameStrategy({ kind: "top-p", p: 0.9, temperature: 1, seed: 1 }, { kind: "top-p", p: 0.8, temperature: 1, seed: 1 })).toBe(false);
  });

  it("forward with top-k sampling records the truncated distribution each token was drawn from", () => {
    const model = randomModel({ seed: 9, scale: 2 });
    const trace = forward(model, "i love you", { strategy: { kind: "top-k", k: 2, temperature: 1, seed: 7 } });
    for (const step of trace.steps) {
      if (step.kind !== "decoder") continue;
      expect(step.pSample!.filter((x) => x > 0)).toHaveLength(2);
      expect(step.pSample![step.y]).toBeGreaterThan(0);
    }
  });
});
