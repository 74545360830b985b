// Beam search: K = 1 is greedy decoding, a wide enough beam is exhaustive search, every candidate is
// recorded with its log P, its score log P / n^α and its status, and beam search is not a guarantee of
// beating greedy (a counterexample, found on a random model, is kept as a test).
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { beamScore, beamSearch, checkBeamOptions, type BeamResult } from "../../src/core/beam.ts";
import { forward } from "../../src/core/forward.ts";
import { CELL_KINDS, DECODER_VARIANTS } from "../../src/core/model.ts";
import { recurrentStepper, transformerStepper, type DecoderStepper } from "../../src/core/stepper.ts";
import { tokenize } from "../../src/core/tokenizer.ts";
import { transformerForward } from "../../src/core/transformer/forward.ts";
import { randomModel } from "../helpers/randomModel.ts";
import { tinyTransformer } from "../helpers/tinyTransformer.ts";

const TINY_TARGET = ["<sos>", "<eos>", "<unk>", "je"];

/** Every sequence the decoder can write within maxLength: ending in <eos>, or stopped at the limit. */
function enumerate<S>(stepper: DecoderStepper<S>, maxLength: number): { ids: number[]; logProb: number }[] {
  const out: { ids: number[]; logProb: number }[] = [];
  const walk = (state: S, ids: number[], logProb: number) => {
    if (ids.length === maxLength) return void out.push({ ids, logProb });
    const { logp, next } = stepper.step(state, ids.at(-1) ?? stepper.sos, ids.length + 1);
    logp.forEach((lp, y) => (y === stepper.eos ? out.push({ ids: [...ids, y], logProb: logProb + lp }) : walk(next, [...ids, y], logProb + lp)));
  };
  walk(stepper.start, [], 0);
  return out;
}

const key = (ids: readonly number[]) => ids.join(",");

function expectExhaustive<S>(make: () => DecoderStepper<S>, alpha: number) {
  const all = enumerate(make(), 3);
  // V = 4, limit 3: 1 + 3 + 9 sentences end in <eos>, 27 stop at the limit.
  expect(all).toHaveLength(40);
  const beam = beamSearch(make(), { width: all.length, alpha, maxLength: 3 });
  const found = new Map(beam.final.map((h) => [key(h.ids), h.logProb]));
  expect(found.size).toBe(all.length);
  for (const s of all) expect(found.get(key(s.ids))).toBeCloseTo(s.logProb, 12);
  const bestScore = Math.max(...all.map((s) => beamScore(s.logProb, s.ids.length, alpha)));
  expect(beam.best.score).toBeCloseTo(bestScore, 12);
  expect(beam.best.score).toBe(Math.max(...beam.final.map((h) => h.score)));
}

function greedyIds(output: { ids: readonly number[]; stop: "eos" | "limit" }, eos: number): number[] {
  return output.stop === "eos" ? [...output.ids, eos] : [...output.ids];
}

describe("beamSearch(stepper, { width: 1 })", () => {
  it("beamSearch with K = 1 writes greedy's sentence with greedy's log P, over every cell and decoder variant", () => {
    fc.assert(
      fc.property(fc.constantFrom(...CELL_KINDS), fc.constantFrom(...DECODER_VARIANTS), fc.integer({ min: 0, max: 300 }), fc.constantFrom("i love you", "me", "you love china"), (cell, variant, seed, input) => {
        const model = randomModel({ cell, variant, seed, scale: 2 });
        const greedy = forward(model, input).output;
        const beam = beamSearch(recurrentStepper(model, tokenize(input, model.source.vocab)), { width: 1, alpha: 0 });
        expect(beam.best.ids).toEqual(greedyIds(greedy, 1));
        expect(beam.best.logProb).toBe(greedy.logProb);
        expect(beam.best.stop).toBe(greedy.stop);
      }),
      { numRuns: 60 },
    );
  });

  it("beamSearch with K = 1 over the Transformer writes transformerForward's greedy sentence and log P", () => {
    for (let seed = 0; seed < 12; seed++) {
      const model = tinyTransformer(seed, { targetVocab: ["<sos>", "<eos>", "<unk>", "je", "tu", "aime"], maxLength: 6, scale: 1.5 });
      const greedy = transformerForward(model, "a b").output;
      const beam = beamSearch(transformerStepper(model, tokenize("a b", model.source.vocab)), { width: 1, alpha: 0 });
      expect(beam.best.ids).toEqual(greedyIds(greedy, 1));
      expect(beam.best.logProb).toBe(greedy.logProb);
    }
  });
});

