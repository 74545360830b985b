// The beam search is derived, never stored: one search per (model, sentence, K, α), memoised. A
// sentence the model cannot read keeps the last search that worked, with the reason. The cursor
// opens on the finished tree (the last prune) unless the address names a step, and follows the
// trained preset when it replaces the demo, until the reader moves it.

import { useLayoutEffect, useMemo, useRef, useState } from "react";
import type { BeamResult } from "../../../core/beam.ts";
import type { Seq2SeqModel } from "../../../core/model.ts";
import type { BeamChoice } from "../../../model/beamChoice.ts";
import type { Messages } from "../../i18n/en.ts";
import type { AppStore } from "../../store.ts";
import { sentenceProblem } from "../../components/sentenceLimits.ts";
import { cursorCount, runBeam } from "./beamView.ts";

export interface BeamAttempt {
  readonly result: BeamResult | null;
  readonly error: string | null;
}

/** The search, or why it cannot run, in the reader's words. */
export function tryBeam(model: Seq2SeqModel, sentence: string, beam: BeamChoice, t: Messages): BeamAttempt {
  const problem = sentenceProblem(sentence, t);
  if (problem) return { result: null, error: problem };
  try {
    const result = runBeam(model, sentence, beam);
    return result ? { result, error: null } : { result: null, error: t.beam.notStarted };
  } catch (e) {
    return { result: null, error: t.trace.cannotRead(e instanceof Error ? e.message : String(e)) };
  }
}

export function useBeamSearch(model: Seq2SeqModel, sentence: string, beam: BeamChoice, t: Messages): BeamAttempt {
  const attempt = useMemo(() => tryBeam(model, sentence, beam, t), [model, sentence, beam, t]);
  const [lastGood, setLastGood] = useState<BeamResult | null>(attempt.result);
  if (attempt.result && attempt.result !== lastGood) setLastGood(attempt.result);
  return { result: attempt.result ?? lastGood, error: attempt.error };
}

/** Where the cursor opens: "last" (the finished tree) or "first". */
export type Opening = "first" | "last";

/** Puts the cursor on the last position of each new search until the reader (or a link) moves it. */
export function useOpeningCursor(store: AppStore, result: BeamResult | null, opening: Opening): void {
  const placed = useRef<number | null>(null);
  const [done, setDone] = useState(() => opening === "first" || store.getState().step !== 0);
  useLayoutEffect(() => {
    if (done || !result) return;
    const { step, setStep } = store.getState();
    if (placed.current !== null && step !== placed.current) return setDone(true);
    const last = cursorCount(result) - 1;
    placed.current = last;
    if (step !== last) setStep(last);
  }, [store, result, done]);
}
