// The tiny encoder–decoder Transformer as data: vocabularies, embeddings and, per layer, parameters
// named as in the formulas (W_Q, W_K, W_V, W_O; W_1, b_1, W_2, b_2; gamma, beta; W_out, b_out).
// Source: seed 004 and Vaswani et al. 2017. Convention: every weight is right-multiplied (Y = X W).

import type { Embedding } from "../model.ts";
import type { Mat, Vec } from "../tensor.ts";

/**
 * Weight convention for the whole Transformer: rows are tokens, so a layer computes Y = X W (+ b)
 * and W is stored inputs × outputs, one inner array per INPUT unit. This is the transpose of the
 * recurrent cells (notation.md: one inner array per output unit, W v), chosen so that every
 * Transformer formula reads as printed in seed 004 and Vaswani et al.: Q = X_q W^Q.
 */
export const WEIGHT_CONVENTION = "inputs × outputs (Y = X W)" as const;

/** ε inside the layer norm: (x − μ) / √(σ² + ε). */
export const LAYER_NORM_EPSILON = 1e-5;

/**
 * One attention block. h heads of width d_k = d_model / h sit side by side: columns
 * (h−1)·d_k .. h·d_k − 1 of W_Q, W_K, W_V are head h's W^Q_h, W^K_h, W^V_h (d_v = d_k).
 */
export interface AttentionParams {
  /** d_model × d_model (= h · d_k). */
  readonly W_Q: Mat;
  readonly W_K: Mat;
  readonly W_V: Mat;
  /** (h · d_k) × d_model, applied to the concatenated heads. */
  readonly W_O: Mat;
}

/** Layer norm gain γ and bias β. Shapes: d_model, d_model. */
export interface LayerNormParams {
  readonly gamma: Vec;
  readonly beta: Vec;
}

/** FFN(x) = max(0, x W_1 + b_1) W_2 + b_2. Shapes: d_model × d_ff, d_ff, d_ff × d_model, d_model. */
export interface FeedForwardParams {
  readonly W_1: Mat;
  readonly b_1: Vec;
  readonly W_2: Mat;
  readonly b_2: Vec;
}

/** Self-attention, add & norm, feed-forward, add & norm. */
export interface EncoderLayerParams {
  readonly selfAttention: AttentionParams;
  readonly norm1: LayerNormParams;
  readonly ffn: FeedForwardParams;
  readonly norm2: LayerNormParams;
}

/** Masked self-attention, add & norm, cross-attention, add & norm, feed-forward, add & norm. */
export interface DecoderLayerParams {
  readonly selfAttention: AttentionParams;
  readonly norm1: LayerNormParams;
  readonly crossAttention: AttentionParams;
  readonly norm2: LayerNormParams;
  readonly ffn: FeedForwardParams;
  readonly norm3: LayerNormParams;
}

/** logits = Y W_out + b_out. Shapes: d_model × V (inputs × outputs, see above), V. */
export interface OutputParams {
  readonly W_out: Mat;
  readonly b_out: Vec;
}

export interface TransformerModel {
  readonly kind: "transformer";
  readonly name: string;
  readonly description?: string;
  /** Source vocabulary (holds <sos>, <eos>, <unk>) and embeddings, one row per token: V_src × d_model. */
  readonly source: Embedding;
  /** Target vocabulary and embeddings: V_tgt × d_model. */
  readonly target: Embedding;
  readonly d_model: number;
  /** h; d_model must be a multiple of h. */
  readonly heads: number;
  readonly d_ff: number;
  /** N encoder layers (each output feeds the next; the last one is the memory H). */
  readonly encoder: readonly EncoderLayerParams[];
  /** N decoder layers; each one's cross-attention reads the same memory H. */
  readonly decoder: readonly DecoderLayerParams[];
  readonly output: OutputParams;
  /** Greedy decoding stops after this many tokens if <eos> has not come. */
  readonly maxLength: number;
  readonly meta?: Readonly<Record<string, unknown>>;
}

/**
 * ∂loss/∂θ for every parameter, laid out like the model so that the same dotted path
 * ("decoder.0.crossAttention.W_K") reaches a parameter and its gradient.
 */
export interface TransformerGradients {
  readonly source: { readonly embeddings: Mat };
  readonly target: { readonly embeddings: Mat };
  readonly encoder: readonly EncoderLayerParams[];
  readonly decoder: readonly DecoderLayerParams[];
  readonly output: OutputParams;
}

/** d_k = d_model / h, the width of one head. */
export function headWidth(model: Pick<TransformerModel, "d_model" | "heads">): number {
  return model.d_model / model.heads;
}
