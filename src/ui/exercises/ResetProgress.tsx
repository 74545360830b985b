// "Reset this lesson's progress", asked twice: the button opens a confirmation whose safe choice has
// the focus (Enter keeps the progress; Escape too); either answer returns focus to the button, and
// the outcome is announced.

import { useEffect, useRef, useState } from "react";
import type { ExerciseMessages } from "./messages.ts";
import type { ProgressMessages } from "./progressMessages.ts";

interface Props {
  readonly solved: number;
  readonly m: ExerciseMessages;
  readonly p: ProgressMessages;
  readonly onReset: () => void;
}

export function ResetProgress({ solved, m, p, onReset }: Props) {
  const [asking, setAsking] = useState(false);
  const [done, setDone] = useState(false);
  const open = useRef<HTMLButtonElement>(null);
  const keep = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);
  useEffect(() => {
    if (asking) keep.current?.focus();
    else if (returnFocus.current) open.current?.focus();
    returnFocus.current = false;
  }, [asking]);
  const close = (reset: boolean) => {
    if (reset) onReset();
    setDone(reset);
    returnFocus.current = true;
    setAsking(false);
  };
  return (
    <span className="exercises-reset">
      {asking ? (
        <span role="group" aria-label={m.reset} className="exercises-confirm" onKeyDown={(e) => e.key === "Escape" && close(false)}>
          <span>{p.confirmReset(solved)}</span>{" "}
          <button type="button" onClick={() => close(true)}>
            {p.confirmYes}
          </button>{" "}
          <button type="button" ref={keep} onClick={() => close(false)}>
            {p.confirmNo}
          </button>
        </span>
      ) : (
        // aria-disabled, not disabled: the button keeps the focus it gets back after a reset.
        <button type="button" ref={open} aria-disabled={solved === 0} onClick={() => solved > 0 && (setDone(false), setAsking(true))}>
          {m.reset}
        </button>
      )}
      <span role="status" aria-live="polite" className="exercises-reset-status">
        {done ? p.resetDone : ""}
      </span>
    </span>
  );
}
