// The width a figure has on the page, kept up to date, so that pictures lay themselves out for it
// instead of shrinking a desktop drawing to unreadable text on a phone; and keyboard access to a
// box that still has to scroll.

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

/**
 * A box that scrolls sideways when its content is wider (a matrix formula on a phone) takes the
 * keyboard focus exactly then: a keyboard user can only scroll what can be focused.
 */
export function useFocusableWhenWide(ref: RefObject<HTMLElement | null>, content: unknown): void {
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const check = () => {
      if (el.scrollWidth > el.clientWidth + 1) el.tabIndex = 0;
      else el.removeAttribute("tabindex");
    };
    check();
    if (typeof ResizeObserver === "undefined") return;
    const observer = new ResizeObserver(check);
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref, content]);
}
