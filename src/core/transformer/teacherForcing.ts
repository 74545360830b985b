// Teacher forcing: the decoder reads <sos> y_1 … y_T and is scored on y_1 … y_T <eos>, every position
// at once under the causal mask; loss = −(1/(T+1)) Σ_t log p_t[target_t] (the mean over positions).
// Source: Vaswani et al. 2017 (training); seed 004 (the mask keeps each position from seeing later words).

import { SPECIAL_TOKENS } from "../model.ts";
import { crossEntropy } from "./output.ts";
import { type DecoderPass, type EncoderPass, decodeInput, encodeSource } from "./stack.ts";
import type { TransformerModel } from "./types.ts";

/** The decoder input and its targets for a target sentence (ids without <sos> or <eos>). */
export function teacherForcing(model: TransformerModel, targetIds: readonly number[]): { inputs: number[]; targets: number[] } {
  const sos = model.target.vocab.indexOf(SPECIAL_TOKENS.sos);
  const eos = model.target.vocab.indexOf(SPECIAL_TOKENS.eos);
  if (sos < 0 || eos < 0) throw new RangeError("teacherForcing: the target vocabulary needs <sos> and <eos>");
  return { inputs: [sos, ...targetIds], targets: [...targetIds, eos] };
}

export interface ForcedPass {
  readonly encoder: EncoderPass;
  readonly decoder: DecoderPass;
  readonly inputs: number[];
  readonly targets: number[];
  readonly loss: number;
}

/** The forward pass under teacher forcing, with the mean cross-entropy. */
export function forcedPass(model: TransformerModel, sourceIds: readonly number[], targetIds: readonly number[]): ForcedPass {
  const { inputs, targets } = teacherForcing(model, targetIds);
  const encoder = encodeSource(model, sourceIds);
  const decoder = decodeInput(model, encoder.H, inputs);
  return { encoder, decoder, inputs, targets, loss: crossEntropy(decoder.out, targets) };
}

/** The mean cross-entropy of a sentence pair under teacher forcing. */
export function transformerLoss(model: TransformerModel, sourceIds: readonly number[], targetIds: readonly number[]): number {
  return forcedPass(model, sourceIds, targetIds).loss;
}
