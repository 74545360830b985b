// A recipe's training as plain data that advances one unit of work at a time (one batch, or the
// accuracy of a few training sentences at an epoch's end), so a Web Worker can run it in time slices
// and post progress, and the command line can run it to the end: how the work is sliced never
// changes the result. startRecipe → advanceRecipe … → finishRecipe.

import type { Seq2SeqModel } from "../model.ts";
import { createModel } from "../init.ts";
import { createRng } from "../rng.ts";
import type { Pair } from "../teacherForcing.ts";
import { corpusPairs, fullCorpus, type Corpus } from "./corpus.ts";
import { translatesExactly } from "./evaluate.ts";
import { batchesPerEpoch } from "./shuffle.ts";
import { initTraining, trainNext, type TrainState } from "./train.ts";
import { recurrentLearner } from "./learner.ts";
import { roundModel } from "./params.ts";
import { minWeight, runChecks } from "./checks.ts";
import type { Recipe } from "./recipe.ts";

/** Sentences whose greedy translation one unit of end-of-epoch evaluation checks. */
const EVAL_CHUNK = 16;

export type RecipePhase = "training" | "evaluating" | "done" | "failed";
/** Why the accepted seed stopped: the accuracy and checks were reached, or the epoch limit (checks passed). */
export type StopReason = "accuracy" | "epochs";

export interface SeedOutcome {
  readonly seed: number;
  readonly epochs: number;
  readonly reason: string;
  readonly translated: boolean;
  /** The smallest attention weight of the checks on the expected source word (1 without attention). */
  readonly minWeight: number;
}

/** A run, structured-clonable: a worker may post it and resume from the copy. */
export interface RecipeRun {
  readonly recipe: Recipe;
  readonly name: string;
  readonly corpus: string;
  readonly vocab: { readonly source: readonly string[]; readonly target: readonly string[] };
  readonly train: readonly Pair[];
  readonly heldOut: readonly Pair[];
  /** The first coreHeldOut held-out pairs are the core corpus's (the Transformer presets' split). */
  readonly coreHeldOut: number;
  readonly phase: RecipePhase;
  /** 0-based index into the seeds tried. */
  readonly seedTry: number;
  readonly state: TrainState;
  readonly evalCursor: number;
  readonly evalCorrect: number;
  readonly lossSum: number;
  readonly lossTokens: number;
  /** The last finished epoch's mean training loss and training accuracy (NaN before). */
  readonly epochLoss: number;
  readonly trainAccuracy: number;
  readonly rejected: readonly SeedOutcome[];
  /** The rounded model of the accepted seed, or of the best rejected one once every seed failed. */
  readonly result?: { readonly model: Seq2SeqModel; readonly seed: number; readonly epochs: number; readonly stop?: StopReason };
  readonly units: number;
}

export interface RecipeProgress {
  readonly phase: RecipePhase;
  /** 1-based, of seedTries. */
  readonly seedTry: number;
  readonly seedTries: number;
  readonly seed: number;
  /** Epochs finished with this seed, of at most maxEpochs. */
  readonly epoch: number;
  readonly maxEpochs: number;
  readonly batch: number;
  readonly batchesPerEpoch: number;
  /** This seed's share of maxEpochs done, 0 to 1. */
  readonly fraction: number;
  readonly epochLoss: number;
  readonly trainAccuracy: number;
  readonly units: number;
}

function freshState(recipe: Recipe, name: string, vocab: RecipeRun["vocab"], seed: number): TrainState {
  const model = createModel({ ...recipe.model, name, sourceVocab: vocab.source, targetVocab: vocab.target }, createRng(seed));
  const { batchSize, optimizer, clipNorm, alignmentWeight } = recipe.training;
  return initTraining(recurrentLearner, model, { seed, batchSize, optimizer, clipNorm, ...(alignmentWeight > 0 ? { alignmentWeight } : {}) });
}

/** A run at its first batch. `corpus` is the stored corpus (its extension is joined here) and must be the recipe's pair. */
export function startRecipe(recipe: Recipe, corpus: Corpus, name = `${recipe.pair} ${recipe.choice.cell} ${recipe.choice.variant}`): RecipeRun {
  if (corpus.name !== recipe.pair) throw new RangeError(`startRecipe: the recipe is for ${recipe.pair}, the corpus is ${corpus.name}`);
  const full = fullCorpus(corpus);
  const vocab = { source: full.sourceVocab, target: full.targetVocab };
  return {
    recipe,
    name,
    corpus: corpus.name,
    vocab,
    train: corpusPairs(full, full.train),
    heldOut: corpusPairs(full, full.heldOut),
    coreHeldOut: corpus.heldOut.length,
    phase: "training",
    seedTry: 0,
    state: freshState(recipe, name, vocab, recipe.seed),
    evalCursor: 0,
    evalCorrect: 0,
    lossSum: 0,
    lossTokens: 0,
    epochLoss: NaN,
    trainAccuracy: NaN,
    rejected: [],
    units: 0,
  };
}

