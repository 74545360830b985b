// The weight editor's gradients, memoised: the pair it learns from follows the player's model and
// sentence; ∂L/∂θ is computed only while the reader shows gradients, once per model and pair.

import { useMemo } from "react";
import type { Seq2SeqModel } from "../../core/model.ts";
import type { Trace } from "../../core/trace.ts";
import type { LanguagePair } from "../../model/pairs.ts";
import { gradientsOf, learnPair, type Gradients, type LearnPair } from "./learnStep.ts";

export type PairResult = { readonly ok: true; readonly value: LearnPair } | { readonly ok: false; readonly empty: boolean; readonly why: string };

export interface Learning {
  readonly pair: PairResult;
  /** L and ∂L/∂θ on the pair while gradients are shown; null otherwise, or when they cannot be computed. */
  readonly gradients: Gradients | null;
  /** Why the core could not compute them (a model whose vocabulary lacks a special token). */
  readonly gradientError: string | null;
}

const reason = (e: unknown) => (e instanceof Error ? e.message : String(e));

export function pairOf(model: Seq2SeqModel, sentence: string, pair: LanguagePair, shown: Trace | null): PairResult {
  if (sentence.trim() === "") return { ok: false, empty: true, why: "" };
  try {
    return { ok: true, value: learnPair(model, sentence, pair, shown) };
  } catch (e) {
    return { ok: false, empty: false, why: reason(e) };
  }
}

/** `shown`: the player's trace, whose greedy output is the target when the sentence has no known one. */
export function useLearning(model: Seq2SeqModel, sentence: string, pair: LanguagePair, shown: Trace | null, showGradients: boolean): Learning {
  const learn = useMemo(() => pairOf(model, sentence, pair, shown), [model, sentence, pair, shown]);
  const computed = useMemo(() => {
    if (!showGradients || !learn.ok) return { gradients: null, gradientError: null };
    try {
      return { gradients: gradientsOf(model, learn.value.pair), gradientError: null };
    } catch (e) {
      return { gradients: null, gradientError: reason(e) };
    }
  }, [showGradients, model, learn]);
  return { pair: learn, ...computed };
}
