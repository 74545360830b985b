// A decoder as a step function, for searches that follow several hypotheses at once (beam.ts): from a
// hypothesis's state and its last token y_{t'−1}, one step gives log p_{t'} over the target vocabulary
// and the state after it. The recurrent decoders (every cell and variant, through decoderStep) carry
// (s_{t'}, C_{t'}); the Transformer's state is its input so far, <sos> y_1 … y_{t'−1}, re-read each step
// under the causal mask. log p_{t'} is log-softmax of the logits, never log of a rounded p.

import { logSoftmax } from "./activations.ts";
import { decoderStep } from "./decoder.ts";
import { encode } from "./encoder.ts";
import { contextStep, encoderInput } from "./forward.ts";
import type { Seq2SeqModel } from "./model.ts";
import { SPECIAL_TOKENS } from "./model.ts";
import { row, zeros, type Vec } from "./tensor.ts";
import type { SourceToken } from "./trace.ts";
import { decodeInput, encodeSource } from "./transformer/stack.ts";
import type { TransformerModel } from "./transformer/types.ts";

/** One decoder step's log-probabilities (shape V) and the state the chosen token continues from. */
export interface StepOutput<S> {
  readonly logp: Vec;
  readonly next: S;
}

export interface DecoderStepper<S> {
  readonly vocab: readonly string[];
  readonly sos: number;
  readonly eos: number;
  /** The model's own length limit. */
  readonly maxLength: number;
  /** The state before step 1 (s_0 and C_0; the Transformer's empty prefix). */
  readonly start: S;
  /** Step t' from `state` reading y_{t'−1} = yPrev. Pure: the same arguments give the same numbers. */
  step(state: S, yPrev: number, t: number): StepOutput<S>;
}

function specialIds(vocab: readonly string[]): { sos: number; eos: number } {
  const sos = vocab.indexOf(SPECIAL_TOKENS.sos);
  const eos = vocab.indexOf(SPECIAL_TOKENS.eos);
  if (sos < 0 || eos < 0) throw new RangeError("target.vocab: needs <sos> and <eos>");
  return { sos, eos };
}

export interface RecurrentState {
  readonly s: Vec;
  readonly C: Vec;
}

/** The recurrent decoder over an encoded sentence (the same encoder, context and steps as forward). */
export function recurrentStepper(model: Seq2SeqModel, words: readonly SourceToken[]): DecoderStepper<RecurrentState> {
  const source = encoderInput(model, words);
  const xs = source.map((tok) => row(model.source.embeddings, tok.id));
  const enc = encode(model.encoder, xs, source);
  const ctx = contextStep(model, enc);
  const c = ctx.c;
  return {
    vocab: model.target.vocab,
    ...specialIds(model.target.vocab),
    maxLength: model.decoding.maxLength,
    start: { s: ctx.s_0, C: ctx.C_0 ?? zeros(model.decoder.hidden) },
    step(state, yPrev, t) {
      const core = decoderStep(model, { t, yPrev, s_prev: state.s, C_prev: state.C, H: enc.H, ...(c ? { c } : {}) });
      return { logp: logSoftmax(core.logits), next: { s: core.s_t, C: core.C_t ?? state.C } };
    },
  };
}

/** The Transformer decoder over an encoded sentence; a state is the decoder's input before y_{t'−1}. */
export function transformerStepper(model: TransformerModel, words: readonly SourceToken[]): DecoderStepper<readonly number[]> {
  const { H } = encodeSource(model, words.map((w) => w.id));
  return {
    vocab: model.target.vocab,
    ...specialIds(model.target.vocab),
    maxLength: model.maxLength,
    start: [],
    step(state, yPrev) {
      const inputs = [...state, yPrev];
      const out = decodeInput(model, H, inputs).out;
      return { logp: logSoftmax(row(out.logits, inputs.length - 1)), next: inputs };
    },
  };
}
