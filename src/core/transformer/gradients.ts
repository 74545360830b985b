// The reverse-mode gradient of the teacher-forced loss through the whole Transformer:
// ∂L/∂θ for L = −(1/(T+1)) Σ_t log p_t[target_t], composed from the backward beside each forward.
// Source: Vaswani et al. 2017 (the model); the chain rule, checked in tests against central differences.

import { outputBackward } from "./output.ts";
import { decodeInputBackward, encodeSourceBackward } from "./stack.ts";
import { forcedPass } from "./teacherForcing.ts";
import type { TransformerGradients, TransformerModel } from "./types.ts";

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
