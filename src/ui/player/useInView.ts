// What a part of the player shows while it is off screen: on screen (or within MARGIN of it) the
// current value; off screen the value it last showed, while that keeps changing. Where there is no
// IntersectionObserver (jsdom, very old browsers) everything counts as on screen.

import { useEffect, useMemo, useRef, useState } from "react";
import type { Trace } from "../../core/trace.ts";

/** How long an off-screen value waits for the edits to stop before it catches up, in ms. */
export const SETTLE_MS = 150;
/** How close to the window an element counts as on screen. */
const MARGIN = "100px";

/**
 * `value` while `element` is on screen. Off screen it holds the value it showed when it left while
 * the value keeps changing, and catches up once the value has stood still for SETTLE_MS, or at once
 * when the element comes into view. A dragged weight changes the trace at every frame; the
 * pictures and formulas scrolled out of sight then cost nothing until the drag pauses, and the
 * frame the reader sees carries only what is on screen. `stale` says the held value is behind
 * (the element sets aria-busy meanwhile). On screen it costs no render of its own.
 */
export function useOnScreenValue<T>(value: T, element: Element | null): { shown: T; stale: boolean } {
  // The value last committed, for the observer's callback (which runs after render, never during).
  const latest = useRef(value);
  useEffect(() => {
    latest.current = value;
  });
  // What is shown while off screen; null while on screen.
  const [held, setHeld] = useState<{ readonly value: T } | null>(null);
  useEffect(() => {
    if (!element || typeof IntersectionObserver === "undefined") return;
    const observer = new IntersectionObserver(
      (entries) => setHeld(entries[entries.length - 1]?.isIntersecting === false ? { value: latest.current } : null),
      { rootMargin: MARGIN },
    );
    observer.observe(element);
    return () => {
      observer.disconnect();
      setHeld(null);
    };
  }, [element]);
  useEffect(() => {
    if (held === null || held.value === value) return;
    const timer = setTimeout(() => setHeld({ value }), SETTLE_MS);
    return () => clearTimeout(timer);
  }, [held, value]);
  return held === null ? { shown: value, stale: false } : { shown: held.value, stale: held.value !== value };
}

/** `value`, except while `hold` is true: then the value it had when `hold` became true. */
export function useHeldWhile<T>(value: T, hold: boolean): T {
  const [held, setHeld] = useState<{ readonly value: T } | null>(null);
  // State derived from props, set during render (React renders again at once, before committing).
  if (hold && held === null) setHeld({ value });
  if (!hold && held !== null) setHeld(null);
  return hold && held ? held.value : value;
}

const NO_VOCAB: readonly string[] = [];

/** What a picture or table of the player draws, as useOnScreenValue passes it on. */
export interface ShownTrace {
  readonly trace: Trace;
  readonly cursor: number;
  readonly vocab: readonly string[];
}

/**
 * The trace, cursor and vocabulary a part of the player draws (see useOnScreenValue); `frame` goes
 * on its outermost element as a ref, `stale` on it as aria-busy.
 */
export function useShownTrace(trace: Trace, cursor: number, vocab = NO_VOCAB): [ShownTrace, { frame: (el: HTMLElement | null) => void; stale: boolean }] {
  const [frame, setFrame] = useState<HTMLElement | null>(null);
  const { shown, stale } = useOnScreenValue(useMemo(() => ({ trace, cursor, vocab }), [trace, cursor, vocab]), frame);
  return [shown, { frame: setFrame, stale }];
}
