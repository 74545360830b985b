// The teacher-forced loss of the whole Transformer and its reverse-mode gradient:
// decoder input <sos> y_1 … y_T, targets y_1 … y_T <eos>, loss = −(1/(T+1)) Σ_t log p_t[target_t].
// Source: Vaswani et al. 2017 (training with teacher forcing); each backward lives beside its forward.

import { SPECIAL_TOKENS } from "../model.ts";
import { crossEntropy, outputBackward } from "./output.ts";
import { type DecoderPass, type EncoderPass, decodeInput, decodeInputBackward, encodeSource, encodeSourceBackward } from "./stack.ts";
import type { TransformerGradients, TransformerModel } from "./types.ts";

/** The decoder input and its targets for a target sentence (ids without <sos> or <eos>). */
export function teacherForcing(model: TransformerModel, targetIds: readonly number[]): { inputs: number[]; targets: number[] } {
  const sos = model.target.vocab.indexOf(SPECIAL_TOKENS.sos);
  const eos = model.target.vocab.indexOf(SPECIAL_TOKENS.eos);
  if (sos < 0 || eos < 0) throw new RangeError("teacherForcing: the target vocabulary needs <sos> and <eos>");
  return { inputs: [sos, ...targetIds], targets: [...targetIds, eos] };
}

/** The forward pass under teacher forcing, with the loss. */
export function forcedPass(model: TransformerModel, sourceIds: readonly number[], targetIds: readonly number[]): { encoder: EncoderPass; decoder: DecoderPass; inputs: number[]; targets: number[]; loss: number } {
  const { inputs, targets } = teacherForcing(model, targetIds);
  const encoder = encodeSource(model, sourceIds);
  const decoder = decodeInput(model, encoder.H, inputs);
  return { encoder, decoder, inputs, targets, loss: crossEntropy(decoder.out, targets) };
}

/** The mean cross-entropy of a sentence pair under teacher forcing. */
export function transformerLoss(model: TransformerModel, sourceIds: readonly number[], targetIds: readonly number[]): number {
  return forcedPass(model, sourceIds, targetIds).loss;
}

/**
 * The loss and ∂loss/∂θ for every parameter θ, laid out like the model. Reverse order of the
 * forward pass: output layer, decoder layers (collecting ∂loss/∂H from each cross-attention),
 * target embedding, encoder layers, source embedding.
 */
export function transformerGradients(model: TransformerModel, sourceIds: readonly number[], targetIds: readonly number[]): { loss: number; grads: TransformerGradients } {
  const pass = forcedPass(model, sourceIds, targetIds);
  const out = outputBackward(model.output, pass.decoder.out, pass.targets);
  const dec = decodeInputBackward(model, pass.decoder, out.dY);
  const enc = encodeSourceBackward(model, pass.encoder, dec.dH);
  return {
    loss: pass.loss,
    grads: {
      source: { embeddings: enc.dE },
      target: { embeddings: dec.dE },
      encoder: enc.layers,
      decoder: dec.layers,
      output: out.grads,
    },
  };
}
