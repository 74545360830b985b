// The width a figure has on the page, kept up to date, so that pictures lay themselves out for it
// instead of shrinking a desktop drawing to unreadable text on a phone.

import { useLayoutEffect, useState, type RefObject } from "react";

/** Width of `ref`'s element in CSS pixels; `fallback` until measured (and where nothing can measure). */
export function useWidth(ref: RefObject<HTMLElement | null>, fallback = 720): number {
  const [width, setWidth] = useState(fallback);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = () => {
      const w = el.getBoundingClientRect().width;
      // jsdom lays nothing out: keep the fallback rather than draw into zero pixels.
      if (w > 0) setWidth(Math.floor(w));
    };
    measure();
    if (typeof ResizeObserver === "undefined") return;
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref]);
  return width;
}

/** Whether the reader asked for less motion (then pictures change at once). */
export function reducedMotion(): boolean {
  return typeof window !== "undefined" && typeof window.matchMedia === "function" && window.matchMedia("(prefers-reduced-motion: reduce)").matches;
}
