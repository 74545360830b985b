// Whether an element is on screen (or within `margin` of it), from an IntersectionObserver. Where
// there is none (jsdom, very old browsers) everything counts as on screen, so nothing waits on it.

import { useEffect, useState } from "react";

export function useInView(element: Element | null, margin = "200px"): boolean {
  const [inView, setInView] = useState(true);
  useEffect(() => {
    if (!element || typeof IntersectionObserver === "undefined") return;
    const observer = new IntersectionObserver((entries) => {
      const last = entries[entries.length - 1];
      if (last) setInView(last.isIntersecting);
    }, { rootMargin: margin });
    observer.observe(element);
    return () => {
      observer.disconnect();
      setInView(true);
    };
  }, [element, margin]);
  return inView;
}

/** How long an off-screen value waits for the edits to stop before it catches up, in ms. */
export const SETTLE_MS = 150;

/**
 * `value` while `element` is on screen. Off screen it holds the value it last showed while the
 * value keeps changing, and catches up once the value has stood still for SETTLE_MS, or at once
 * when the element comes into view. A dragged weight changes the trace at every frame; the
 * pictures and formulas scrolled out of sight then cost nothing until the drag pauses, and the
 * frame the reader sees carries only what is on screen. `stale` says the held value is behind
 * (the element sets aria-busy meanwhile).
 */
export function useOnScreenValue<T>(value: T, element: Element | null): { shown: T; stale: boolean } {
  const inView = useInView(element, "100px");
  const [held, setHeld] = useState(value);
  // On screen the held value follows at once (React's pattern for state derived from props).
  if (inView && held !== value) setHeld(value);
  useEffect(() => {
    if (inView || held === value) return;
    const timer = setTimeout(() => setHeld(value), SETTLE_MS);
    return () => clearTimeout(timer);
  }, [inView, held, value]);
  return inView ? { shown: value, stale: false } : { shown: held, stale: held !== value };
}
