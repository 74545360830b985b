// recipeFor(choice, pair) for every combination the player offers, and the runner that trains a
// recipe in slices: the same result however the work is sliced, and after a structuredClone.

import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { createModel } from "../../../src/core/init.ts";
import { createRng } from "../../../src/core/rng.ts";
import { encoderOutputWidth } from "../../../src/core/model.ts";
import { validateModel } from "../../../src/model/index.ts";
import {
  advanceRecipe,
  finishRecipe,
  fullCorpus,
  MIN_ALIGNMENT,
  SCALED_PREVIOUS_ALIGNMENT,
  recipeFor,
  recipeProgress,
  recipeTitle,
  startRecipe,
  type Corpus,
  type Recipe,
  type RecipeRun,
} from "../../../src/core/train/index.ts";
import { allChoices } from "../../../scripts/sweep.ts";
import { firstDifference } from "../../model/bits.ts";

const corpora: Record<"en-fr" | "en-zh", Corpus> = {
  "en-fr": JSON.parse(readFileSync(new URL("../../../public/corpus/en-fr.json", import.meta.url), "utf8")),
  "en-zh": JSON.parse(readFileSync(new URL("../../../public/corpus/en-zh.json", import.meta.url), "utf8")),
};
const PAIRS = ["en-fr", "en-zh"] as const;

describe("recipeFor", () => {
  it("allChoices() lists the 80 combinations of cell, direction, variant, score and query of one pair (64 with attention)", () => {
    const choices = allChoices();
    expect(choices).toHaveLength(80);
    expect(choices.filter((c) => c.variant === "attention")).toHaveLength(64);
    expect(new Set(choices.map((c) => JSON.stringify(c))).size).toBe(80);
  });

  it("recipeFor(choice, pair) gives equal recipes for equal arguments and a plain-data recipe that survives JSON", () => {
    for (const pair of PAIRS) {
      for (const choice of allChoices()) {
        const a = recipeFor(choice, pair);
        expect(recipeFor({ ...choice }, pair)).toEqual(a);
        expect(JSON.parse(JSON.stringify(a))).toEqual(a);
      }
    }
  });

  it("recipeFor(choice, pair) builds a valid model for all 80 combinations of both pairs, with s_0 = h_T possible and the pair's checks", () => {
    for (const pair of PAIRS) {
      const full = fullCorpus(corpora[pair]);
      for (const choice of allChoices()) {
        const recipe = recipeFor(choice, pair);
        const where = `${pair} ${JSON.stringify(choice)}`;
        const model = createModel({ ...recipe.model, name: recipeTitle(choice, pair), sourceVocab: full.sourceVocab, targetVocab: full.targetVocab }, createRng(recipe.seed));
        expect(validateModel(model), where).toEqual([]);
        expect([model.encoder.cell, model.decoder.cell, model.decoder.variant, model.encoder.bidirectional], where).toEqual([choice.cell, choice.cell, choice.variant, choice.bidirectional]);
        expect(model.decoder.hidden, where).toBe(encoderOutputWidth(model.encoder));
        expect(recipe.training.maxEpochs * recipe.seedTries, where).toBeLessThanOrEqual(100);
        const [check] = recipe.checks;
        if (choice.variant === "attention") {
          expect([model.decoder.attention?.score, model.decoder.attention?.query], where).toEqual([choice.score, choice.query]);
          expect(recipe.training.alignmentWeight, where).toBeGreaterThan(0);
          expect(check!.alignment, where).toEqual(pair === "en-fr" ? [1, 3, 2] : [1, 2, 3]);
          // Every word needs MIN_ALIGNMENT, but under a scaled score with the previous-state query (see recipe.ts).
          const scaledPrevious = choice.score === "scaled" && choice.query === "previous";
          expect(check!.minWeights, where).toEqual(scaledPrevious ? [-1, SCALED_PREVIOUS_ALIGNMENT, SCALED_PREVIOUS_ALIGNMENT] : [MIN_ALIGNMENT, MIN_ALIGNMENT, MIN_ALIGNMENT]);
        } else {
          expect(recipe.training.alignmentWeight, where).toBe(0);
          expect(check!.alignment, where).toBeUndefined();
        }
      }
    }
  });

  it("recipeTitle(choice, pair) names the architecture and, for en-zh, the pair", () => {
    expect(recipeTitle({ cell: "lstm", variant: "attention", score: "dot", query: "previous", bidirectional: false }, "en-fr")).toBe("LSTM encoder–decoder with dot-product attention, previous state as query");
    expect(recipeTitle({ cell: "rnn", variant: "initial", score: "dot", query: "previous", bidirectional: true }, "en-zh")).toBe("RNN bidirectional encoder–decoder, context as the initial state, English → Chinese");
  });
});

