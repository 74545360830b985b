// Backward of one attention step (attention.ts). From c = Σ_j α_j h_j: ∂h_j = α_j ∂c, ∂α_j = ∂c · h_j;
// softmax: ∂e_j = α_j (∂α_j − Σ_k α_k ∂α_k); then each score: dot ∂q = Σ_j ∂e_j h_j, ∂h_j += ∂e_j q;
// scaled the same times 1/√m; general via W_a; additive via u_j = tanh(W_s q + W_h h_j) and v.

import type { Mat, ReadonlyVec, Vec } from "../tensor.ts";
import { dot, matTVec, matVec, weightedSum } from "../tensor.ts";
import type { AttentionSpec } from "../model.ts";
import type { AttentionRecord } from "../trace.ts";
import type { GradTerm } from "./terms.ts";
import { sumMatTVec } from "./linear.ts";

/** What one attention step sends back. Shapes: ∂q m; ∂H T × d_h. */
export interface AttentionGrad {
  readonly dq: Vec;
  readonly dH: readonly Vec[];
  readonly terms: readonly GradTerm[];
}

const PREFIX = "decoder.attention.weights";

/** ∂e from ∂c through c = Σ α_j h_j and α = softmax(e). Shape: d_h → T. */
export function scoreGradient(rec: AttentionRecord, H: readonly ReadonlyVec[], dc: ReadonlyVec): Vec {
  const T = H.length;
  const dAlpha = new Float64Array(T);
  let mean = 0;
  for (let j = 0; j < T; j++) {
    dAlpha[j] = dot(dc, H[j]!);
    mean += rec.alpha[j]! * dAlpha[j]!;
  }
  return dAlpha.map((d, j) => rec.alpha[j]! * (d - mean));
}

/** ∂h_j = α_j ∂c + ∂e_j v for every j: the weighted sum's share and the score's. Shapes: T × d_h. */
function keyGrads(alpha: ReadonlyVec, dc: ReadonlyVec, de: ReadonlyVec, v: ReadonlyVec): Vec[] {
  const out: Vec[] = [];
  for (let j = 0; j < alpha.length; j++) {
    const g = new Float64Array(dc.length);
    for (let i = 0; i < g.length; i++) g[i] = alpha[j]! * dc[i]! + de[j]! * v[i]!;
    out.push(g);
  }
  return out;
}

function additiveBackward(spec: AttentionSpec, rec: AttentionRecord, H: readonly ReadonlyVec[], dc: ReadonlyVec, de: ReadonlyVec): AttentionGrad {
  const v = spec.weights.v as Vec;
  const W_h = spec.weights.W_h as Mat;
  const u = rec.u!;
  const dv = weightedSum(de, u);
  const sumDelta = new Float64Array(v.length);
  const terms: GradTerm[] = [{ path: `${PREFIX}.v`, delta: dv }];
  const dH: Vec[] = [];
  for (let j = 0; j < H.length; j++) {
    // δ_j = ∂e_j v ⊙ (1 − u_j²), the gradient at the pre-activation W_s q + W_h h_j.
    const delta = u[j]!.map((uk, k) => de[j]! * v[k]! * (1 - uk * uk));
    for (let k = 0; k < delta.length; k++) sumDelta[k]! += delta[k]!;
    terms.push({ path: `${PREFIX}.W_h`, delta, input: [H[j]!] });
    const g = matTVec(W_h, delta);
    for (let i = 0; i < g.length; i++) g[i]! += rec.alpha[j]! * dc[i]!;
    dH.push(g);
  }
  terms.push({ path: `${PREFIX}.W_s`, delta: sumDelta, input: [rec.q] });
  return { dq: sumMatTVec([[spec.weights.W_s as Mat, sumDelta]]), dH, terms };
}

/**
 * The backward of `attend(spec, q, H)` recorded in `rec`, given ∂loss/∂c and, when the loss also
 * scores α itself (guided alignment), that term's ∂loss/∂e.
 */
export function attentionBackward(spec: AttentionSpec, rec: AttentionRecord, H: readonly ReadonlyVec[], dc: ReadonlyVec, deAlpha?: ReadonlyVec): AttentionGrad {
  let de = scoreGradient(rec, H, dc);
  if (deAlpha) de = de.map((d, j) => d + deAlpha[j]!);
  switch (spec.score) {
    case "dot":
    case "scaled": {
      if (spec.score === "scaled") de = de.map((d) => d / Math.sqrt(rec.q.length));
      return { dq: weightedSum(de, H), dH: keyGrads(rec.alpha, dc, de, rec.q), terms: [] };
    }
    case "general": {
      // e_j = qᵀ W_a h_j: ∂W_a = q gᵀ with g = Σ_j ∂e_j h_j, ∂q = W_a g, ∂h_j += ∂e_j W_aᵀ q.
      const W_a = spec.weights.W_a as Mat;
      const g = weightedSum(de, H);
      const terms: GradTerm[] = [{ path: `${PREFIX}.W_a`, delta: rec.q, input: [g] }];
      return { dq: matVec(W_a, g), dH: keyGrads(rec.alpha, dc, de, matTVec(W_a, rec.q)), terms };
    }
    case "additive":
      return additiveBackward(spec, rec, H, dc, de);
  }
}
