// The general (bilinear) score and its gradient: e_j = qᵀ W_a h_j (Luong et al. 2015). Backward, with
// g = Σ_j ∂e_j h_j: ∂W_a = q gᵀ, ∂q = W_a g, ∂h_j = ∂e_j W_aᵀ q.
// Shapes: q m, W_a m × d_h, each h_j d_h; e T.

import type { Mat, ReadonlyVec, Vec } from "../tensor.ts";
import { dot, matTVec, matVec, weightedSum } from "../tensor.ts";
import type { AttentionGrad, GradTerm } from "../grad/terms.ts";

/** The formula id of the general score (trace entries carry it). */
export const GENERAL_FORMULAS = { e: "att.score.general" } as const;

/** e_j = qᵀ W_a h_j. Shapes: q m, H T × d_h → T. */
export function generalScores(W_a: Mat, q: Vec, H: readonly Vec[]): Vec {
  // qᵀ W_a h_j = (W_aᵀ q) · h_j: one product for all j.
  const Wq = matTVec(W_a, q);
  const e = new Float64Array(H.length);
  for (let j = 0; j < H.length; j++) e[j] = dot(Wq, H[j]!);
  return e;
}

/** The general score's share of ∂q, ∂h_j and ∂W_a (at `prefix`.W_a), given ∂e. */
export function generalBackward(W_a: Mat, q: ReadonlyVec, H: readonly ReadonlyVec[], de: ReadonlyVec, prefix: string): AttentionGrad {
  const g = weightedSum(de, H);
  const terms: GradTerm[] = [{ path: `${prefix}.W_a`, delta: q, input: [g] }];
  const Wq = matTVec(W_a, q);
  const dH = H.map((_, j) => {
    const out = new Float64Array(Wq.length);
    for (let i = 0; i < out.length; i++) out[i] = de[j]! * Wq[i]!;
    return out;
  });
  return { dq: matVec(W_a, g), dH, terms };
}
