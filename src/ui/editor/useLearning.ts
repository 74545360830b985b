// The weight editor's gradients, memoised: the pair it learns from follows the player's model and
// sentence; ∂L/∂θ is computed only while the reader shows gradients, once per model and pair. And
// the short history of the edits before each step, for "Undo step".

import { useCallback, useMemo, useState } from "react";
import type { Seq2SeqModel } from "../../core/model.ts";
import type { LanguagePair } from "../../model/pairs.ts";
import type { Edits } from "../model/edits.ts";
import { gradientsOf, learnPair, type Gradients, type LearnPair } from "./learnStep.ts";

export type PairResult = { readonly ok: true; readonly value: LearnPair } | { readonly ok: false; readonly empty: boolean; readonly why: string };

export interface Learning {
  readonly pair: PairResult;
  /** L and ∂L/∂θ on the pair while gradients are shown; null otherwise, or when they cannot be computed. */
  readonly gradients: Gradients | null;
}

export function pairOf(model: Seq2SeqModel, sentence: string, pair: LanguagePair): PairResult {
  if (sentence.trim() === "") return { ok: false, empty: true, why: "" };
  try {
    return { ok: true, value: learnPair(model, sentence, pair) };
  } catch (e) {
    return { ok: false, empty: false, why: e instanceof Error ? e.message : String(e) };
  }
}

export function useLearning(model: Seq2SeqModel, sentence: string, pair: LanguagePair, showGradients: boolean): Learning {
  const learn = useMemo(() => pairOf(model, sentence, pair), [model, sentence, pair]);
  const gradients = useMemo(() => {
    if (!showGradients || !learn.ok) return null;
    try {
      return gradientsOf(model, learn.value.pair);
    } catch {
      return null;
    }
  }, [showGradients, model, learn]);
  return { pair: learn, gradients };
}

/** How many steps "Undo step" can take back. */
export const STEPS_KEPT = 10;

export interface StepHistory {
  /** The edits before each step still kept, the latest last. */
  readonly stack: readonly Edits[];
  push(before: Edits): void;
  /** The edits before the latest step, taken off the stack; undefined when there is none. */
  pop(): Edits | undefined;
}

/** The edits before each of the last STEPS_KEPT steps on one base; another base starts afresh. */
export function useStepHistory(baseId: string): StepHistory {
  const [history, setHistory] = useState<{ baseId: string; stack: readonly Edits[] }>({ baseId, stack: [] });
  const stack = history.baseId === baseId ? history.stack : [];
  const push = useCallback((before: Edits) => setHistory({ baseId, stack: [...stack, before].slice(-STEPS_KEPT) }), [baseId, stack]);
  const pop = useCallback(() => {
    const last = stack.at(-1);
    if (last !== undefined) setHistory({ baseId, stack: stack.slice(0, -1) });
    return last;
  }, [baseId, stack]);
  return { stack, push, pop };
}
