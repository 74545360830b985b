// Scaled dot-product attention with an optional causal mask, and its gradient:
// Attention(Q, K, V) = softmax(Q Kᵀ / √d_k + M) V, M_ij = −∞ for j > i (masked) and 0 otherwise.
// Source: seed 004 (Q asks, K labels, V carries the content) and Vaswani et al. 2017, §3.2.1.

import type { Mat } from "../tensor.ts";
import { softmax } from "../activations.ts";
import { matMul, matMulAT, matMulBT, matScale, maxAbs } from "./matrix.ts";

/** One head's intermediates. Shapes: Q T_q × d_k; K, V T_kv × d_k; scores, mask, weights T_q × T_kv. */
export interface AttentionRecord {
  readonly formula: "tf.attention";
  readonly Q: Mat;
  readonly K: Mat;
  readonly V: Mat;
  readonly d_k: number;
  /** Q Kᵀ / √d_k ("tf.scores"). An entry is ±∞ only where the product overflows float64. */
  readonly scores: Mat;
  readonly causal: boolean;
  /** M: 0, or −∞ above the diagonal when causal ("tf.mask"). */
  readonly mask: Mat;
  /** softmax(scores + M), row by row ("tf.softmax"): masked entries are exactly 0. */
  readonly weights: Mat;
  /** weights · V. Shape: T_q × d_k. */
  readonly output: Mat;
}

/** M with −∞ where key j lies after query i. Shape: T_q × T_kv. */
export function causalMask(T_q: number, T_kv: number): Mat {
  const data = new Float64Array(T_q * T_kv);
  for (let i = 0; i < T_q; i++) for (let j = i + 1; j < T_kv; j++) data[i * T_kv + j] = -Infinity;
  return { rows: T_q, cols: T_kv, data };
}

/**
 * Row i of scores and weights when q_i · k_j overflowed. With a = max|q_i| and b = max|K|,
 * ŝ_j = (q_i/a)·(k_j/b)/√d_k is finite and the scores are a·b·ŝ_j; softmax(a·b·(ŝ − max ŝ)) has
 * only exponents ≤ 0, and where a·b·(ŝ_j − max ŝ) is −∞ the weight's limit, 0, is what comes out.
 */
function overflowRow(Q: Mat, K: Mat, i: number, mask: Mat, scoresOut: Float64Array): Float64Array {
  const d = Q.cols;
  const q = Q.data.subarray(i * d, (i + 1) * d);
  const a = maxAbs(q);
  const b = maxAbs(K.data);
  const sHat = new Float64Array(K.rows);
  let top = -Infinity;
  for (let j = 0; j < K.rows; j++) {
    let s = 0;
    for (let k = 0; k < d; k++) s += (q[k]! / a) * (K.data[j * d + k]! / b);
    sHat[j] = s / Math.sqrt(d);
    scoresOut[j] = sHat[j] === 0 ? 0 : sHat[j]! * a * b;
    if (mask.data[i * K.rows + j] !== -Infinity && sHat[j]! > top) top = sHat[j]!;
  }
  const z = new Float64Array(K.rows);
  for (let j = 0; j < K.rows; j++) {
    const masked = mask.data[i * K.rows + j] === -Infinity;
    z[j] = masked ? -Infinity : sHat[j] === top ? 0 : (sHat[j]! - top) * a * b;
  }
  return softmax(z);
}

/**
 * softmax(Q Kᵀ / √d_k + M) V. Masked entries are set to −∞ rather than added, so a score that
 * overflowed to +∞ cannot turn into NaN. Shapes: Q T_q × d_k, K T_kv × d_k, V T_kv × d_v → T_q × d_v.
 */
export function attention(Q: Mat, K: Mat, V: Mat, causal = false): AttentionRecord {
  if (Q.cols !== K.cols || K.rows !== V.rows) throw new RangeError(`attention: Q ${Q.rows}×${Q.cols}, K ${K.rows}×${K.cols}, V ${V.rows}×${V.cols}`);
  const d_k = Q.cols;
  const T = K.rows;
  const scores = matScale(matMulBT(Q, K), 1 / Math.sqrt(d_k));
  const mask = causal ? causalMask(Q.rows, T) : { rows: Q.rows, cols: T, data: new Float64Array(Q.rows * T) };
  const weights = new Float64Array(Q.rows * T);
  for (let i = 0; i < Q.rows; i++) {
    const row = scores.data.subarray(i * T, (i + 1) * T);
    if (row.every(Number.isFinite)) {
      const z = row.map((s, j) => (mask.data[i * T + j] === -Infinity ? -Infinity : s));
      weights.set(softmax(z), i * T);
    } else weights.set(overflowRow(Q, K, i, mask, row), i * T);
  }
  const W: Mat = { rows: Q.rows, cols: T, data: weights };
  return { formula: "tf.attention", Q, K, V, d_k, scores, causal, mask, weights: W, output: matMul(W, V) };
}

/** The gradients of one head with respect to Q, K and V. */
export interface AttentionGradients {
  readonly dQ: Mat;
  readonly dK: Mat;
  readonly dV: Mat;
}

/**
 * Backward of attention, given ∂loss/∂output: dV = Pᵀ dO, dP = dO Vᵀ,
 * dS_ij = P_ij (dP_ij − Σ_k P_ik dP_ik) (masked P_ij = 0 pass nothing), dQ = dS K / √d_k, dK = dSᵀ Q / √d_k.
 */
export function attentionBackward(rec: AttentionRecord, dOutput: Mat): AttentionGradients {
  const P = rec.weights;
  const dV = matMulAT(P, dOutput);
  const dP = matMulBT(dOutput, rec.V);
  const dS = new Float64Array(P.data.length);
  for (let i = 0; i < P.rows; i++) {
    let inner = 0;
    for (let j = 0; j < P.cols; j++) inner += P.data[i * P.cols + j]! * dP.data[i * P.cols + j]!;
    for (let j = 0; j < P.cols; j++) dS[i * P.cols + j] = P.data[i * P.cols + j]! * (dP.data[i * P.cols + j]! - inner);
  }
  const dScores: Mat = { rows: P.rows, cols: P.cols, data: dS };
  const s = 1 / Math.sqrt(rec.d_k);
  return { dQ: matScale(matMul(dScores, rec.K), s), dK: matScale(matMulAT(dScores, rec.Q), s), dV };
}
