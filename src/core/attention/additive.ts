// The additive score and its gradient (Bahdanau et al. 2015; seed 002): u_j = tanh(W_s q + W_h h_j),
// e_j = vᵀ u_j; with the optional biases of PyTorch's Linear layers (the tutorial's Wa, Ua, Va),
// u_j = tanh(W_s q + b_s + W_h h_j + b_h), e_j = vᵀ u_j + b_v. Backward: ∂v = Σ_j ∂e_j u_j,
// ∂b_v = Σ_j ∂e_j (0 up to rounding: softmax ignores a common shift); δ_j = ∂e_j v ⊙ (1 − u_j²);
// ∂W_h += δ_j h_jᵀ, ∂h_j = W_hᵀ δ_j; ∂W_s += (Σ_j δ_j) qᵀ, ∂b_s = ∂b_h = Σ_j δ_j, ∂q = W_sᵀ Σ_j δ_j.
// Shapes: q m, h_j d_h, W_s a × m, W_h a × d_h, v, b_s, b_h and u_j a, b_v 1.

import type { Mat, ReadonlyVec, Vec } from "../tensor.ts";
import { affine, dot, matTVec, matVec, weightedSum } from "../tensor.ts";
import { ADDITIVE_BIASES, type Params } from "../model.ts";
import type { AttentionGrad, GradTerm } from "../grad/terms.ts";
import { sumMatTVec } from "../grad/linear.ts";

/** The formula ids of the hidden vectors u_j and the score, without and with the biases (trace entries carry them). */
export const ADDITIVE_FORMULAS = { u: "att.additive.u", e: "att.score.additive" } as const;
export const ADDITIVE_BIAS_FORMULAS = { u: "att.additive.u.bias", e: "att.score.additive.bias" } as const;

/** Whether the additive score's weights hold its biases b_s, b_h, b_v. */
export function hasAdditiveBiases(w: Params): boolean {
  return ADDITIVE_BIASES.some((name) => w[name] !== undefined);
}

/** The scores e_j and the hidden vectors u_j, one per source position. Shapes: q m, H T × d_h → T, T × a. */
export function additiveScores(w: Params, q: Vec, H: readonly Vec[]): { e: Vec; u: Vec[] } {
  const v = w.v as Vec;
  const biased = hasAdditiveBiases(w);
  // The part every position shares: W_s q (+ b_s + b_h).
  const shared = biased ? affine(w.W_s as Mat, q, w.b_s as Vec) : matVec(w.W_s as Mat, q);
  if (biased) for (let k = 0; k < shared.length; k++) shared[k]! += (w.b_h as Vec)[k]!;
  const b_v = biased ? (w.b_v as Vec)[0]! : 0;
  const u: Vec[] = [];
  const e = new Float64Array(H.length);
  for (let j = 0; j < H.length; j++) {
    const u_j = affine(w.W_h as Mat, H[j]!, shared);
    for (let k = 0; k < u_j.length; k++) u_j[k] = Math.tanh(u_j[k]!);
    u.push(u_j);
    e[j] = biased ? dot(v, u_j) + b_v : dot(v, u_j);
  }
  return { e, u };
}

/** The additive score's share of ∂q, ∂h_j and its weights' terms (at `prefix`), given ∂e and the recorded u_j. */
export function additiveBackward(w: Params, q: ReadonlyVec, u: readonly Vec[], H: readonly ReadonlyVec[], de: ReadonlyVec, prefix: string): AttentionGrad {
  const v = w.v as Vec;
  const W_h = w.W_h as Mat;
  const dv = weightedSum(de, u);
  const sumDelta = new Float64Array(v.length);
  const terms: GradTerm[] = [{ path: `${prefix}.v`, delta: dv }];
  const dH: Vec[] = [];
  for (let j = 0; j < H.length; j++) {
    // δ_j = ∂e_j v ⊙ (1 − u_j²), the gradient at the pre-activation W_s q (+ b_s) + W_h h_j (+ b_h).
    const delta = u[j]!.map((uk, k) => de[j]! * v[k]! * (1 - uk * uk));
    for (let k = 0; k < delta.length; k++) sumDelta[k]! += delta[k]!;
    terms.push({ path: `${prefix}.W_h`, delta, input: [H[j]!] });
    dH.push(matTVec(W_h, delta));
  }
  terms.push({ path: `${prefix}.W_s`, delta: sumDelta, input: [q] });
  if (hasAdditiveBiases(w)) {
    let sumDe = 0;
    for (let j = 0; j < de.length; j++) sumDe += de[j]!;
    terms.push({ path: `${prefix}.b_s`, delta: sumDelta }, { path: `${prefix}.b_h`, delta: sumDelta }, { path: `${prefix}.b_v`, delta: Float64Array.of(sumDe) });
  }
  return { dq: sumMatTVec([[w.W_s as Mat, sumDelta]]), dH, terms };
}