/** A small, quick recipe whose checks cannot pass in two epochs, so that it tries both its seeds. */
function quickRecipe(): Recipe {
  const base = recipeFor({ cell: "gru-reset-after", variant: "attention", score: "general", query: "previous", bidirectional: true }, "en-zh");
  return {
    ...base,
    model: { ...base.model, d_x: 3, d_y: 3, encoder: { ...base.model.encoder, hidden: 2 }, decoder: { ...base.model.decoder, hidden: 4 } },
    seedTries: 2,
    training: { ...base.training, batchSize: 32, maxEpochs: 2 },
  };
}

function toEnd(run: RecipeRun, sliceUnits: number): RecipeRun {
  let r = run;
  while (r.phase === "training" || r.phase === "evaluating") {
    let k = 0;
    r = advanceRecipe(r, () => ++k >= sliceUnits).run;
  }
  return r;
}

describe("the recipe runner", () => {
  const recipe = quickRecipe();
  const straight = toEnd(startRecipe(recipe, corpora["en-zh"]), Infinity);

  it("advanceRecipe(run) to the end tries every seed when none passes and keeps the closest model", () => {
    expect(straight.phase).toBe("failed");
    expect(straight.rejected.map((r) => r.seed)).toEqual([1, 2]);
    expect(straight.rejected.map((r) => r.epochs)).toEqual([2, 2]);
    expect([1, 2]).toContain(straight.result!.seed);
    expect(recipeProgress(straight)).toMatchObject({ phase: "failed", seedTry: 2, seedTries: 2, fraction: 1 });
  });

  it("advanceRecipe(run, shouldYield) in slices of 1, 7 and 50 units gives the straight run's model bit for bit", () => {
    for (const slice of [1, 7, 50]) {
      const sliced = toEnd(startRecipe(recipe, corpora["en-zh"]), slice);
      expect(sliced.units).toBe(straight.units);
      expect(firstDifference(sliced.result!.model, straight.result!.model), `slices of ${slice}`).toBeUndefined();
    }
  });

  it("advanceRecipe(structuredClone(run)) resumes a run posted between slices exactly where it stopped", () => {
    let k = 0;
    const half = advanceRecipe(startRecipe(recipe, corpora["en-zh"]), () => ++k >= Math.floor(straight.units / 2)).run;
    expect(half.phase === "training" || half.phase === "evaluating").toBe(true);
    const resumed = toEnd(structuredClone(half), Infinity);
    expect(firstDifference(resumed.result!.model, straight.result!.model)).toBeUndefined();
  });

  it("recipeProgress(run) counts epochs and batches of the current seed while training", () => {
    let k = 0;
    const early = advanceRecipe(startRecipe(recipe, corpora["en-zh"]), () => ++k >= 3);
    expect(early.progress).toMatchObject({ phase: "training", seedTry: 1, seed: 1, epoch: 0, batch: 3, maxEpochs: 2 });
    expect(early.progress.batchesPerEpoch).toBe(Math.ceil(fullCorpus(corpora["en-zh"]).train.length / 32));
    expect(early.progress.fraction).toBeCloseTo(3 / early.progress.batchesPerEpoch / 2, 12);
  });

  it("finishRecipe(run) throws while the run trains, and afterwards gives the rounded model with the recipe and its evaluations in meta", () => {
    expect(() => finishRecipe(startRecipe(recipe, corpora["en-zh"]))).toThrow(RangeError);
    const result = finishRecipe(straight, { preset: "quick" });
    expect(result.passed).toBe(false);
    expect(result.model.meta).toMatchObject({ trained: true, preset: "quick", pair: "en-zh", corpus: "en-zh", recipe, passed: false, seed: straight.result!.seed, epochs: 2 });
    expect(result.heldOut.sentences).toBe(fullCorpus(corpora["en-zh"]).heldOut.length);
    expect(result.heldOutCore.sentences).toBe(corpora["en-zh"].heldOut.length);
    expect(result.checks[0]!.weights).toHaveLength(3);
  });

  it("startRecipe(recipe, corpus of another pair) throws a RangeError", () => {
    expect(() => startRecipe(recipe, corpora["en-fr"])).toThrow(/en-zh/);
  });
});
