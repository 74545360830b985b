// Training one batch at a time, as pure functions over plain data: a state (model, optimiser, cursor)
// in, a new state out, so a Web Worker can step, pause and resume. One step: teacher-forced loss and
// gradients, optional norm clipping, one optimiser update. Batches come from seeded per-epoch shuffles.
// Any model trains here through its Learner (learner.ts): the recurrent model and the Transformer.

import type { Seq2SeqModel } from "../model.ts";
import type { LossOptions, Reduction } from "../grad/loss.ts";
import type { Pair } from "../teacherForcing.ts";
import { clipGradients, gradNorm, groupNorms, type ParamGroup } from "./clip.ts";
import type { Learner } from "./learner.ts";
import { initOptimizer, optimizerStep, type OptimizerConfig, type OptimizerState } from "./optimizers.ts";
import { batchAt, batchesPerEpoch } from "./shuffle.ts";

export interface TrainConfig {
  /** Seeds the shuffles. (The model's initial weights come from createModel's own seed.) */
  readonly seed: number;
  readonly batchSize: number;
  readonly optimizer: OptimizerConfig;
  /** Clip the gradient's global norm to this; no clipping when absent. */
  readonly clipNorm?: number;
  /** "token" (default) or "sentence": see lossAndGradients. */
  readonly reduction?: Reduction;
  /** λ of guided alignment (attention models, pairs with an alignment); 0 or absent: off. */
  readonly alignmentWeight?: number;
}

export interface TrainState<M = Seq2SeqModel> {
  readonly config: TrainConfig;
  readonly model: M;
  readonly optimizer: OptimizerState;
  /** Updates made so far. */
  readonly step: number;
  /** Where the next batch comes from: epoch (from 0) and batch index within it. */
  readonly epoch: number;
  readonly batch: number;
}

/** What one update saw: the batch's loss before the update and its gradient norms before clipping. */
export interface StepReport {
  readonly loss: number;
  readonly tokens: number;
  readonly gradNorm: number;
  /** ‖g‖₂ of each parameter group (clip.ts), before clipping. */
  readonly groupNorms: Readonly<Record<ParamGroup, number>>;
  /** Whether clipping scaled this update's gradients down. */
  readonly clipped: boolean;
}

/** The loss options a configuration asks for (only those it sets). */
function lossOptions(config: TrainConfig): LossOptions {
  return { ...(config.reduction ? { reduction: config.reduction } : {}), ...(config.alignmentWeight ? { alignmentWeight: config.alignmentWeight } : {}) };
}

/** The state before any update. */
export function initTraining<M>(learner: Learner<M>, model: M, config: TrainConfig): TrainState<M> {
  return { config, model, optimizer: initOptimizer(config.optimizer, learner.params(model)), step: 0, epoch: 0, batch: 0 };
}

/** One update on `batch`; the cursor (epoch, batch) is left as it is. */
export function trainStep<M>(learner: Learner<M>, state: TrainState<M>, batch: readonly Pair[]): { state: TrainState<M>; report: StepReport } {
  const { config } = state;
  const { loss, grads, tokens } = learner.batchLoss(state.model, batch, lossOptions(config));
  const clip = config.clipNorm !== undefined ? clipGradients(grads, config.clipNorm) : { grads, norm: gradNorm(grads), clipped: false };
  const update = optimizerStep(learner.params(state.model), clip.grads, state.optimizer);
  return {
    state: { ...state, model: learner.withParams(state.model, update.params), optimizer: update.state, step: state.step + 1 },
    report: { loss, tokens, gradNorm: clip.norm, groupNorms: groupNorms(grads), clipped: clip.clipped },
  };
}

/** One update on the batch under the cursor, then the cursor moves on (to the next epoch after the last batch). */
export function trainNext<M>(learner: Learner<M>, state: TrainState<M>, pairs: readonly Pair[]): { state: TrainState<M>; report: StepReport } {
  const { batchSize, seed } = state.config;
  const { state: next, report } = trainStep(learner, state, batchAt(pairs, batchSize, seed, state.epoch, state.batch));
  const last = state.batch + 1 >= batchesPerEpoch(pairs.length, batchSize);
  return { state: { ...next, epoch: last ? state.epoch + 1 : state.epoch, batch: last ? 0 : state.batch + 1 }, report };
}

/** The rest of the current epoch; loss is the token-weighted mean of its batches' losses. */
export function trainEpoch<M>(learner: Learner<M>, state: TrainState<M>, pairs: readonly Pair[]): { state: TrainState<M>; loss: number } {
  if (pairs.length === 0) throw new RangeError("trainEpoch: expected at least one sentence pair");
  let s = state;
  let sum = 0;
  let tokens = 0;
  do {
    const r = trainNext(learner, s, pairs);
    s = r.state;
    sum += r.report.loss * r.report.tokens;
    tokens += r.report.tokens;
  } while (s.epoch === state.epoch);
  return { state: s, loss: sum / tokens };
}
