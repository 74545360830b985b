// A lesson's player can open on a step named by its trace id (`step="dec.1"`, or `step="last"` for the
// finished picture): the cursor is an index, so the id is looked up in the trace. The untrained demo shows first and the trained preset replaces
// it, and an output of another length moves the later steps: the id is looked up again in each new
// trace until the reader moves the cursor themselves.

import { useLayoutEffect, useRef, useState } from "react";
import type { Trace } from "../../core/trace.ts";
import type { PlayerStore } from "../playerStore.ts";

/** The id of a trace's last step, whatever the output's length: the finished picture. */
export const LAST_STEP = "last";

/** The index of the step with this id (LAST_STEP: the last one), or -1. */
export function stepIndex(trace: Trace, id: string): number {
  if (id === LAST_STEP) return trace.steps.length - 1;
  return trace.steps.findIndex((s) => s.id === id);
}

/** Puts the cursor on the step `id` names; returns whether the shown trace lacks that step. */
export function useInitialStep(store: PlayerStore, trace: Trace | null, id: string | undefined): boolean {
  // The index the hook set last; once the store's cursor differs, the reader has moved it.
  const placed = useRef<number | null>(null);
  const [done, setDone] = useState(id === undefined);
  const index = !done && trace && id ? stepIndex(trace, id) : -1;
  useLayoutEffect(() => {
    if (done || !trace) return;
    const { step, setStep } = store.getState();
    if (placed.current !== null && step !== placed.current) return setDone(true);
    if (index < 0) return;
    placed.current = index;
    if (step !== index) setStep(index);
  }, [store, trace, index, done]);
  return !done && trace !== null && index < 0;
}
