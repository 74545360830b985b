// The decoding strategies: greedy is argmax p, sampling draws from softmax(z / τ) with a seeded
// generator, so a seed fixes the sentence and τ → 0 turns sampling into greedy decoding.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { argmax } from "../../src/core/activations.ts";
import { GREEDY, sameStrategy, strategyOf, tokenChooser, type DecodingStrategy } from "../../src/core/decoding.ts";
import { forward } from "../../src/core/forward.ts";
import { CELL_KINDS, DECODER_VARIANTS } from "../../src/core/model.ts";
import { randomModel } from "../helpers/randomModel.ts";

const sampling = (temperature: number, seed: number): DecodingStrategy => ({ kind: "sample", temperature, seed });
const logitsArb = fc.array(fc.double({ min: -20, max: 20, noNaN: true }), { minLength: 2, maxLength: 12 }).map((a) => Float64Array.from(a));
const modelArb = fc.record({ cell: fc.constantFrom(...CELL_KINDS), variant: fc.constantFrom(...DECODER_VARIANTS), seed: fc.integer({ min: 0, max: 500 }) });
const sentence = fc.array(fc.constantFrom("i", "love", "you", "me", "china"), { minLength: 1, maxLength: 5 }).map((w) => w.join(" "));

describe("tokenChooser(strategy)", () => {
  it("tokenChooser(GREEDY) picks argmax p and records no sampling distribution", () => {
    const choose = tokenChooser(GREEDY);
    const p = Float64Array.from([0.1, 0.7, 0.2]);
    expect(choose(Float64Array.from([0, 2, 1]), p)).toEqual({ y: 1 });
  });

  it("tokenChooser(sample) with the same seed draws the same tokens, step after step", () => {
    fc.assert(
      fc.property(fc.array(logitsArb, { minLength: 1, maxLength: 6 }), fc.double({ min: 0.05, max: 20, noNaN: true }), fc.integer(), (steps, T, seed) => {
        const a = tokenChooser(sampling(T, seed));
        const b = tokenChooser(sampling(T, seed));
        for (const z of steps) expect(a(z, z).y).toBe(b(z, z).y);
      }),
    );
  });

  it("tokenChooser(sample) records p at temperature τ, which sums to 1", () => {
    const z = Float64Array.from([2, 1, 0]);
    const { pSample } = tokenChooser(sampling(2, 1))(z, z);
    // The lesson's table: τ = 2 gives [0.506, 0.307, 0.186].
    expect(Array.from(pSample!, (p) => Number(p.toFixed(3)))).toEqual([0.506, 0.307, 0.186]);
    expect(pSample!.reduce((s, p) => s + p, 0)).toBeCloseTo(1, 14);
  });

  it("tokenChooser(sample) at τ → 0 chooses argmax p, whatever the seed", () => {
    fc.assert(
      fc.property(logitsArb, fc.integer(), (z, seed) => {
        const best = argmax(z);
        // A unique maximum by a margin: with a tie, τ → 0 splits the mass between the tied words.
        fc.pre(Array.from(z).every((x, k) => k === best || x < z[best]! - 1e-3));
        expect(tokenChooser(sampling(1e-6, seed))(z, z).y).toBe(best);
      }),
    );
  });

  it("tokenChooser(sample) refuses a temperature that is not above 0", () => {
    for (const T of [0, -1, Number.NaN]) expect(() => tokenChooser(sampling(T, 1))).toThrow(RangeError);
  });
});

describe("strategyOf(options) and sameStrategy(a, b)", () => {
  it("strategyOf(a model file's options) gives greedy or sampling with its temperature and seed", () => {
    expect(strategyOf({ strategy: "greedy", temperature: 3, seed: 9 })).toEqual(GREEDY);
    expect(strategyOf({ strategy: "sample", temperature: 0.8, seed: 3 })).toEqual(sampling(0.8, 3));
  });

  it("sameStrategy compares kinds and, when sampling, temperature and seed", () => {
    expect(sameStrategy(GREEDY, { kind: "greedy" })).toBe(true);
    expect(sameStrategy(sampling(1, 2), sampling(1, 2))).toBe(true);
    expect(sameStrategy(sampling(1, 2), sampling(1, 3))).toBe(false);
    expect(sameStrategy(sampling(1, 2), GREEDY)).toBe(false);
  });
});

describe("forward(model, input, { strategy })", () => {
  it("forward with the same sampling seed writes the same sentence, and records its strategy", () => {
    fc.assert(
      fc.property(modelArb, sentence, fc.integer({ min: 0, max: 1000 }), (cfg, input, seed) => {
        const model = randomModel({ ...cfg, scale: 2 });
        const strategy = sampling(1.5, seed);
        const a = forward(model, input, { strategy });
        expect(forward(model, input, { strategy }).output).toEqual(a.output);
        expect(a.strategy).toEqual(strategy);
      }),
      { numRuns: 40 },
    );
  });

  it("forward with sampling at a tiny temperature writes the greedy sentence", () => {
    fc.assert(
      fc.property(modelArb, sentence, fc.integer({ min: 0, max: 1000 }), (cfg, input, seed) => {
        const model = randomModel({ ...cfg, scale: 2 });
        const greedy = forward(model, input, { strategy: GREEDY });
        const cold = forward(model, input, { strategy: sampling(1e-9, seed) });
        expect(cold.output.ids).toEqual(greedy.output.ids);
      }),
      { numRuns: 40 },
    );
  });

  it("forward with a strategy overrides the model file's decoding options, and without one follows them", () => {
    const model = { ...randomModel({ scale: 2, seed: 11 }), decoding: { strategy: "sample" as const, temperature: 2, seed: 4, maxLength: 8 } };
    expect(forward(model, "i love you").strategy).toEqual(sampling(2, 4));
    expect(forward(model, "i love you", { strategy: GREEDY }).strategy).toEqual(GREEDY);
    const steps = forward(model, "i love you", { strategy: GREEDY }).steps.flatMap((s) => (s.kind === "decoder" ? [s] : []));
    expect(steps.every((s) => s.pSample === undefined && s.y === argmax(s.p))).toBe(true);
  });
});
