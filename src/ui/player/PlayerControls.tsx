// The transport: restart, previous, play/pause, next, last, a scrubber over every step and the
// speed. Each button has a name a screen reader says; the scrubber says which step it is on.

import { useStore } from "zustand";
import type { AppStore } from "../store.ts";
import { goTo, togglePlay } from "./usePlayback.ts";

interface Props {
  readonly store: AppStore;
  readonly cursor: number;
  readonly last: number;
  /** The current step in words, for the scrubber and the status line. */
  readonly title: string;
  readonly disabled: boolean;
}

const SPEEDS = [0.5, 1, 2, 4];

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

export function PlayerControls({ store, cursor, last, title, disabled }: Props) {
  const playing = useStore(store, (s) => s.playing);
  const speed = useStore(store, (s) => s.speed);
  const setSpeed = store.getState().setSpeed;
  const atEnd = cursor >= last;
  return (
    <div className="player-transport" role="group" aria-label="Step controls">
      <div className="player-buttons">
        <button type="button" onClick={() => goTo(store, 0)} disabled={disabled || cursor === 0} aria-label="Restart" title="Restart (Home)">
          <Icon name="restart" />
        </button>
        <button type="button" onClick={() => goTo(store, cursor - 1)} disabled={disabled || cursor === 0} aria-label="Previous step" title="Previous step (←)">
          <Icon name="previous" />
        </button>
        <button type="button" className="player-play" onClick={() => togglePlay(store, cursor, last)} disabled={disabled} aria-label={playing ? "Pause" : "Play"} title={playing ? "Pause (space)" : "Play (space)"}>
          <Icon name={playing ? "pause" : "play"} />
        </button>
        <button type="button" onClick={() => goTo(store, cursor + 1)} disabled={disabled || atEnd} aria-label="Next step" title="Next step (→)">
          <Icon name="next" />
        </button>
        <button type="button" onClick={() => goTo(store, last)} disabled={disabled || atEnd} aria-label="Last step" title="Last step (End)">
          <Icon name="last" />
        </button>
      </div>
      <label className="player-scrub">
        <span className="visually-hidden">Step</span>
        <input
          type="range"
          min={0}
          max={last}
          step={1}
          value={cursor}
          disabled={disabled}
          aria-valuetext={`Step ${cursor + 1} of ${last + 1}: ${title}`}
          onChange={(e) => goTo(store, Number(e.target.value))}
        />
      </label>
      <label className="player-speed">
        Speed
        <select value={speed} onChange={(e) => setSpeed(Number(e.target.value))}>
          {SPEEDS.map((s) => (
            <option key={s} value={s}>
              {s} step{s === 1 ? "" : "s"}/s
            </option>
          ))}
        </select>
      </label>
      <p className="player-status" aria-live={playing ? "off" : "polite"}>
        <span className="player-step-count">
          Step {cursor + 1} of {last + 1}
        </span>{" "}
        {title}
      </p>
    </div>
  );
}
