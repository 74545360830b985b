// First, back, play/pause, next, last, and where we are. The buttons do what the keys do, so a
// reader without a keyboard (or without knowing the keys) loses nothing.

import type { Stepper } from "./useStepper.ts";

interface Props {
  readonly stepper: Stepper;
  /** The title of the current step, announced when it changes. */
  readonly title: string;
}

export function StepControls({ stepper, title }: Props) {
  const { step, count, playing, go, togglePlay } = stepper;
  const atStart = step === 0;
  const atEnd = step >= count - 1;
  // aria-disabled rather than disabled: a button that disables itself would drop the keyboard
  // focus to the page; this one keeps it and simply does nothing.
  return (
    <div className="tf-controls">
      <div className="tf-buttons" role="group" aria-label="Step through">
        <button type="button" className="button" onClick={() => go(0)} aria-disabled={atStart} title="Home">
          First
        </button>
        <button type="button" className="button" onClick={() => go(step - 1)} aria-disabled={atStart} title="←">
          <span aria-hidden="true">‹ </span>Back
        </button>
        <button type="button" className="button tf-play" onClick={togglePlay} title="Space">
          {playing ? "Pause" : "Play"}
        </button>
        <button type="button" className="button" onClick={() => go(step + 1)} aria-disabled={atEnd} title="→">
          Next<span aria-hidden="true"> ›</span>
        </button>
        <button type="button" className="button" onClick={() => go(count - 1)} aria-disabled={atEnd} title="End">
          Last
        </button>
      </div>
      <p className="tf-status" aria-live="polite">
        Step {step + 1} of {count}: {title}
      </p>
    </div>
  );
}
