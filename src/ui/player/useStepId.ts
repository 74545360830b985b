// The cursor by name. The store's cursor is an index into the trace; the address names the step by
// its trace id (`step=dec.2`), which stays right when the trace changes length. This hook keeps the
// two agreeing: an id that a link (or a presentation) put in the store is looked up in the trace and
// the cursor placed on it (while the trace lacks it, the id waits and the address keeps it); once the
// reader moves the cursor (setStep clears the id), the id of the step on screen is written back, or
// null on the first step, which the address leaves out.

import { useLayoutEffect } from "react";
import { useStore } from "zustand";
import type { Trace } from "../../core/trace.ts";
import type { PlayerStore } from "../playerStore.ts";
import { stepIndex } from "./useInitialStep.ts";

export function useStepId(store: PlayerStore, trace: Trace | null): void {
  const step = useStore(store, (s) => s.step);
  const stepId = useStore(store, (s) => s.stepId);
  useLayoutEffect(() => {
    if (!trace || trace.steps.length === 0) return;
    const shown = Math.min(step, trace.steps.length - 1);
    const named = shown > 0 ? trace.steps[shown]!.id : null;
    if (stepId === named) return;
    if (stepId !== null) {
      const wanted = stepIndex(trace, stepId);
      if (wanted < 0) return;
      if (wanted !== shown) return store.setState({ step: wanted });
    }
    store.setState({ stepId: named });
  }, [store, trace, step, stepId]);
}
