// The trace: every intermediate value of one forward pass, named as in the lessons, in the order a
// reader steps through it. Steps hold typed records; `traceEntries` lists each value with its id,
// formula id and the ids of the values it was computed from, for pictures that draw the arrows.

import type { CellKind, ContextMap, DecoderInit, DecoderVariant, QueryKind, ScoreKind } from "./model.ts";
import type { Vec } from "./tensor.ts";
import type { CellRecord } from "./cells/index.ts";
import type { AttentionRecord } from "./attention/index.ts";
import type { DecodingStrategy } from "./decoding.ts";

// The records live beside their forward and backward steps; the trace names them too.
export type { CellRecord, GruRecord, LstmRecord, RnnRecord } from "./cells/index.ts";
export type { AttentionRecord } from "./attention/index.ts";

/** One token read from the source. */
export interface SourceToken {
  /** The word as the reader typed it. */
  readonly text: string;
  /** The vocabulary entry it maps to (<unk> when unknown). */
  readonly token: string;
  readonly id: number;
  readonly unknown: boolean;
}

export interface EncoderStep {
  readonly kind: "encoder";
  /** "enc.f.3" or "enc.b.3". */
  readonly id: string;
  readonly direction: "forward" | "backward";
  /** 1-based source position. */
  readonly t: number;
  readonly token: SourceToken;
  readonly cell: CellRecord;
}

/** For a bidirectional encoder: h_t = [h→_t; h←_t]. */
export interface MergeStep {
  readonly kind: "merge";
  readonly id: "enc.merge";
  readonly H: readonly Vec[];
}

/** c = m(h_1..h_T) (absent under attention) and the decoder's initial state. */
export interface ContextStep {
  readonly kind: "context";
  readonly id: "ctx";
  readonly map: ContextMap | "attention";
  /** How s_0 was made: from the context (or h_T under attention), or zeros. */
  readonly init: DecoderInit;
  /** What s_0 (and C_0) copy: c, h_T (attention), the final states [h→_T; h←_1] (attention, map "final"), or zeros. */
  readonly s0From: "c" | "h_T" | "final" | "zeros";
  readonly c?: Vec;
  readonly s_0: Vec;
  /** An LSTM decoder's initial memory cell. */
  readonly C_0?: Vec;
}

export interface DecoderStep {
  readonly kind: "decoder";
  /** "dec.2". */
  readonly id: string;
  /** 1-based decoder step t'. */
  readonly t: number;
  /** The previous target token and its embedding y_{t'-1}. */
  readonly yPrevToken: string;
  readonly y_prev: Vec;
  readonly s_prev: Vec;
  readonly C_prev?: Vec;
  readonly attention?: AttentionRecord;
  /** The context this step reads: c (every step) or c_{t'} (attention). */
  readonly c?: Vec;
  /** The cell, whose x_t is the cell input (y_{t'-1} or [y_{t'-1}; c]) and whose h_t is s_{t'}. */
  readonly cell: CellRecord;
  readonly s_t: Vec;
  readonly C_t?: Vec;
  /** What W_out reads: s_{t'}, or [s_{t'}; c_{t'}] when attention queries the current state. */
  readonly readout: Vec;
  readonly logits: Vec;
  readonly p: Vec;
  /** When sampling: softmax(logits / τ), the distribution the token was drawn from. */
  readonly pSample?: Vec;
  /** The chosen (or teacher-forced) token id and text. */
  readonly y: number;
  readonly token: string;
  /** Set when the token came from a given target (teacher forcing) rather than the decoder. */
  readonly forced: boolean;
}

export type TraceStep = EncoderStep | MergeStep | ContextStep | DecoderStep;

/** The sentence a model wrote, in the recurrent and the Transformer trace alike. */
export interface TraceOutput {
  /** The chosen token ids without the final <eos> (the Transformer's teacher-forced pass: its predictions up to the first <eos>). */
  readonly ids: readonly number[];
  readonly tokens: readonly string[];
  /** The tokens joined for reading ("Je t'aime"). */
  readonly text: string;
  readonly stop: "eos" | "limit";
  /**
   * log P = Σ_{t'} log p_{t'}(y_{t'}) of the chosen tokens under the model's p (not a sampling
   * distribution), <eos> included; under teacher forcing, of the target and <eos>.
   */
  readonly logProb: number;
}

export interface Trace {
  readonly model: {
    readonly name: string;
    readonly encoderCell: CellKind;
    readonly decoderCell: CellKind;
    readonly bidirectional: boolean;
    readonly variant: DecoderVariant;
    readonly score?: ScoreKind;
    readonly query?: QueryKind;
  };
  readonly source: readonly SourceToken[];
  /** How the decoder chose its tokens (teacher-forced steps say so themselves). */
  readonly strategy: DecodingStrategy;
  /** Encoder outputs h_1..h_T (concatenated directions when bidirectional). */
  readonly H: readonly Vec[];
  readonly steps: readonly TraceStep[];
  readonly output: TraceOutput;
}
