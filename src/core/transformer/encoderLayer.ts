// One encoder layer (post-norm) and its gradient: A = SelfAttention(X), N1 = LayerNorm(X + A),
// F = FFN(N1), out = LayerNorm(N1 + F). Q, K and V all come from the layer's input X.
// Source: seed 004 (encoder self-attention) and Vaswani et al. 2017, §3.1.

import type { Mat } from "../tensor.ts";
import { type AddNormRecord, addNorm, addNormBackward } from "./addnorm.ts";
import { type FeedForwardRecord, feedForward, feedForwardBackward } from "./ffn.ts";
import { matAdd } from "./matrix.ts";
import { type MultiHeadRecord, encoderSelfAttention, multiHeadAttentionBackward } from "./multihead.ts";
import type { EncoderLayerParams } from "./types.ts";

/** Shapes: input, output T_source × d_model. */
export interface EncoderLayerRecord {
  readonly formula: "tf.encoder.layer";
  /** 1-based layer number. */
  readonly layer: number;
  readonly input: Mat;
  readonly selfAttention: MultiHeadRecord;
  readonly addNorm1: AddNormRecord;
  readonly ffn: FeedForwardRecord;
  readonly addNorm2: AddNormRecord;
  readonly output: Mat;
}

/** One encoder layer. Shape: T × d_model → T × d_model. */
export function encoderLayer(p: EncoderLayerParams, heads: number, X: Mat, layer: number): EncoderLayerRecord {
  const selfAttention = encoderSelfAttention(p.selfAttention, heads, X);
  const addNorm1 = addNorm(X, selfAttention.output, p.norm1);
  const ffn = feedForward(addNorm1.output, p.ffn);
  const addNorm2 = addNorm(addNorm1.output, ffn.output, p.norm2);
  return { formula: "tf.encoder.layer", layer, input: X, selfAttention, addNorm1, ffn, addNorm2, output: addNorm2.output };
}

/** Backward of one encoder layer, given ∂loss/∂output: ∂loss/∂X and the layer's parameter gradients. */
export function encoderLayerBackward(p: EncoderLayerParams, rec: EncoderLayerRecord, dOutput: Mat): { dX: Mat; grads: EncoderLayerParams } {
  const an2 = addNormBackward(rec.addNorm2, dOutput);
  const ff = feedForwardBackward(p.ffn, rec.ffn, an2.dSum);
  const dN1 = matAdd(an2.dSum, ff.dx);
  const an1 = addNormBackward(rec.addNorm1, dN1);
  const att = multiHeadAttentionBackward(p.selfAttention, rec.selfAttention, an1.dSum);
  const dX = matAdd(an1.dSum, matAdd(att.dX_q, att.dX_kv));
  return { dX, grads: { selfAttention: att.grads, norm1: an1.grads, ffn: ff.grads, norm2: an2.grads } };
}
