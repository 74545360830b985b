// The encoder stack (embed, then N encoder layers → H) and the decoder stack (embed, N decoder layers
// reading H, output layer → logits, p), each with its backward beside it.
// Source: seed 004 (the encoder's output is the decoder's "reading notes"); Vaswani et al. 2017, Fig. 1.

import type { Mat } from "../tensor.ts";
import { type DecoderLayerRecord, decoderLayer, decoderLayerBackward } from "./decoderLayer.ts";
import { type EmbeddingRecord, embed, embedBackward } from "./embedding.ts";
import { type EncoderLayerRecord, encoderLayer, encoderLayerBackward } from "./encoderLayer.ts";
import { matAdd } from "./matrix.ts";
import { type OutputRecord, outputLayer } from "./output.ts";
import type { DecoderLayerParams, EncoderLayerParams, TransformerModel } from "./types.ts";

/** Embedding, each encoder layer, and H (the last layer's output). Shape of H: T_source × d_model. */
export interface EncoderPass {
  readonly formula: "tf.encoder";
  readonly embedding: EmbeddingRecord;
  readonly layers: readonly EncoderLayerRecord[];
  readonly H: Mat;
}

/** Embedding of the decoder input, each decoder layer, and the output layer. Rows are target positions. */
export interface DecoderPass {
  readonly formula: "tf.decoder";
  readonly embedding: EmbeddingRecord;
  readonly layers: readonly DecoderLayerRecord[];
  readonly out: OutputRecord;
}

/** The encoder over source token ids. */
export function encodeSource(model: TransformerModel, sourceIds: readonly number[]): EncoderPass {
  if (sourceIds.length === 0) throw new RangeError("encodeSource: expected at least one source token");
  const embedding = embed(model.source, sourceIds);
  const layers: EncoderLayerRecord[] = [];
  let X = embedding.X;
  model.encoder.forEach((p, l) => {
    const rec = encoderLayer(p, model.heads, X, l + 1);
    layers.push(rec);
    X = rec.output;
  });
  return { formula: "tf.encoder", embedding, layers, H: X };
}

/** The decoder over its input ids (<sos> y_1 … y_k), every row at once under the causal mask. */
export function decodeInput(model: TransformerModel, H: Mat, inputIds: readonly number[]): DecoderPass {
  const embedding = embed(model.target, inputIds);
  const layers: DecoderLayerRecord[] = [];
  let Y = embedding.X;
  model.decoder.forEach((p, l) => {
    const rec = decoderLayer(p, model.heads, Y, H, l + 1);
    layers.push(rec);
    Y = rec.output;
  });
  return { formula: "tf.decoder", embedding, layers, out: outputLayer(Y, model.output) };
}

/** Backward of the encoder stack, given ∂loss/∂H: the layers' gradients and ∂loss/∂E_src. */
export function encodeSourceBackward(model: TransformerModel, pass: EncoderPass, dH: Mat): { layers: EncoderLayerParams[]; dE: Mat } {
  const layers: EncoderLayerParams[] = new Array<EncoderLayerParams>(pass.layers.length);
  let dX = dH;
  for (let l = pass.layers.length - 1; l >= 0; l--) {
    const g = encoderLayerBackward(model.encoder[l]!, pass.layers[l]!, dX);
    layers[l] = g.grads;
    dX = g.dX;
  }
  return { layers, dE: embedBackward(pass.embedding, dX, model.source.vocab.length) };
}

/**
 * Backward of the decoder layers and the target embedding, given ∂loss/∂(last layer's output):
 * the layers' gradients, ∂loss/∂E_tgt, and ∂loss/∂H summed over every layer's cross-attention.
 */
export function decodeInputBackward(model: TransformerModel, pass: DecoderPass, dY: Mat): { layers: DecoderLayerParams[]; dE: Mat; dH: Mat } {
  const layers: DecoderLayerParams[] = new Array<DecoderLayerParams>(pass.layers.length);
  let dIn = dY;
  let dH: Mat | undefined;
  for (let l = pass.layers.length - 1; l >= 0; l--) {
    const g = decoderLayerBackward(model.decoder[l]!, pass.layers[l]!, dIn);
    layers[l] = g.grads;
    dIn = g.dY;
    dH = dH ? matAdd(dH, g.dH) : g.dH;
  }
  if (!dH) throw new RangeError("decodeInputBackward: the model has no decoder layer");
  return { layers, dE: embedBackward(pass.embedding, dIn, model.target.vocab.length), dH };
}
