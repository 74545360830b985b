// How well a model translates a set of pairs: sentence accuracy, the share of sentences whose greedy
// translation (argmax at each step, stopping at <eos>) equals the reference exactly; token accuracy,
// the share of reference tokens (with <eos>) that are the argmax when the decoder is fed the reference.

import type { Seq2SeqModel } from "../model.ts";
import { argmax, logSoftmax } from "../activations.ts";
import { forwardTokens } from "../forward.ts";
import { decoderSteps, forcedTrace, sourceTokens, type Pair } from "../teacherForcing.ts";

export interface Evaluation {
  /** Mean −log p per target token (teacher-forced, with <eos>): the training loss's "token" form. */
  readonly loss: number;
  readonly sentenceAccuracy: number;
  readonly tokenAccuracy: number;
  readonly sentences: number;
  readonly tokens: number;
}

/** The greedy translation's ids (without <eos>) and whether it stopped at <eos>. */
export function greedyTranslation(model: Seq2SeqModel, source: readonly number[], maxLength = model.decoding.maxLength): { ids: number[]; stop: "eos" | "limit" } {
  const trace = forwardTokens(model, sourceTokens(model, source), { decoding: { strategy: "greedy", maxLength } });
  return { ids: [...trace.output.ids], stop: trace.output.stop };
}

/** The greedy translation of pair.source with room for pair.target and its <eos>. */
export function greedyFor(model: Seq2SeqModel, pair: Pair): { ids: number[]; stop: "eos" | "limit" } {
  return greedyTranslation(model, pair.source, Math.max(model.decoding.maxLength, pair.target.length + 1));
}

/** Whether a translation is exactly `target` followed by <eos>. */
export function isExact(out: { readonly ids: readonly number[]; readonly stop: "eos" | "limit" }, target: readonly number[]): boolean {
  return out.stop === "eos" && out.ids.length === target.length && out.ids.every((id, i) => id === target[i]);
}

/** Whether the greedy translation of pair.source is exactly pair.target followed by <eos>. */
export function translatesExactly(model: Seq2SeqModel, pair: Pair): boolean {
  return isExact(greedyFor(model, pair), pair.target);
}

/** Loss, sentence accuracy and token accuracy over `pairs` (which must not be empty). */
export function evaluate(model: Seq2SeqModel, pairs: readonly Pair[]): Evaluation {
  if (pairs.length === 0) throw new RangeError("evaluate: expected at least one sentence pair");
  let nll = 0;
  let tokens = 0;
  let correctTokens = 0;
  let correctSentences = 0;
  for (const pair of pairs) {
    for (const step of decoderSteps(forcedTrace(model, pair))) {
      nll -= logSoftmax(step.logits)[step.y]!;
      tokens++;
      if (argmax(step.logits) === step.y) correctTokens++;
    }
    if (translatesExactly(model, pair)) correctSentences++;
  }
  return { loss: nll / tokens, sentenceAccuracy: correctSentences / pairs.length, tokenAccuracy: correctTokens / tokens, sentences: pairs.length, tokens };
}
