// Playback for any Stepper: while playing, the cursor moves one step every 1/speed seconds and
// playback stops at the last step. Where the cursor lives is the caller's: `advance` moves it and
// `stop` ends playing.

import { useEffect, useRef } from "react";
import type { Stepper } from "./Transport.tsx";

export function usePlaybackTimer({ playing, step, count, speed }: Pick<Stepper, "playing" | "step" | "count" | "speed">, advance: (next: number) => void, stop: () => void): void {
  // The latest callbacks, so that a new closure each render does not restart the timer.
  const calls = useRef({ advance, stop });
  useEffect(() => {
    calls.current = { advance, stop };
  });
  useEffect(() => {
    if (!playing) return;
    if (step >= count - 1) {
      calls.current.stop();
      return;
    }
    const timer = setTimeout(() => calls.current.advance(step + 1), 1000 / Math.max(0.1, speed));
    return () => clearTimeout(timer);
  }, [playing, step, count, speed]);
}
