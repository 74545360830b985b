// Attention over the encoder states: e_{t'j} = score(q, h_j), α_{t'·} = softmax(e_{t'·}),
// c_{t'} = Σ_j α_{t'j} h_j (seed 002; Bahdanau et al. 2015; Luong et al. 2015). Scores: dot q·h,
// scaled q·h/√n, general qᵀ W_a h, additive vᵀ tanh(W_s q + W_h h). Shapes: q m, h_j d_h, e and α T.

import type { Mat, Vec } from "./tensor.ts";
import { affine, dot, matTVec, matVec, weightedSum } from "./tensor.ts";
import { softmax } from "./activations.ts";
import type { AttentionSpec, Params } from "./model.ts";
import type { AttentionRecord } from "./trace.ts";

/** The scores e_j of query q against every h_j, and additive's hidden vectors u_j. Shape: T. */
export function scores(spec: Pick<AttentionSpec, "score" | "weights">, q: Vec, H: readonly Vec[]): { e: Vec; u?: Vec[] } {
  const T = H.length;
  const e = new Float64Array(T);
  switch (spec.score) {
    case "dot":
      for (let j = 0; j < T; j++) e[j] = dot(q, H[j]!);
      return { e };
    case "scaled": {
      const scale = 1 / Math.sqrt(q.length);
      for (let j = 0; j < T; j++) e[j] = dot(q, H[j]!) * scale;
      return { e };
    }
    case "general": {
      // qᵀ W_a h_j = (W_aᵀ q) · h_j: one product for all j.
      const Wq = matTVec(spec.weights.W_a as Mat, q);
      for (let j = 0; j < T; j++) e[j] = dot(Wq, H[j]!);
      return { e };
    }
    case "additive":
      return additive(spec.weights, q, H);
  }
}

function additive(w: Params, q: Vec, H: readonly Vec[]): { e: Vec; u: Vec[] } {
  const W_s = w.W_s as Mat;
  const v = w.v as Vec;
  const Wsq = matVec(W_s, q);
  const u: Vec[] = [];
  const e = new Float64Array(H.length);
  for (let j = 0; j < H.length; j++) {
    const u_j = affine(w.W_h as Mat, H[j]!, Wsq);
    for (let k = 0; k < u_j.length; k++) u_j[k] = Math.tanh(u_j[k]!);
    u.push(u_j);
    e[j] = dot(v, u_j);
  }
  return { e, u };
}

/** Scores, weights and context for one decoder step. Shapes: q m; H T × d_h → e, α T; c d_h. */
export function attend(spec: AttentionSpec, q: Vec, H: readonly Vec[]): AttentionRecord {
  const { e, u } = scores(spec, q, H);
  const alpha = softmax(e);
  const c = weightedSum(alpha, H);
  return u ? { score: spec.score, query: spec.query, q, e, alpha, c, u } : { score: spec.score, query: spec.query, q, e, alpha, c };
}
