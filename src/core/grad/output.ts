// Backward of the output layer and the cross-entropy loss (output.ts): ℓ = −log p(y) = −log softmax(z)_y
// computed as −logSoftmax(z)_y (stable); ∂z = w (p − onehot(y)) for a loss weight w;
// ∂W_out += ∂z rᵀ, ∂b_out += ∂z, ∂r = W_outᵀ ∂z. Shapes: r width r, z V.

import type { Mat, ReadonlyVec, Vec } from "../tensor.ts";
import { logSoftmax } from "../activations.ts";
import type { Params } from "../model.ts";
import type { GradTerm } from "./terms.ts";
import { affineTerms } from "./terms.ts";
import { sumMatTVec } from "./linear.ts";

/** The token's negative log-probability, the gradient reaching the readout r, and the output terms. */
export interface ReadoutGrad {
  readonly nll: number;
  readonly dr: Vec;
  readonly terms: readonly GradTerm[];
}

/** −log softmax(logits)_y and its gradients, scaled by `weight` (the loss's 1 / count). */
export function readoutBackward(output: Params, r: ReadonlyVec, logits: ReadonlyVec, y: number, weight: number): ReadoutGrad {
  const logp = logSoftmax(logits);
  const dz = logp.map((lp, i) => weight * (Math.exp(lp) - (i === y ? 1 : 0)));
  return {
    nll: -logp[y]!,
    dr: sumMatTVec([[output.W_out as Mat, dz]]),
    terms: affineTerms("decoder.output", "W_out", "b_out", dz, [r]),
  };
}
