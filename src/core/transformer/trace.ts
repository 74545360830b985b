// The Transformer's trace: the encoder pass, then each greedy decoder step (or one teacher-forced pass
// over the whole target), then the output sentence; immutable once built.
// Source: seed 004 (encoder reads, decoder writes word by word); Vaswani et al. 2017.

import type { Mat, Vec } from "../tensor.ts";
import type { SourceToken, TraceOutput } from "../trace.ts";
import type { DecoderPass, EncoderPass } from "./stack.ts";

/**
 * Greedy step t': the decoder over <sos> y_1 … y_{t'−1}. Row t' of the pass is the new position;
 * rows before it equal the previous step's, because the mask hides every later token.
 */
export interface GreedyStep {
  readonly kind: "greedy";
  readonly formula: "tf.greedy";
  /** "dec.3". */
  readonly id: string;
  /** 1-based decoder step t'. */
  readonly t: number;
  readonly pass: DecoderPass;
  /** The last row of the pass's logits and p. Shape: V. */
  readonly logits: Vec;
  readonly p: Vec;
  /** argmax p, and its token. */
  readonly y: number;
  readonly token: string;
}

/** Teacher forcing: the whole target in one pass, rows t = 1 … T+1. */
export interface ForcedStep {
  readonly kind: "forced";
  readonly formula: "tf.loss";
  readonly id: "dec.forced";
  readonly pass: DecoderPass;
  /** <sos> y_1 … y_T. */
  readonly inputs: readonly number[];
  /** y_1 … y_T <eos>. */
  readonly targets: readonly number[];
  readonly targetTokens: readonly string[];
  /** argmax of each row of p: what the model would have chosen at each position. */
  readonly predicted: readonly number[];
  /** −log p_t[target_t] per position, and their mean. */
  readonly losses: Vec;
  readonly loss: number;
}

export type TransformerDecoderStep = GreedyStep | ForcedStep;

export interface TransformerTrace {
  readonly model: {
    readonly kind: "transformer";
    readonly name: string;
    readonly d_model: number;
    readonly heads: number;
    readonly d_k: number;
    readonly d_ff: number;
    readonly encoderLayers: number;
    readonly decoderLayers: number;
  };
  readonly source: readonly SourceToken[];
  readonly encoder: EncoderPass;
  /** Greedy steps in order, or the one teacher-forced pass. */
  readonly decoder: readonly TransformerDecoderStep[];
  readonly output: TraceOutput;
}

function isMatLike(x: object): x is Mat {
  return "data" in x && ArrayBuffer.isView((x as Mat).data);
}

/**
 * Freezes the trace's objects and arrays (typed arrays cannot be frozen; the core never writes to
 * them after a record is built). Returns the same object.
 */
export function freezeTrace<T>(value: T): T {
  if (value === null || typeof value !== "object" || ArrayBuffer.isView(value) || Object.isFrozen(value)) return value;
  Object.freeze(value);
  if (isMatLike(value)) return value;
  for (const child of Object.values(value)) freezeTrace(child);
  return value;
}
