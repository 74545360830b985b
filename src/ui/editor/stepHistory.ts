// The edits before each of the reader's last gradient steps, for "Undo step": a short stack per base
// model, kept by the "Edit weights" panel so that closing and opening it keeps them.

import { useCallback, useState } from "react";
import type { Edits } from "../model/edits.ts";

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
