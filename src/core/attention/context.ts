// The attention weights and the context vector, and their gradient: α = softmax(e), c = Σ_j α_j h_j
// (seed 002; Bahdanau et al. 2015). Backward: ∂α_j = ∂c · h_j, ∂e_j = α_j (∂α_j − Σ_k α_k ∂α_k), and
// each h_j receives α_j ∂c. Shapes: e, α T; H T × d_h; c d_h.

import type { ReadonlyVec, Vec } from "../tensor.ts";
import { dot, weightedSum } from "../tensor.ts";
import { softmax } from "../activations.ts";

/** The formula id of the weights and of the context (trace entries carry them). */
export const CONTEXT_FORMULAS = { alpha: "att.softmax", c: "att.context" } as const;

/** α = softmax(e) and c = Σ_j α_j h_j. Shapes: e T, H T × d_h → α T, c d_h. */
export function weightsAndContext(e: Vec, H: readonly Vec[]): { alpha: Vec; c: Vec } {
  const alpha = softmax(e);
  return { alpha, c: weightedSum(alpha, H) };
}

/** ∂α_j = ∂c · h_j: what the loss says about each weight through c = Σ_j α_j h_j. Shape: d_h → T. */
export function weightGradient(H: readonly ReadonlyVec[], dc: ReadonlyVec): Vec {
  const dAlpha = new Float64Array(H.length);
  for (let j = 0; j < H.length; j++) dAlpha[j] = dot(dc, H[j]!);
  return dAlpha;
}

/** ∂e_j = α_j (∂α_j − Σ_k α_k ∂α_k): ∂α through the softmax's Jacobian. Shape: T → T. */
export function softmaxBackward(alpha: ReadonlyVec, dAlpha: ReadonlyVec): Vec {
  let mean = 0;
  for (let j = 0; j < alpha.length; j++) mean += alpha[j]! * dAlpha[j]!;
  const de = new Float64Array(alpha.length);
  for (let j = 0; j < de.length; j++) de[j] = alpha[j]! * (dAlpha[j]! - mean);
  return de;
}

/** ∂e from ∂c through c = Σ α_j h_j and α = softmax(e), for the record's α. Shape: d_h → T. */
export function scoreGradient(rec: { readonly alpha: ReadonlyVec }, H: readonly ReadonlyVec[], dc: ReadonlyVec): Vec {
  return softmaxBackward(rec.alpha, weightGradient(H, dc));
}

/** Adds the context's share α_j ∂c to each ∂h_j, in place (dH holds fresh arrays). Shapes: T × d_h. */
export function addContextShare(dH: readonly Vec[], alpha: ReadonlyVec, dc: ReadonlyVec): void {
  for (let j = 0; j < dH.length; j++) {
    const g = dH[j]!;
    for (let i = 0; i < g.length; i++) g[i]! += alpha[j]! * dc[i]!;
  }
}
