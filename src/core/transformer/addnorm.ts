// The residual connection and the layer norm after it (post-norm, as in Vaswani et al. 2017):
// AddNorm(x, Sublayer(x)) = LayerNorm(x + Sublayer(x)). Pre-norm (x + Sublayer(LayerNorm(x))) is
// the later variant many libraries default to; this core keeps the 2017 order. Source: seed 004.

import type { Mat, Vec } from "../tensor.ts";
import { type LayerNormRecord, layerNorm, layerNormBackward } from "./layernorm.ts";
import { matAdd } from "./matrix.ts";
import type { LayerNormParams } from "./types.ts";

/** Shapes: all T × d_model. */
export interface AddNormRecord {
  readonly formula: "tf.addnorm";
  readonly x: Mat;
  /** Sublayer(x): attention or FFN output. */
  readonly sublayer: Mat;
  /** x + Sublayer(x) ("tf.residual"). */
  readonly sum: Mat;
  readonly norm: LayerNormRecord;
  readonly output: Mat;
}

/** LayerNorm(x + sublayer). Shapes: T × d, T × d → T × d. */
export function addNorm(x: Mat, sublayer: Mat, p: LayerNormParams): AddNormRecord {
  const sum = matAdd(x, sublayer);
  const norm = layerNorm(sum, p);
  return { formula: "tf.addnorm", x, sublayer, sum, norm, output: norm.output };
}

/** Backward, given ∂loss/∂output: the residual passes ∂loss/∂sum to both x and the sublayer. */
export function addNormBackward(rec: AddNormRecord, dOutput: Mat): { dSum: Mat; grads: { gamma: Vec; beta: Vec } } {
  const { dx, dgamma, dbeta } = layerNormBackward(rec.norm, dOutput);
  return { dSum: dx, grads: { gamma: dgamma, beta: dbeta } };
}