describe("beamSearch(stepper, { width: K }) on a tiny model (V = 4, limit 3)", () => {
  for (const alpha of [0, 0.6, 1]) {
    it(`beamSearch with K = 40 finds every sentence and the best score of brute-force enumeration, recurrent decoders, α = ${alpha}`, () => {
      for (const [i, variant] of DECODER_VARIANTS.entries()) {
        const model = randomModel({ cell: CELL_KINDS[i]!, variant, seed: 11 + i, scale: 2, targetVocab: TINY_TARGET });
        expectExhaustive(() => recurrentStepper(model, tokenize("i love you", model.source.vocab)), alpha);
      }
    });
  }

  it("beamSearch with K = 40 finds every sentence and the best score of brute-force enumeration, Transformer", () => {
    const model = tinyTransformer(3, { targetVocab: TINY_TARGET, maxLength: 3, scale: 1.5 });
    for (const alpha of [0, 1]) expectExhaustive(() => transformerStepper(model, tokenize("a b", model.source.vocab)), alpha);
  });
});

function expectConsistent(beam: BeamResult, K: number, eos: number) {
  beam.steps.forEach((step, s) => {
    const prev = beam.steps[s - 1];
    const live = step.hypotheses.filter((h) => h.status !== "pruned");
    expect(live.length).toBeLessThanOrEqual(K);
    expect(step.kept).toEqual(step.hypotheses.flatMap((h, i) => (h.status === "kept" ? [i] : [])));
    step.hypotheses.forEach((h, rank) => {
      expect(h.status).toBe(rank >= K ? "pruned" : h.ids.at(-1) === eos ? "finished" : "kept");
      expect(h.length).toBe(step.t);
      const parent = prev ? prev.hypotheses[prev.kept[h.parent]!]! : undefined;
      expect(h.ids.slice(0, -1)).toEqual(parent?.ids ?? []);
      expect(h.logProb).toBeCloseTo((parent?.logProb ?? 0) + h.tokenLogProb, 12);
      expect(h.score).toBe(beamScore(h.logProb, h.length, beam.alpha));
      if (rank > 0) expect(h.logProb).toBeLessThanOrEqual(step.hypotheses[rank - 1]!.logProb);
    });
  });
}

describe("beamSearch's record", () => {
  it("beamSearch records, per step, every candidate ranked by log P, the top K kept or finished and the rest pruned", () => {
    for (const K of [1, 2, 3, 5]) {
      const model = randomModel({ cell: "gru-reset-after", variant: "attention", seed: 5, scale: 2 });
      const beam = beamSearch(recurrentStepper(model, tokenize("i love you", model.source.vocab)), { width: K, alpha: 0.7, maxLength: 5 });
      expect(beam.steps[0]!.hypotheses).toHaveLength(model.target.vocab.length);
      expectConsistent(beam, K, 1);
      expect(beam.best).toEqual(beam.final[0]);
    }
  });

  it("beamScore(log P, n, α) divides by n^α and leaves log P alone at α = 0", () => {
    expect(beamScore(-6, 4, 0)).toBe(-6);
    expect(beamScore(-6, 4, 1)).toBe(-1.5);
    expect(beamScore(-6, 4, 0.5)).toBe(-3);
  });

  it("beamSearch with K = 2 ends below greedy on this random model: beam search is no guarantee", () => {
    // Found by searching random models. Greedy writes "aimes <eos>" (log P −2.669). K = 2 keeps
    // "aimes" (−1.207) and "t'" (−1.233); at step 2 "t' aimes" (−2.558) and "t' t'" (−2.583) both
    // beat "aimes <eos>" (−2.669), which is pruned, and the beam finishes "t' aimes <eos>" (−3.933).
    const model = randomModel({ cell: "lstm", variant: "every-step", seed: 37, scale: 2 });
    const greedy = forward(model, "me").output;
    const beam = beamSearch(recurrentStepper(model, tokenize("me", model.source.vocab)), { width: 2, alpha: 0 });
    expect(greedy.tokens).toEqual(["aimes"]);
    expect(greedy.logProb).toBeCloseTo(-2.6686, 4);
    expect(beam.steps[1]!.hypotheses[2]).toMatchObject({ tokens: ["aimes", "<eos>"], status: "pruned" });
    expect(beam.best.tokens).toEqual(["t'", "aimes", "<eos>"]);
    expect(beam.best.logProb).toBeCloseTo(-3.9327, 4);
  });
});

describe("checkBeamOptions(options)", () => {
  it("checkBeamOptions refuses K < 1 or fractional, α < 0 or NaN, and a limit below 1, each with a one-line reason", () => {
    expect(() => checkBeamOptions({ width: 0, alpha: 0 })).toThrow("beam width K: expected a whole number ≥ 1, got 0");
    expect(() => checkBeamOptions({ width: 1.5, alpha: 0 })).toThrow(RangeError);
    expect(() => checkBeamOptions({ width: 2, alpha: -0.1 })).toThrow("length penalty α: expected a number ≥ 0, got -0.1");
    expect(() => checkBeamOptions({ width: 2, alpha: Number.NaN })).toThrow(RangeError);
    expect(() => checkBeamOptions({ width: 2, alpha: 0, maxLength: 0 })).toThrow("maxLength: expected a whole number ≥ 1, got 0");
    expect(() => checkBeamOptions({ width: 3, alpha: 0.6, maxLength: 4 })).not.toThrow();
  });
});
