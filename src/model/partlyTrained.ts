// A partly trained model for lesson 18: the default architecture's recipe (recipe.ts: its model,
// seed, batch size, Adam and clipping; plain cross-entropy, no guided alignment) run for a few dozen
// updates on the pair's corpus. It has learned enough to start "I love you" with "je" and not enough
// to finish it: the example where teacher forcing and free running part ways. Pure and seeded: the
// same corpus and number of updates give the same model. Runs in slices, so a page can stay responsive.

import type { Seq2SeqModel } from "../core/model.ts";
import { corpusModel } from "../core/train/corpusModel.ts";
import { corpusPairs, fullCorpus, type Corpus } from "../core/train/corpus.ts";
import { recurrentLearner } from "../core/train/learner.ts";
import { recipeFor } from "../core/train/recipe.ts";
import { initTraining, trainNext, type TrainState } from "../core/train/train.ts";
import type { ModelChoice } from "./defaults.ts";
import type { LanguagePair } from "./pairs.ts";

/**
 * How many updates: chosen where the running example shows the drift (tests/model/partlyTrained.test.ts
 * checks it). English → French after 90: teacher-forced it writes "je et aime <eos>" (Σ −log p ≈ 4.7),
 * free running "je et je l' aime" (≈ 12.1). English → Chinese after 30: "他们 爱 爱".
 */
export const PARTLY_TRAINED_UPDATES: Readonly<Record<LanguagePair, number>> = { "en-fr": 90, "en-zh": 30 };

/** Updates per slice of partlyTrainedSlices: about 20 to 50 ms each in Chromium on this project's 2-core machine. */
const SLICE = 5;

/** The slices of the run: each `next()` does up to SLICE updates and says how many are done; the last returns the model. */
export function* partlyTrainedSlices(corpus: Corpus, pair: LanguagePair, choice: ModelChoice, updates: number = PARTLY_TRAINED_UPDATES[pair]): Generator<number, Seq2SeqModel> {
  const recipe = recipeFor(choice, pair);
  const full = fullCorpus(corpus);
  const pairs = corpusPairs(full, full.train);
  const hidden = recipe.model.encoder.bidirectional ? 2 * recipe.model.encoder.hidden : recipe.model.encoder.hidden;
  const model = corpusModel(recipe.model, corpus, { hidden, seed: recipe.seed, name: `Partly trained ${choice.cell} (${updates} updates)`, description: `The first ${updates} updates of the preset's recipe, without guided alignment.` });
  const t = recipe.training;
  let state: TrainState<Seq2SeqModel> = initTraining(recurrentLearner, model, { seed: recipe.seed, batchSize: t.batchSize, optimizer: t.optimizer, clipNorm: t.clipNorm });
  for (let done = 0; done < updates; ) {
    for (let k = 0; k < SLICE && done < updates; k++, done++) state = trainNext(recurrentLearner, state, pairs).state;
    if (done < updates) yield done;
  }
  return { ...state.model, meta: { ...state.model.meta, trained: false, partlyTrained: updates } };
}

/** The whole run at once (tests, scripts). */
export function partlyTrainedModel(corpus: Corpus, pair: LanguagePair, choice: ModelChoice, updates?: number): Seq2SeqModel {
  const run = partlyTrainedSlices(corpus, pair, choice, updates);
  for (;;) {
    const step = run.next();
    if (step.done) return step.value;
  }
}
