// Animation lengths that honour `prefers-reduced-motion: reduce`: then every change is immediate.

const REDUCE = "(prefers-reduced-motion: reduce)";

export function prefersReducedMotion(): boolean {
  // Where the preference cannot be asked (jsdom, server rendering), animate nothing: motion is an
  // extra, and a page that cannot report the preference may be one that cannot show it either.
  if (typeof window === "undefined" || typeof window.matchMedia !== "function") return true;
  return window.matchMedia(REDUCE).matches;
}

/** The duration to animate with: `ms`, or 0 when the reader asked for less motion. */
export function motionDuration(ms: number): number {
  return prefersReducedMotion() ? 0 : ms;
}
