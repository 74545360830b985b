// The trace is derived, never stored: one forward pass per (model, sentence), memoised. When the
// sentence cannot be read, the hook says why and keeps returning the last trace that worked, so
// the pictures stay put while the reader fixes the sentence.

import { useMemo, useState } from "react";
import { GREEDY, type DecodingStrategy } from "../../core/decoding.ts";
import { forward } from "../../core/forward.ts";
import type { Seq2SeqModel } from "../../core/model.ts";
import type { Trace } from "../../core/trace.ts";
import { en, type Messages } from "../i18n/en.ts";
import { useT } from "../i18n/index.ts";
import { sentenceProblem } from "../components/sentenceLimits.ts";

export { MAX_WORDS } from "../components/sentenceLimits.ts";

export interface TraceResult {
  /** The trace of the sentence, or the last good one while the sentence is unusable. */
  readonly trace: Trace | null;
  /** Why the current sentence has no trace of its own; null when it has one. */
  readonly error: string | null;
}

type Attempt = { trace: Trace; error: null } | { trace: null; error: string };

/** One forward pass, or the reason it cannot run, in words a reader can act on. */
export function tryForward(model: Seq2SeqModel, sentence: string, t: Messages = en, strategy: DecodingStrategy = GREEDY): Attempt {
  const problem = sentenceProblem(sentence, t);
  if (problem) return { trace: null, error: problem };
  try {
    return { trace: forward(model, sentence, { strategy }), error: null };
  } catch (e) {
    return { trace: null, error: t.trace.cannotRead(e instanceof Error ? e.message : String(e)) };
  }
}

/** The trace of a sentence, decoded greedily unless a strategy says otherwise. */
export function useTrace(model: Seq2SeqModel, sentence: string, strategy: DecodingStrategy = GREEDY): TraceResult {
  const t = useT();
  const attempt = useMemo(() => tryForward(model, sentence, t, strategy), [model, sentence, t, strategy]);
  const [lastGood, setLastGood] = useState<Trace | null>(attempt.trace);
  // Remember each new good trace during render (React's pattern for state derived from props).
  if (attempt.trace && attempt.trace !== lastGood) setLastGood(attempt.trace);
  return { trace: attempt.trace ?? lastGood, error: attempt.error };
}
