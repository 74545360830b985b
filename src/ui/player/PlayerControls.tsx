// The transport: restart, previous, play/pause, next, last, a scrubber over every step and the
// speed. Each button has a name a screen reader says; the scrubber says which step it is on, and a
// polite live region says each new step in one sentence (quiet while playing, to not chatter).

import { memo, type ReactNode } from "react";
import { useStore } from "zustand";
import { useT } from "../i18n/index.ts";
import type { AppStore } from "../store.ts";
import { goTo, togglePlay } from "./usePlayback.ts";

interface Props {
  readonly store: AppStore;
  readonly cursor: number;
  readonly last: number;
  /** The current step in words, for the scrubber and the status line. */
  readonly title: string;
  /** The current step in one sentence, for the live region. */
  readonly sentence: string;
  readonly disabled: boolean;
  /** More buttons after the transport (Present). */
  readonly children?: ReactNode;
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

/** Skips a re-render when only the numbers changed (a weight edit): its props are the step's, not the trace's. */
export const PlayerControls = memo(function PlayerControls({ store, cursor, last, title, sentence, disabled, children }: Props) {
  const t = useT();
  const playing = useStore(store, (s) => s.playing);
  const speed = useStore(store, (s) => s.speed);
  const setSpeed = store.getState().setSpeed;
  const atEnd = cursor >= last;
  const p = t.player;
  return (
    <div className="player-transport" role="group" aria-label={p.stepControls}>
      <div className="player-buttons">
        <button type="button" onClick={() => goTo(store, 0)} disabled={disabled || cursor === 0} aria-label={p.restart} title={p.restartTip}>
          <Icon name="restart" />
        </button>
        <button type="button" onClick={() => goTo(store, cursor - 1)} disabled={disabled || cursor === 0} aria-label={p.previousStep} title={p.previousTip}>
          <Icon name="previous" />
        </button>
        <button type="button" className="player-play" onClick={() => togglePlay(store, cursor, last)} disabled={disabled} aria-label={playing ? p.pause : p.play} title={playing ? p.pauseTip : p.playTip}>
          <Icon name={playing ? "pause" : "play"} />
        </button>
        <button type="button" onClick={() => goTo(store, cursor + 1)} disabled={disabled || atEnd} aria-label={p.nextStep} title={p.nextTip}>
          <Icon name="next" />
        </button>
        <button type="button" onClick={() => goTo(store, last)} disabled={disabled || atEnd} aria-label={p.lastStep} title={p.lastTip}>
          <Icon name="last" />
        </button>
        {children}
      </div>
      <label className="player-scrub">
        <span className="visually-hidden">{p.step}</span>
        <input
          type="range"
          min={0}
          max={last}
          step={1}
          value={cursor}
          disabled={disabled}
          aria-valuetext={`${p.stepOf(cursor + 1, last + 1)}: ${title}`}
          onChange={(e) => goTo(store, Number(e.target.value))}
        />
      </label>
      <label className="player-speed">
        {p.speed}
        <select value={speed} onChange={(e) => setSpeed(Number(e.target.value))}>
          {SPEEDS.map((s) => (
            <option key={s} value={s}>
              {p.speedOption(s)}
            </option>
          ))}
        </select>
      </label>
      <p className="player-status">
        <span className="player-step-count">{p.stepOf(cursor + 1, last + 1)}</span> {title}
      </p>
      <p className="visually-hidden player-announce" role="status" aria-live={playing ? "off" : "polite"}>
        {disabled ? "" : p.announce(p.stepOf(cursor + 1, last + 1), sentence)}
      </p>
    </div>
  );
});
