// The transport of every stepped figure (the recurrent player, the beam player, the Transformer's
// figures): restart, previous, play/pause, next, last, a scrubber over every step and the speed.
// Each button has a name a screen reader says; the scrubber says which step it is on, and a polite
// live region says each new step in one sentence (quiet while playing, to not chatter). At either
// end the buttons that cannot move say so with aria-disabled instead of disabling themselves, so the
// keyboard focus stays on them; the whole transport is disabled while there is nothing to step.
// Where the cursor lives is the figure's business: a Stepper says where it is and moves it.

import { memo, type KeyboardEvent, type ReactNode } from "react";
import { useT } from "../i18n/index.ts";
import "./transport.css";

/** A figure's cursor over `count` steps, wherever it is kept (a player's store, a figure's own state). */
export interface Stepper {
  readonly step: number;
  readonly count: number;
  readonly playing: boolean;
  /** Steps per second while playing. */
  readonly speed: number;
  /** Moves the cursor by hand (clamped to the steps), which pauses playback. */
  go(step: number): void;
  setSpeed(speed: number): void;
  /** Play or pause; play at the last step starts over, as a media player does. */
  togglePlay(): void;
}

/** What a key asks of a stepper: → next, ← previous, Home first, End last, space play/pause. */
export function keyTarget(key: string, step: number, count: number): number | "toggle" | null {
  switch (key) {
    case "ArrowRight":
      return Math.min(count - 1, step + 1);
    case "ArrowLeft":
      return Math.max(0, step - 1);
    case "Home":
      return 0;
    case "End":
      return count - 1;
    case " ":
      return "toggle";
    default:
      return null;
  }
}

/**
 * A stepped figure's keys on its section. Text fields, menus, a disclosure and the boxes `ownKeys`
 * names (a scrollable picture) keep their keys; a button keeps space.
 */
export function onStepperKey(e: KeyboardEvent<HTMLElement>, stepper: Stepper, ownKeys = ""): void {
  const el = e.target as HTMLElement;
  if (e.altKey || e.ctrlKey || e.metaKey || el.closest(`input, select, textarea, summary${ownKeys ? `, ${ownKeys}` : ""}`)) return;
  if (e.key === " " && el.closest("button")) return;
  const target = keyTarget(e.key, stepper.step, stepper.count);
  if (target === null) return;
  e.preventDefault();
  if (target === "toggle") stepper.togglePlay();
  else stepper.go(target);
}

const SPEEDS = [0.5, 1, 2, 4] as const;

// Drawn rather than typed: the media-control characters are missing from many fonts.
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

interface Props {
  readonly stepper: Stepper;
  /** The current step in words, for the scrubber and the status line. */
  readonly title: string;
  /** The current step in one sentence, for the live region (the title when absent). */
  readonly sentence?: string;
  /** Nothing to step yet (no trace): every control is disabled. */
  readonly disabled?: boolean;
  /** More buttons after the transport (Present). */
  readonly children?: ReactNode;
  /** A control after the speed (the player's Predict toggle), which may wrap to the scrubber's line on a phone. */
  readonly after?: ReactNode;
}

/** Skips a re-render when only the numbers changed (a weight edit): its props are the step's, not the trace's. */
export const Transport = memo(function Transport({ stepper, title, sentence, disabled = false, children, after }: Props) {
  const p = useT().player;
  const { step, count, playing, speed } = stepper;
  const atStart = step <= 0;
  const atEnd = step >= count - 1;
  const counter = p.stepOf(step + 1, count);
  const move = (to: number, blocked: boolean) => () => {
    if (!blocked) stepper.go(to);
  };
  return (
    <div className="player-transport" role="group" aria-label={p.stepControls}>
      <div className="player-buttons">
        <button type="button" onClick={move(0, atStart)} disabled={disabled} aria-disabled={atStart} aria-label={p.restart} title={p.restartTip}>
          <Icon name="restart" />
        </button>
        <button type="button" onClick={move(step - 1, atStart)} disabled={disabled} aria-disabled={atStart} aria-label={p.previousStep} title={p.previousTip}>
          <Icon name="previous" />
        </button>
        <button type="button" className="player-play" onClick={() => stepper.togglePlay()} disabled={disabled} aria-label={playing ? p.pause : p.play} title={playing ? p.pauseTip : p.playTip}>
          <Icon name={playing ? "pause" : "play"} />
        </button>
        <button type="button" onClick={move(step + 1, atEnd)} disabled={disabled} aria-disabled={atEnd} aria-label={p.nextStep} title={p.nextTip}>
          <Icon name="next" />
        </button>
        <button type="button" onClick={move(count - 1, atEnd)} disabled={disabled} aria-disabled={atEnd} aria-label={p.lastStep} title={p.lastTip}>
          <Icon name="last" />
        </button>
        {children}
      </div>
      <label className="player-scrub">
        <span className="visually-hidden">{p.step}</span>
        <input type="range" min={0} max={Math.max(0, count - 1)} step={1} value={step} disabled={disabled} aria-valuetext={`${counter}: ${title}`} onChange={(e) => stepper.go(Number(e.target.value))} />
      </label>
      <label className="player-speed">
        {p.speed}
        <select value={speed} onChange={(e) => stepper.setSpeed(Number(e.target.value))}>
          {SPEEDS.map((s) => (
            <option key={s} value={s}>
              {p.speedOption(s)}
            </option>
          ))}
        </select>
      </label>
      {after}
      <p className="player-status">
        <span className="player-step-count">{counter}</span> {title}
      </p>
      <p className="visually-hidden player-announce" role="status" aria-live={playing ? "off" : "polite"}>
        {disabled ? "" : p.announce(counter, sentence ?? title)}
      </p>
    </div>
  );
});
