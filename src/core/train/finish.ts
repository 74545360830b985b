// The end of a recipe's run: the accepted (or closest) rounded model with its provenance in `meta`
// (the recipe, the seeds, the stopping reason, the loss and accuracies on both splits, and the
// attention weights of the checks), and the evaluations themselves.

import type { Seq2SeqModel } from "../model.ts";
import { evaluate, type Evaluation } from "./evaluate.ts";
import { runChecks, type CheckResult } from "./checks.ts";
import type { RecipeRun, SeedOutcome, StopReason } from "./runner.ts";

export interface RecipeResult {
  /** The rounded model with meta; marked trained even when no seed passed (passed says so). */
  readonly model: Seq2SeqModel;
  readonly passed: boolean;
  readonly seed: number;
  readonly epochs: number;
  readonly stop?: StopReason;
  readonly rejected: readonly SeedOutcome[];
  readonly train: Evaluation;
  readonly heldOut: Evaluation;
  /** The core corpus's held-out sentences alone (the split earlier presets were measured on). */
  readonly heldOutCore: Evaluation;
  readonly checks: readonly CheckResult[];
}

const round4 = (x: number): number => Number(x.toFixed(4));

/** The result of a run that is done or failed; throws while it is still training. */
export function finishRecipe(run: RecipeRun, extraMeta: Readonly<Record<string, unknown>> = {}): RecipeResult {
  if ((run.phase !== "done" && run.phase !== "failed") || !run.result) throw new RangeError(`finishRecipe: the run is still ${run.phase}`);
  const { model, seed, epochs, stop } = run.result;
  const passed = run.phase === "done";
  const train = evaluate(model, run.train);
  const heldOut = evaluate(model, run.heldOut);
  const heldOutCore = run.coreHeldOut > 0 && run.coreHeldOut < run.heldOut.length ? evaluate(model, run.heldOut.slice(0, run.coreHeldOut)) : heldOut;
  const checks = runChecks(model, run.recipe.checks).results;
  const meta = {
    trained: true,
    ...extraMeta,
    corpus: run.corpus,
    pair: run.recipe.pair,
    recipe: run.recipe,
    passed,
    seed,
    rejectedSeeds: run.rejected.filter((r) => r.seed !== seed).map((r) => r.seed),
    epochs,
    ...(stop ? { stop } : {}),
    loss: round4(train.loss),
    accuracy: round4(train.sentenceAccuracy),
    tokenAccuracy: round4(train.tokenAccuracy),
    heldOutLoss: round4(heldOut.loss),
    heldOutAccuracy: round4(heldOut.sentenceAccuracy),
    heldOutTokenAccuracy: round4(heldOut.tokenAccuracy),
    heldOutCoreAccuracy: round4(heldOutCore.sentenceAccuracy),
    checks: checks.map((c) => ({ source: c.source, output: c.output, weights: c.weights.map(round4) })),
  };
  return { model: { ...model, meta }, passed, seed, epochs, ...(stop ? { stop } : {}), rejected: run.rejected, train, heldOut, heldOutCore, checks };
}
