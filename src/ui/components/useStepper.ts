// The one stepper of every figure with a cursor: the recurrent and beam players (their cursor in a
// player store, which the address may carry), the training-step player (its cursor mirrored into
// the address as `tstep`) and the Transformer chapter's figures (local state). Whatever the caller
// does not hold, the hook keeps in local state. The same rules for all: moving by hand pauses,
// play at the last step starts over from the first, playback stops at the last step; the keys are
// onStepperKey's (Transport.tsx).

import { useMemo, useState } from "react";
import type { Stepper } from "./Transport.tsx";
import { usePlaybackTimer } from "./usePlaybackTimer.ts";

/** Where a caller keeps the cursor, playback or speed; any it leaves out is local to the figure. */
export interface StepperSource {
  /** The cursor; shown within 0 … count − 1. */
  readonly cursor?: number;
  /** Moves the cursor to a step already within 0 … count − 1 (by hand or by playback). */
  readonly setCursor?: (step: number) => void;
  readonly playing?: boolean;
  readonly setPlaying?: (playing: boolean) => void;
  /** Steps per second while playing. */
  readonly speed?: number;
  readonly setSpeed?: (speed: number) => void;
  /** The local speed's start, for a caller that does not hold the speed (1 when absent). */
  readonly initialSpeed?: number;
}

export function useStepper(count: number, source: StepperSource = {}): Stepper {
  const [ownCursor, setOwnCursor] = useState(0);
  const [ownPlaying, setOwnPlaying] = useState(false);
  const [ownSpeed, setOwnSpeed] = useState(source.initialSpeed ?? 1);
  const last = Math.max(0, count - 1);
  const step = Math.min(source.cursor ?? ownCursor, last);
  const playing = source.playing ?? ownPlaying;
  const speed = source.speed ?? ownSpeed;
  const setCursor = source.setCursor ?? setOwnCursor;
  const setPlaying = source.setPlaying ?? setOwnPlaying;
  const setSpeed = source.setSpeed ?? setOwnSpeed;
  const stepper = useMemo<Stepper>(
    () => ({
      step,
      count,
      playing,
      speed,
      go: (to) => {
        setPlaying(false);
        setCursor(Math.max(0, Math.min(last, to)));
      },
      setSpeed,
      togglePlay: () => {
        if (playing) return setPlaying(false);
        if (step >= last) setCursor(0);
        setPlaying(true);
      },
    }),
    [step, count, last, playing, speed, setCursor, setPlaying, setSpeed],
  );
  usePlaybackTimer(stepper, setCursor, () => setPlaying(false));
  return stepper;
}
