// A figure's own cursor: which step it shows and whether it is playing. Each figure keeps its own,
// so two pictures on one page step independently; the transport and the keys are the recurrent
// player's (components/Transport.tsx).

import { useCallback, useMemo, useState, type KeyboardEvent } from "react";
import { onStepperKey, type Stepper } from "../components/Transport.tsx";
import { usePlaybackTimer } from "../components/usePlaybackTimer.ts";

export type { Stepper };

export function useStepper(count: number): Stepper & { onKeyDown(event: KeyboardEvent<HTMLElement>): void } {
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
  const togglePlay = useCallback(() => {
    setPlaying((p) => {
      // Play from the start when the last step is showing.
      if (!p && step >= count - 1) setRaw(0);
      return !p;
    });
  }, [step, count]);
  const stepper = useMemo<Stepper>(() => ({ step, count, playing, speed, go, setSpeed, togglePlay }), [step, count, playing, speed, go, togglePlay]);
  usePlaybackTimer(stepper, setRaw, () => setPlaying(false));
  const onKeyDown = useCallback((event: KeyboardEvent<HTMLElement>) => onStepperKey(event, stepper), [stepper]);
  return useMemo(() => ({ ...stepper, onKeyDown }), [stepper, onKeyDown]);
}
