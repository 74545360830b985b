// Multi-head attention in its three kinds, and its gradient: Q = X_q W^Q, K = X_kv W^K, V = X_kv W^V,
// head_h = Attention(Q_h, K_h, V_h) on column block h, MultiHead = Concat(head_1, …, head_h) W^O.
// Source: seed 004's table of where Q, K and V come from; Vaswani et al. 2017, §3.2.2–3.2.3.

import type { Mat } from "../tensor.ts";
import { type AttentionRecord, attention, attentionBackward } from "./attention.ts";
import { concatCols, matAdd, matMul, matMulAT, matMulBT, sliceCols } from "./matrix.ts";
import type { AttentionParams } from "./types.ts";

/**
 * encoder-self: X_q = X_kv = encoder input, no mask. decoder-self: X_q = X_kv = decoder input,
 * causal mask. cross: X_q = decoder, X_kv = encoder output H (weights T_target × T_source).
 */
export type AttentionKind = "encoder-self" | "decoder-self" | "cross";

export interface MultiHeadRecord {
  readonly formula: "tf.multihead";
  readonly kind: AttentionKind;
  /** Shapes: X_q T_q × d_model, X_kv T_kv × d_model. */
  readonly X_q: Mat;
  readonly X_kv: Mat;
  /** X_q W^Q, X_kv W^K, X_kv W^V ("tf.project"), all heads side by side. Shapes: T × (h·d_k). */
  readonly Q: Mat;
  readonly K: Mat;
  readonly V: Mat;
  /** heads[h − 1] is head h, reading column block h of Q, K, V. */
  readonly heads: readonly AttentionRecord[];
  /** Concat(head_1, …, head_h) ("tf.multihead.concat"). Shape: T_q × (h·d_k). */
  readonly concat: Mat;
  /** concat · W^O ("tf.multihead.output"). Shape: T_q × d_model. */
  readonly output: Mat;
}

/** Multi-head attention of any kind with h heads. Shapes: X_q T_q × d_model, X_kv T_kv × d_model → T_q × d_model. */
export function multiHeadAttention(p: AttentionParams, heads: number, X_q: Mat, X_kv: Mat, kind: AttentionKind): MultiHeadRecord {
  if (p.W_Q.cols % heads !== 0) throw new RangeError(`multiHeadAttention: ${p.W_Q.cols} columns do not split into ${heads} heads`);
  const d_k = p.W_Q.cols / heads;
  const Q = matMul(X_q, p.W_Q);
  const K = matMul(X_kv, p.W_K);
  const V = matMul(X_kv, p.W_V);
  const causal = kind === "decoder-self";
  const records: AttentionRecord[] = [];
  for (let h = 0; h < heads; h++) {
    const block = (M: Mat): Mat => sliceCols(M, h * d_k, d_k);
    records.push(attention(block(Q), block(K), block(V), causal));
  }
  const concat = concatCols(records.map((r) => r.output));
  return { formula: "tf.multihead", kind, X_q, X_kv, Q, K, V, heads: records, concat, output: matMul(concat, p.W_O) };
}

/** Encoder self-attention: every source token attends to every source token. */
export function encoderSelfAttention(p: AttentionParams, heads: number, X: Mat): MultiHeadRecord {
  return multiHeadAttention(p, heads, X, X, "encoder-self");
}

/** Masked decoder self-attention: target position i attends to positions 1..i only. */
export function maskedSelfAttention(p: AttentionParams, heads: number, Y: Mat): MultiHeadRecord {
  return multiHeadAttention(p, heads, Y, Y, "decoder-self");
}

/** Cross-attention: queries from the decoder, keys and values from the encoder output H. */
export function crossAttention(p: AttentionParams, heads: number, Y: Mat, H: Mat): MultiHeadRecord {
  return multiHeadAttention(p, heads, Y, H, "cross");
}

export interface MultiHeadGradients {
  readonly dX_q: Mat;
  readonly dX_kv: Mat;
  readonly grads: AttentionParams;
}

/**
 * Backward of multi-head attention, given ∂loss/∂output: dW^O = concatᵀ dOut, dConcat = dOut W^Oᵀ,
 * each head's block through attentionBackward, then dW^Q = X_qᵀ dQ, dX_q = dQ W^Qᵀ, and
 * dX_kv = dK W^Kᵀ + dV W^Vᵀ. For self-attention the caller adds dX_q and dX_kv.
 */
export function multiHeadAttentionBackward(p: AttentionParams, rec: MultiHeadRecord, dOutput: Mat): MultiHeadGradients {
  const d_k = rec.heads[0]!.d_k;
  const dConcat = matMulBT(dOutput, p.W_O);
  const parts = rec.heads.map((head, h) => attentionBackward(head, sliceCols(dConcat, h * d_k, d_k)));
  const dQ = concatCols(parts.map((g) => g.dQ));
  const dK = concatCols(parts.map((g) => g.dK));
  const dV = concatCols(parts.map((g) => g.dV));
  return {
    dX_q: matMulBT(dQ, p.W_Q),
    dX_kv: matAdd(matMulBT(dK, p.W_K), matMulBT(dV, p.W_V)),
    grads: { W_Q: matMulAT(rec.X_q, dQ), W_K: matMulAT(rec.X_kv, dK), W_V: matMulAT(rec.X_kv, dV), W_O: matMulAT(rec.concat, dOutput) },
  };
}
