// One decoder layer (post-norm) and its gradient: A = MaskedSelfAttention(Y), N1 = LayerNorm(Y + A),
// C = CrossAttention(N1, H), N2 = LayerNorm(N1 + C), F = FFN(N2), out = LayerNorm(N2 + F).
// Source: seed 004 (Q from the decoder, K and V from the encoder output H); Vaswani et al. 2017, §3.1.

import type { Mat } from "../tensor.ts";
import { type AddNormRecord, addNorm, addNormBackward } from "./addnorm.ts";
import { type FeedForwardRecord, feedForward, feedForwardBackward } from "./ffn.ts";
import { matAdd } from "./matrix.ts";
import { type MultiHeadRecord, crossAttention, maskedSelfAttention, multiHeadAttentionBackward } from "./multihead.ts";
import type { DecoderLayerParams } from "./types.ts";

/** Shapes: input, output T_target × d_model; memory T_source × d_model. */
export interface DecoderLayerRecord {
  readonly formula: "tf.decoder.layer";
  /** 1-based layer number. */
  readonly layer: number;
  readonly input: Mat;
  /** H, the encoder output that cross-attention reads. */
  readonly memory: Mat;
  readonly selfAttention: MultiHeadRecord;
  readonly addNorm1: AddNormRecord;
  /** Its head weights are T_target × T_source. */
  readonly crossAttention: MultiHeadRecord;
  readonly addNorm2: AddNormRecord;
  readonly ffn: FeedForwardRecord;
  readonly addNorm3: AddNormRecord;
  readonly output: Mat;
}

/** One decoder layer. Shapes: Y T_target × d_model, H T_source × d_model → T_target × d_model. */
export function decoderLayer(p: DecoderLayerParams, heads: number, Y: Mat, H: Mat, layer: number): DecoderLayerRecord {
  const selfAttention = maskedSelfAttention(p.selfAttention, heads, Y);
  const addNorm1 = addNorm(Y, selfAttention.output, p.norm1);
  const cross = crossAttention(p.crossAttention, heads, addNorm1.output, H);
  const addNorm2 = addNorm(addNorm1.output, cross.output, p.norm2);
  const ffn = feedForward(addNorm2.output, p.ffn);
  const addNorm3 = addNorm(addNorm2.output, ffn.output, p.norm3);
  return {
    formula: "tf.decoder.layer",
    layer,
    input: Y,
    memory: H,
    selfAttention,
    addNorm1,
    crossAttention: cross,
    addNorm2,
    ffn,
    addNorm3,
    output: addNorm3.output,
  };
}

/** Backward of one decoder layer, given ∂loss/∂output: ∂loss/∂Y, ∂loss/∂H and the parameter gradients. */
export function decoderLayerBackward(p: DecoderLayerParams, rec: DecoderLayerRecord, dOutput: Mat): { dY: Mat; dH: Mat; grads: DecoderLayerParams } {
  const an3 = addNormBackward(rec.addNorm3, dOutput);
  const ff = feedForwardBackward(p.ffn, rec.ffn, an3.dSum);
  const an2 = addNormBackward(rec.addNorm2, matAdd(an3.dSum, ff.dx));
  const cross = multiHeadAttentionBackward(p.crossAttention, rec.crossAttention, an2.dSum);
  const an1 = addNormBackward(rec.addNorm1, matAdd(an2.dSum, cross.dX_q));
  const self = multiHeadAttentionBackward(p.selfAttention, rec.selfAttention, an1.dSum);
  return {
    dY: matAdd(an1.dSum, matAdd(self.dX_q, self.dX_kv)),
    dH: cross.dX_kv,
    grads: { selfAttention: self.grads, norm1: an1.grads, crossAttention: cross.grads, norm2: an2.grads, ffn: ff.grads, norm3: an3.grads },
  };
}
