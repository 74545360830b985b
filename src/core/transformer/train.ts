// The tiny Transformer as a Learner (src/core/train/learner.ts), so src/core/train's functions train it
// with the same optimisers, clipping and seeded shuffles as the recurrent model. One step: teacher-forced
// loss and gradients per sentence pair, their token-weighted mean, optional clipping, one update
// (Vaswani et al. §5).

import type { Pair } from "../teacherForcing.ts";
import type { BatchLoss, Learner } from "../train/learner.ts";
import type { LossOptions } from "../grad/loss.ts";
import { transformerGradients } from "./gradients.ts";
import { flatGradients, transformerParamValues, weightedSum, withTransformerParams } from "./trainParams.ts";
import type { TransformerModel } from "./types.ts";

/**
 * The batch's loss and gradients. transformerGradients gives each pair's mean over its T + 1 scored
 * tokens; "token" reduction (default) weighs pair k by (T_k + 1) / Σ (T + 1), the mean over every
 * scored token of the batch; "sentence" by (T_k + 1) / pairs, the mean per sentence of Σ −log p.
 * (Guided alignment is a recurrent attention option; the Transformer ignores alignmentWeight.)
 */
export function transformerBatchGradients(model: TransformerModel, batch: readonly Pair[], reduction: LossOptions["reduction"] = "token"): BatchLoss {
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

/** The Transformer (src/core/transformer/types.ts). */
export const transformerLearner: Learner<TransformerModel> = {
  params: transformerParamValues,
  withParams: withTransformerParams,
  batchLoss: (model, batch, options) => transformerBatchGradients(model, batch, options.reduction),
};