/** Where a run stands. */
export function recipeProgress(run: RecipeRun): RecipeProgress {
  const { recipe, state } = run;
  const batches = batchesPerEpoch(run.train.length, recipe.training.batchSize);
  const epoch = run.result?.epochs ?? state.epoch;
  const max = recipe.training.maxEpochs;
  return {
    phase: run.phase,
    seedTry: run.seedTry + 1,
    seedTries: recipe.seedTries,
    seed: recipe.seed + run.seedTry,
    epoch,
    maxEpochs: max,
    batch: state.batch,
    batchesPerEpoch: batches,
    fraction: run.phase === "done" || run.phase === "failed" ? 1 : Math.min(1, (state.epoch + state.batch / batches) / max),
    epochLoss: run.epochLoss,
    trainAccuracy: run.trainAccuracy,
    units: run.units,
  };
}

/** One unit of work. */
function step(run: RecipeRun): RecipeRun {
  const units = run.units + 1;
  if (run.phase === "training") {
    const before = run.state.epoch;
    const { state, report } = trainNext(recurrentLearner, run.state, run.train);
    const lossSum = run.lossSum + report.loss * report.tokens;
    const lossTokens = run.lossTokens + report.tokens;
    if (state.epoch === before) return { ...run, state, lossSum, lossTokens, units };
    const epochLoss = lossSum / lossTokens;
    const next = { ...run, state, lossSum: 0, lossTokens: 0, epochLoss, units };
    if (state.epoch < run.recipe.training.minEpochs) return next;
    return { ...next, phase: "evaluating", evalCursor: 0, evalCorrect: 0 };
  }
  const end = Math.min(run.train.length, run.evalCursor + EVAL_CHUNK);
  let correct = run.evalCorrect;
  for (let i = run.evalCursor; i < end; i++) if (translatesExactly(run.state.model, run.train[i]!)) correct++;
  if (end < run.train.length) return { ...run, evalCursor: end, evalCorrect: correct, units };
  return endOfEpoch({ ...run, evalCursor: end, evalCorrect: correct, trainAccuracy: correct / run.train.length, units });
}

/** After an epoch's evaluation: stop, go on, or give up on the seed. */
function endOfEpoch(run: RecipeRun): RecipeRun {
  const { recipe, state } = run;
  const { stopAtAccuracy, maxEpochs } = recipe.training;
  const atLimit = state.epoch >= maxEpochs;
  if (run.trainAccuracy < stopAtAccuracy && !atLimit) return { ...run, phase: "training" };
  const model = roundModel(state.model, recipe.roundDigits);
  const checks = runChecks(model, recipe.checks);
  const seed = recipe.seed + run.seedTry;
  if (checks.passed) return { ...run, phase: "done", result: { model, seed, epochs: state.epoch, stop: atLimit && run.trainAccuracy < stopAtAccuracy ? "epochs" : "accuracy" } };
  if (!atLimit) return { ...run, phase: "training" };
  const outcome: SeedOutcome = { seed, epochs: state.epoch, reason: checks.reason!, translated: checks.results.every((c) => c.translated), minWeight: minWeight(checks.results) };
  const rejected = [...run.rejected, outcome];
  // Keep the model that came closest (translating first, then by its smallest weight), in case no seed passes.
  const bestSoFar = run.rejected.find((r) => r.seed === run.result?.seed);
  const closer = !bestSoFar || closeness(outcome) > closeness(bestSoFar);
  const best = closer ? { model, seed, epochs: state.epoch } : run.result;
  if (run.seedTry + 1 >= recipe.seedTries) return { ...run, phase: "failed", rejected, result: best };
  return { ...run, rejected, result: best, seedTry: run.seedTry + 1, phase: "training", state: freshState(recipe, run.name, run.vocab, seed + 1), epochLoss: NaN, trainAccuracy: NaN };
}

function closeness(o: SeedOutcome): number {
  return (o.translated ? 1 : 0) + o.minWeight;
}

/**
 * Works until the run is done or failed, or until shouldYield (asked after every unit, with the
 * progress so far) says to stop for now; at least one unit per call while there is work.
 */
export function advanceRecipe(run: RecipeRun, shouldYield: (progress: RecipeProgress) => boolean = () => false): { run: RecipeRun; progress: RecipeProgress } {
  let r = run;
  while (r.phase === "training" || r.phase === "evaluating") {
    r = step(r);
    if (shouldYield(recipeProgress(r))) break;
  }
  return { run: r, progress: recipeProgress(r) };
}
