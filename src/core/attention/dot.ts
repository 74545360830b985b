// The dot and scaled dot scores and their gradients: e_j = q · h_j (Luong et al. 2015) and
// e_j = q · h_j / √m (seed 002's scaled score). Backward: ∂q = Σ_j ∂e_j h_j and ∂h_j = ∂e_j q, the
// scaled score's ∂e first divided by √m. Shapes: q and each h_j m (the same width); e T.

import type { ReadonlyVec, Vec } from "../tensor.ts";
import { dot, weightedSum } from "../tensor.ts";
import type { AttentionGrad } from "../grad/terms.ts";

/** The formula id of the dot score (trace entries carry it). */
export const DOT_FORMULAS = { e: "att.score.dot" } as const;
/** The formula id of the scaled dot score. */
export const SCALED_FORMULAS = { e: "att.score.scaled" } as const;

/** e_j = q · h_j. Shapes: q m, H T × m → T. */
export function dotScores(q: Vec, H: readonly Vec[]): Vec {
  const e = new Float64Array(H.length);
  for (let j = 0; j < H.length; j++) e[j] = dot(q, H[j]!);
  return e;
}

/** e_j = q · h_j / √m. Shapes: q m, H T × m → T. */
export function scaledScores(q: Vec, H: readonly Vec[]): Vec {
  const scale = 1 / Math.sqrt(q.length);
  const e = new Float64Array(H.length);
  for (let j = 0; j < H.length; j++) e[j] = dot(q, H[j]!) * scale;
  return e;
}

/** The dot score's share of ∂q and ∂h_j, given ∂e. Shapes: ∂e T → ∂q m, ∂H T × m. */
export function dotBackward(q: ReadonlyVec, H: readonly ReadonlyVec[], de: ReadonlyVec): AttentionGrad {
  const dH = H.map((_, j) => {
    const g = new Float64Array(q.length);
    for (let i = 0; i < g.length; i++) g[i] = de[j]! * q[i]!;
    return g;
  });
  return { dq: weightedSum(de, H), dH, terms: [] };
}

/** The scaled score's share: the dot score's, for ∂e / √m. */
export function scaledBackward(q: ReadonlyVec, H: readonly ReadonlyVec[], de: Vec): AttentionGrad {
  return dotBackward(q, H, de.map((d) => d / Math.sqrt(q.length)));
}
