// Teacher forcing (Williams & Zipser 1989): the decoder reads <sos> y_1 … y_T instead of its own
// choices and is scored on y_1 … y_T <eos>. Training and evaluation both read the forced trace of a
// sentence pair given as token ids; the Transformer's teacher forcing is transformer/teacherForcing.ts.

import type { Seq2SeqModel } from "./model.ts";
import { SPECIAL_TOKENS } from "./model.ts";
import type { DecoderStep, SourceToken, Trace } from "./trace.ts";
import { forwardTokens } from "./forward.ts";

/** A sentence pair as token ids: source without <sos>/<eos>; target without <eos> (it is appended). */
export interface Pair {
  readonly source: readonly number[];
  readonly target: readonly number[];
  /** For each target token, the 0-based source index it translates (−1: none); read by guided alignment. */
  readonly alignment?: readonly number[];
}

/** Source tokens for ids, as forwardTokens reads them; throws a RangeError for an id outside the vocabulary. */
export function sourceTokens(model: Seq2SeqModel, ids: readonly number[]): SourceToken[] {
  const vocab = model.source.vocab;
  return ids.map((id) => {
    if (!Number.isInteger(id) || id < 0 || id >= vocab.length) throw new RangeError(`source id ${id}: expected an integer from 0 to ${vocab.length - 1}`);
    return { text: vocab[id]!, token: vocab[id]!, id, unknown: false };
  });
}

/** The teacher-forced trace of one pair, after checking its ids. */
export function forcedTrace(model: Seq2SeqModel, pair: Pair): Trace {
  const vocab = model.target.vocab;
  const eos = vocab.indexOf(SPECIAL_TOKENS.eos);
  for (const id of pair.target) {
    if (!Number.isInteger(id) || id < 0 || id >= vocab.length || id === eos) throw new RangeError(`target id ${id}: expected a token id other than <eos> below ${vocab.length}`);
  }
  return forwardTokens(model, sourceTokens(model, pair.source), { target: pair.target });
}

/** The recorded decoder steps of a trace. */
export function decoderSteps(trace: Trace): DecoderStep[] {
  return trace.steps.filter((s): s is DecoderStep => s.kind === "decoder");
}
