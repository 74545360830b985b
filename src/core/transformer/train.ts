// Training the tiny Transformer with src/core/train's optimisers, clipping and seeded shuffles, as pure
// functions over plain data (a state in, a new state out). One step: teacher-forced loss and gradients
// per sentence pair, their token-weighted mean, optional norm clipping, one update (Vaswani et al. §5).

import type { Pair } from "../teacherForcing.ts";
import { clipGradients, gradNorm } from "../train/clip.ts";
import { initOptimizer, optimizerStep, type OptimizerState } from "../train/optimizers.ts";
import { batchAt, batchesPerEpoch } from "../train/shuffle.ts";
import type { StepReport, TrainConfig } from "../train/train.ts";
import { transformerGradients } from "./gradients.ts";
import { flatGradients, transformerParamValues, weightedSum, withTransformerParams, type FlatParams } from "./trainParams.ts";
import type { TransformerModel } from "./types.ts";

/** As the recurrent TrainState, with a Transformer inside. */
export interface TransformerTrainState {
  readonly config: TrainConfig;
  readonly model: TransformerModel;
  readonly optimizer: OptimizerState;
  /** Updates made so far. */
  readonly step: number;
  /** Where the next batch comes from: epoch (from 0) and batch index within it. */
  readonly epoch: number;
  readonly batch: number;
}

/**
 * The batch's loss and gradients. transformerGradients gives each pair's mean over its T + 1 scored
 * tokens; "token" reduction (default) weighs pair k by (T_k + 1) / Σ (T + 1), the mean over every
 * scored token of the batch; "sentence" by (T_k + 1) / pairs, the mean per sentence of Σ −log p.
 */
export function transformerBatchGradients(model: TransformerModel, batch: readonly Pair[], reduction: TrainConfig["reduction"] = "token"): { loss: number; grads: FlatParams; tokens: number } {
  if (batch.length === 0) throw new RangeError("transformerBatchGradients: expected at least one sentence pair");
  const tokens = batch.reduce((n, p) => n + p.target.length + 1, 0);
  const denominator = reduction === "sentence" ? batch.length : tokens;
  let loss = 0;
  const terms = batch.map((pair) => {
    const r = transformerGradients(model, pair.source, pair.target);
    const weight = (pair.target.length + 1) / denominator;
    loss += weight * r.loss;
    return { weight, grads: flatGradients(model, r.grads) };
  });
  return { loss, grads: weightedSum(terms), tokens };
}

/** The state before any update. */
export function initTransformerTraining(model: TransformerModel, config: TrainConfig): TransformerTrainState {
  return { config, model, optimizer: initOptimizer(config.optimizer, transformerParamValues(model)), step: 0, epoch: 0, batch: 0 };
}

/** One update on `batch`; the cursor (epoch, batch) is left as it is. */
export function transformerTrainStep(state: TransformerTrainState, batch: readonly Pair[]): { state: TransformerTrainState; report: StepReport } {
  const { config } = state;
  const { loss, grads, tokens } = transformerBatchGradients(state.model, batch, config.reduction);
  const clip = config.clipNorm !== undefined ? clipGradients(grads, config.clipNorm) : { grads, norm: gradNorm(grads), clipped: false };
  const update = optimizerStep(transformerParamValues(state.model), clip.grads, state.optimizer);
  return {
    state: { ...state, model: withTransformerParams(state.model, update.params), optimizer: update.state, step: state.step + 1 },
    report: { loss, tokens, gradNorm: clip.norm, clipped: clip.clipped },
  };
}

/** One update on the batch under the cursor, then the cursor moves on (to the next epoch after the last batch). */
export function transformerTrainNext(state: TransformerTrainState, pairs: readonly Pair[]): { state: TransformerTrainState; report: StepReport } {
  const { batchSize, seed } = state.config;
  const { state: next, report } = transformerTrainStep(state, batchAt(pairs, batchSize, seed, state.epoch, state.batch));
  const last = state.batch + 1 >= batchesPerEpoch(pairs.length, batchSize);
  return { state: { ...next, epoch: last ? state.epoch + 1 : state.epoch, batch: last ? 0 : state.batch + 1 }, report };
}

/** The rest of the current epoch; loss is the token-weighted mean of its batches' losses. */
export function transformerTrainEpoch(state: TransformerTrainState, pairs: readonly Pair[]): { state: TransformerTrainState; loss: number } {
  if (pairs.length === 0) throw new RangeError("transformerTrainEpoch: expected at least one sentence pair");
  let s = state;
  let sum = 0;
  let tokens = 0;
  do {
    const r = transformerTrainNext(s, pairs);
    s = r.state;
    sum += r.report.loss * r.report.tokens;
    tokens += r.report.tokens;
  } while (s.epoch === state.epoch);
  return { state: s, loss: sum / tokens };
}
