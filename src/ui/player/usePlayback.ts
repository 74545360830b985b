// The player's cursor lives in its store (the address reads and writes it): this makes it the
// transport's Stepper (components/useStepper.ts, the one stepper of every figure), and moves it by
// hand for the presentations.

import { useStore } from "zustand";
import type { Stepper } from "../components/Transport.tsx";
import { useStepper } from "../components/useStepper.ts";
import type { PlayerStore } from "../playerStore.ts";

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
  const { setStep, setPlaying, setSpeed } = store.getState();
  return useStepper(last + 1, { cursor, setCursor: setStep, playing, setPlaying, speed, setSpeed });
}
