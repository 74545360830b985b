// A figure's own cursor: which step it shows and whether it is playing. Each figure keeps its own,
// so two pictures on one page step independently; the keys are those of the recurrent player.

import { useCallback, useEffect, useState, type KeyboardEvent } from "react";


export interface Stepper {
  readonly step: number;
  readonly count: number;
  readonly playing: boolean;
  /** Steps per second while playing. */
  readonly speed: number;
  /** Moves the cursor by hand, which pauses playback. */
  go(step: number): void;
  setSpeed(speed: number): void;
  togglePlay(): void;
  /** → next, ← previous, space play/pause, Home first, End last. */
  onKeyDown(event: KeyboardEvent<HTMLElement>): void;
}

// Keys that a focused control needs for itself: arrows move between radio buttons and change
// selects and sliders; space presses a button.
function ownsKey(target: EventTarget, key: string): boolean {
  if (!(target instanceof HTMLElement)) return false;
  const tag = target.tagName;
  if (tag === "SELECT" || tag === "TEXTAREA") return true;
  if (tag === "INPUT") return true;
  return key === " " && (tag === "BUTTON" || tag === "SUMMARY");
}

export function useStepper(count: number): Stepper {
  const [raw, setRaw] = useState(0);
  const [playing, setPlaying] = useState(false);
  // Half the recurrent player's default: a head's step has whole matrices to read.
  const [speed, setSpeed] = useState(0.5);
  const step = Math.min(raw, Math.max(0, count - 1));
  const go = useCallback(
    (s: number) => {
      setPlaying(false);
      setRaw(Math.max(0, Math.min(count - 1, s)));
    },
    [count],
  );

  useEffect(() => {
    if (!playing) return;
    if (step >= count - 1) {
      setPlaying(false);
      return;
    }
    const timer = setTimeout(() => setRaw(step + 1), 1000 / Math.max(0.1, speed));
    return () => clearTimeout(timer);
  }, [playing, step, count, speed]);

  const togglePlay = useCallback(() => {
    setPlaying((p) => {
      // Play from the start when the last step is showing.
      if (!p && step >= count - 1) setRaw(0);
      return !p;
    });
  }, [step, count]);

  const onKeyDown = useCallback(
    (event: KeyboardEvent<HTMLElement>) => {
      if (event.altKey || event.ctrlKey || event.metaKey || ownsKey(event.target, event.key)) return;
      const actions: Record<string, () => void> = {
        ArrowRight: () => go(step + 1),
        ArrowLeft: () => go(step - 1),
        Home: () => go(0),
        End: () => go(count - 1),
        " ": togglePlay,
      };
      const action = actions[event.key];
      if (!action) return;
      event.preventDefault();
      action();
    },
    [go, step, count, togglePlay],
  );

  return { step, count, playing, speed, go, setSpeed, togglePlay, onKeyDown };
}
