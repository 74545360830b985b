// Lesson 18's comparison: one sentence pair decoded twice by the same model. Teacher forcing: at step
// t' the decoder reads the right previous word y_{t'−1} (forcedTrace). Free running: it reads its own
// previous output (the greedy forward pass). Each step is scored on the right word y_{t'}: p_{t'}(y_{t'})
// and −log p_{t'}(y_{t'}), whose sum over the teacher-forced steps is the training loss of the pair
// (reduction "sentence"). Where the free-running decoder read a word other than the right one, its
// steps drift from the ones training saw: exposure bias (Ranzato et al. 2016).

import { argmax, logSoftmax } from "../core/activations.ts";
import { GREEDY } from "../core/decoding.ts";
import { forward } from "../core/forward.ts";
import { SPECIAL_TOKENS, type Seq2SeqModel } from "../core/model.ts";
import { decoderSteps, forcedTrace } from "../core/teacherForcing.ts";
import type { DecoderStep } from "../core/trace.ts";
import { tokenize } from "../core/tokenizer.ts";
import { sentenceIds } from "../core/train/corpus.ts";

/** One decoder step t' as the comparison shows it. */
export interface ReadRow {
  readonly t: number;
  /** The word the decoder read, y_{t'−1} (<sos> first). */
  readonly input: string;
  /** Whether that word differs from the right previous word (never, under teacher forcing). */
  readonly diverged: boolean;
  /** argmax p_{t'}: the word this step would write. */
  readonly top: string;
  /** The right word y_{t'} (<eos> after the last one). */
  readonly right: string;
  readonly pRight: number;
  /** −log p_{t'}(y_{t'}), from the log-softmax of the logits. */
  readonly nll: number;
}

export interface DecoderColumn {
  /** One row per right word and <eos>, as far as the decoder went (free running may stop sooner). */
  readonly rows: readonly ReadRow[];
  /** Σ −log p over the rows. */
  readonly sum: number;
  /** The words the decoder wrote (free running), or the right ones (teacher forcing). */
  readonly output: readonly string[];
}

export interface ExposureBias {
  /** The right words y_1 … y_T' and <eos>. */
  readonly right: readonly string[];
  readonly forced: DecoderColumn;
  readonly free: DecoderColumn;
  /** The first step whose free-running input differs from the right one; null when none does. */
  readonly firstDivergence: number | null;
}

function rowOf(model: Seq2SeqModel, step: DecoderStep, rightIds: readonly number[], forced: boolean): ReadRow {
  const vocab = model.target.vocab;
  const y = rightIds[step.t - 1]!;
  const previous = step.t === 1 ? SPECIAL_TOKENS.sos : vocab[rightIds[step.t - 2]!]!;
  return {
    t: step.t,
    input: step.yPrevToken,
    diverged: !forced && step.yPrevToken !== previous,
    top: vocab[argmax(step.logits)]!,
    right: vocab[y]!,
    pRight: step.p[y]!,
    nll: -logSoftmax(step.logits)[y]!,
  };
}

function column(model: Seq2SeqModel, steps: readonly DecoderStep[], rightIds: readonly number[], forced: boolean, output: readonly string[]): DecoderColumn {
  const rows = steps.slice(0, rightIds.length).map((s) => rowOf(model, s, rightIds, forced));
  return { rows, sum: rows.reduce((a, r) => a + r.nll, 0), output };
}

/**
 * Both decoders on `source` → `target` (text in the model's vocabularies). Throws a RangeError when
 * a word of either is not in its vocabulary.
 */
export function exposureBias(model: Seq2SeqModel, source: string, target: string): ExposureBias {
  const free = forward(model, source, { strategy: GREEDY });
  const targetIds = sentenceIds(target, model.target.vocab);
  const rightIds = [...targetIds, model.target.vocab.indexOf(SPECIAL_TOKENS.eos)];
  const forcedSteps = decoderSteps(forcedTrace(model, { source: free.source.map((s) => s.id), target: targetIds }));
  const freeColumn = column(model, decoderSteps(free), rightIds, false, free.output.tokens);
  const first = freeColumn.rows.find((r) => r.diverged);
  return {
    right: rightIds.map((id) => model.target.vocab[id]!),
    forced: column(model, forcedSteps, rightIds, true, targetIds.map((id) => model.target.vocab[id]!)),
    free: freeColumn,
    firstDivergence: first ? first.t : null,
  };
}

/** Why a sentence pair cannot be compared: an empty side, or reference words the target vocabulary lacks. */
export type PairProblem = { readonly kind: "empty-source" } | { readonly kind: "empty-reference" } | { readonly kind: "unknown-reference"; readonly words: readonly string[] };

/** The problem with `source` → `reference` for `model`, or null when exposureBias can run on it. */
export function pairProblem(model: Seq2SeqModel, source: string, reference: string): PairProblem | null {
  if (tokenize(source, model.source.vocab).length === 0) return { kind: "empty-source" };
  const tokens = tokenize(reference, model.target.vocab);
  if (tokens.length === 0) return { kind: "empty-reference" };
  const unknown = tokens.filter((t) => t.unknown || t.token === SPECIAL_TOKENS.eos).map((t) => t.text);
  return unknown.length > 0 ? { kind: "unknown-reference", words: unknown } : null;
}
