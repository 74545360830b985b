// Animation lengths that honour `prefers-reduced-motion: reduce`: then every change is immediate.

const REDUCE = "(prefers-reduced-motion: reduce)";

export function prefersReducedMotion(): boolean {
  // jsdom and old browsers have no matchMedia: no preference known, so no reduction either.
  return typeof window !== "undefined" && typeof window.matchMedia === "function" && window.matchMedia(REDUCE).matches;
}

/** The duration to animate with: `ms`, or 0 when the reader asked for less motion. */
export function motionDuration(ms: number): number {
  return prefersReducedMotion() ? 0 : ms;
}
