// The player's cursor lives in its store (the address reads and writes it): this makes it the
// transport's Stepper, plays it, and moves it by hand for the presentations.

import { useMemo } from "react";
import { useStore } from "zustand";
import type { Stepper } from "../components/Transport.tsx";
import { usePlaybackTimer } from "../components/usePlaybackTimer.ts";
import type { PlayerStore } from "../playerStore.ts";

/** Play or pause; play at the last step starts over, as a media player does. */
function togglePlay(store: PlayerStore, cursor: number, last: number): void {
  const { playing, setPlaying, setStep } = store.getState();
  if (playing) return setPlaying(false);
  if (cursor >= last) setStep(0);
  setPlaying(true);
}

/** Moves the cursor by hand, which pauses playback. */
export function goTo(store: PlayerStore, step: number): void {
  const { setPlaying, setStep } = store.getState();
  setPlaying(false);
  setStep(step);
}

/** The store's cursor over steps 0 … last as a Stepper, playing while the store says so. */
export function useStoreStepper(store: PlayerStore, cursor: number, last: number): Stepper {
  const playing = useStore(store, (s) => s.playing);
  const speed = useStore(store, (s) => s.speed);
  const stepper = useMemo<Stepper>(
    () => ({
      step: cursor,
      count: last + 1,
      playing,
      speed,
      go: (step) => goTo(store, Math.max(0, Math.min(last, step))),
      setSpeed: (s) => store.getState().setSpeed(s),
      togglePlay: () => togglePlay(store, cursor, last),
    }),
    [store, cursor, last, playing, speed],
  );
  usePlaybackTimer(
    stepper,
    (next) => store.getState().setStep(next),
    () => store.getState().setPlaying(false),
  );
  return stepper;
}
