// The recurrent player's transport, for a figure with its own cursor: restart, previous, play/pause,
// next, last, a scrubber and the speed, with the same names, keys and look. Buttons say "disabled"
// through aria-disabled instead of disabling themselves, so the keyboard focus never drops out.

import type { ReactNode } from "react";
import { useT } from "../i18n/index.ts";
import type { Stepper } from "./useStepper.ts";

interface Props {
  readonly stepper: Stepper;
  /** The current step in words, for the scrubber and the status line. */
  readonly title: string;
  /** More buttons after the transport (Present). */
  readonly children?: ReactNode;
}

const SPEEDS = [0.5, 1, 2] as const;

const ICONS = {
  restart: "M5 4h2v16H5zM19 4v16L8 12z",
  previous: "M18 4v16L7 12z",
  play: "M7 4v16l12-8z",
  pause: "M6 4h4v16H6zM14 4h4v16h-4z",
  next: "M6 4v16l11-8z",
  last: "M5 4v16l11-8zM17 4h2v16h-2z",
};

function Icon({ name }: { name: keyof typeof ICONS }) {
  return (
    <svg viewBox="0 0 24 24" width="16" height="16" aria-hidden="true" focusable="false">
      <path d={ICONS[name]} fill="currentColor" />
    </svg>
  );
}

export function StepControls({ stepper, title, children }: Props) {
  const { step, count, playing, speed, go, togglePlay, setSpeed } = stepper;
  const p = useT().player;
  const atStart = step === 0;
  const atEnd = step >= count - 1;
  return (
    <div className="tf-transport" role="group" aria-label={p.stepControls}>
      <div className="tf-buttons">
        <button type="button" onClick={() => go(0)} aria-disabled={atStart} aria-label={p.restart} title={p.restartTip}>
          <Icon name="restart" />
        </button>
        <button type="button" onClick={() => go(step - 1)} aria-disabled={atStart} aria-label={p.previousStep} title={p.previousTip}>
          <Icon name="previous" />
        </button>
        <button type="button" className="tf-play" onClick={togglePlay} aria-label={playing ? p.pause : p.play} title={playing ? p.pauseTip : p.playTip}>
          <Icon name={playing ? "pause" : "play"} />
        </button>
        <button type="button" onClick={() => go(step + 1)} aria-disabled={atEnd} aria-label={p.nextStep} title={p.nextTip}>
          <Icon name="next" />
        </button>
        <button type="button" onClick={() => go(count - 1)} aria-disabled={atEnd} aria-label={p.lastStep} title={p.lastTip}>
          <Icon name="last" />
        </button>
        {children}
      </div>
      <label className="tf-scrub">
        <span className="tf-hidden">{p.step}</span>
        <input type="range" min={0} max={count - 1} step={1} value={step} aria-valuetext={`${p.stepOf(step + 1, count)}: ${title}`} onChange={(e) => go(Number(e.target.value))} />
      </label>
      <label className="tf-speed">
        {p.speed}
        <select value={speed} onChange={(e) => setSpeed(Number(e.target.value))}>
          {SPEEDS.map((s) => (
            <option key={s} value={s}>
              {p.speedOption(s)}
            </option>
          ))}
        </select>
      </label>
      <p className="tf-status" aria-live={playing ? "off" : "polite"}>
        <span className="tf-step-count">{p.stepOf(step + 1, count)}</span> {title}
      </p>
    </div>
  );
}
