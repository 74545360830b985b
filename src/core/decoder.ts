// The decoder, one step at a time, in the three variants of notation.md:
// initial: s_{t'} = g(s_{t'-1}, y_{t'-1}); every-step: g(s_{t'-1}, [y_{t'-1}; c]);
// attention: g(s_{t'-1}, [y_{t'-1}; c_{t'}]) with c_{t'} from the query s_{t'-1} (seed 002), or, with
// the query s_{t'} (seed 003, Luong), g(s_{t'-1}, y_{t'-1}) and the readout [s_{t'}; c_{t'}].

import type { Vec } from "./tensor.ts";
import { concat, row } from "./tensor.ts";
import type { Seq2SeqModel } from "./model.ts";
import type { AttentionRecord, DecoderStep } from "./trace.ts";
import { cellStep, memoryOf } from "./cells/index.ts";
import { attend } from "./attention/index.ts";
import { readout } from "./output.ts";

/** What one decoder step reads. Shapes: s_prev, C_prev m; H T × d_h; c d_h (every-step only). */
export interface DecoderStepInput {
  readonly t: number;
  readonly yPrev: number;
  readonly s_prev: Vec;
  readonly C_prev: Vec;
  readonly H: readonly Vec[];
  readonly c?: Vec;
}

/** The step's state and output before a token is chosen (the caller chooses and records it). */
export type DecoderStepCore = Omit<DecoderStep, "y" | "token" | "forced">;

/** One decoder step up to p_{t'}. */
export function decoderStep(model: Seq2SeqModel, input: DecoderStepInput): DecoderStepCore {
  const dec = model.decoder;
  const y_prev = row(model.target.embeddings, input.yPrev);
  const att = dec.variant === "attention" ? dec.attention : undefined;
  if (dec.variant === "attention" && !att) throw new RangeError('decoder.attention: required when decoder.variant is "attention"');
  const queryIsPrevious = att !== undefined && att.query === "previous";

  let attention: AttentionRecord | undefined;
  let x_t = y_prev;
  if (queryIsPrevious) {
    attention = attend(att, input.s_prev, input.H);
    x_t = concat(y_prev, attention.c);
  } else if (dec.variant === "every-step") {
    x_t = concat(y_prev, input.c!);
  }
  const cell = cellStep(dec.cell, dec.weights, input.s_prev, input.C_prev, x_t);
  const s_t = cell.h_t;
  let r = s_t;
  if (att !== undefined && !queryIsPrevious) {
    attention = attend(att, s_t, input.H);
    r = concat(s_t, attention.c);
  }
  const { logits, p } = readout(dec.output, r);
  const c = attention ? attention.c : dec.variant === "every-step" ? input.c : undefined;
  return {
    kind: "decoder",
    id: `dec.${input.t}`,
    t: input.t,
    yPrevToken: model.target.vocab[input.yPrev]!,
    y_prev,
    s_prev: input.s_prev,
    ...(cell.kind === "lstm" ? { C_prev: input.C_prev, C_t: memoryOf(cell, input.C_prev) } : {}),
    ...(attention ? { attention } : {}),
    ...(c ? { c } : {}),
    cell,
    s_t,
    readout: r,
    logits,
    p,
  };
}
