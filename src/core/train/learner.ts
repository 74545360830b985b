// What the training layer needs of a model, so one set of training functions (train.ts) trains both
// chapters' models: its parameters as flat arrays by path (the layout the optimisers and clipping
// read), the model rebuilt around new ones, and the loss with its gradients on a batch of pairs.
// The recurrent model's adapter is here; the Transformer's is src/core/transformer/train.ts.

import type { Seq2SeqModel } from "../model.ts";
import { lossAndGradients, type LossOptions } from "../grad/loss.ts";
import type { Pair } from "../teacherForcing.ts";
import { paramValues, withParams, type FlatParams } from "./params.ts";

export interface BatchLoss {
  /** The batch's mean loss (per scored token or per sentence, as the options say). */
  readonly loss: number;
  /** ∂loss/∂θ by path. */
  readonly grads: FlatParams;
  /** Target tokens scored, <eos> included. */
  readonly tokens: number;
}

export interface Learner<M> {
  /** Every parameter's numbers, copied, by path. */
  readonly params: (model: M) => FlatParams;
  /** The model with the given parameters (used as they are, not copied) in place of its own. */
  readonly withParams: (model: M, values: Readonly<FlatParams>) => M;
  /** Teacher-forced loss and gradients on a batch. */
  readonly batchLoss: (model: M, batch: readonly Pair[], options: LossOptions) => BatchLoss;
}

/** The recurrent encoder–decoder (src/core/model.ts). */
export const recurrentLearner: Learner<Seq2SeqModel> = {
  params: paramValues,
  withParams,
  batchLoss: lossAndGradients,
};
