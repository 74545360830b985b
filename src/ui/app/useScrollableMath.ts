// A display equation wider than the screen scrolls sideways. A keyboard user can only scroll what
// can take focus, so each equation that overflows gets tabindex=0 (and loses it when it fits).

import { useEffect, useRef } from "react";

const DISPLAY = ".katex-display";

function markOverflowing(root: HTMLElement, label: string): void {
  for (const el of root.querySelectorAll<HTMLElement>(DISPLAY)) {
    const overflows = el.scrollWidth > el.clientWidth + 1;
    if (overflows && (el.tabIndex !== 0 || el.getAttribute("aria-label") !== label)) {
      el.tabIndex = 0;
      el.setAttribute("role", "group");
      el.setAttribute("aria-label", label);
    } else if (!overflows && el.hasAttribute("tabindex")) {
      el.removeAttribute("tabindex");
      el.removeAttribute("role");
      el.removeAttribute("aria-label");
    }
  }
}

/** `label` names a scrolling equation, in the reader's language. */
export function useScrollableMath<T extends HTMLElement>(label = "Equation, scrolls sideways") {
  const ref = useRef<T>(null);
  useEffect(() => {
    const root = ref.current;
    if (!root) return;
    const check = () => markOverflowing(root, label);
    check();
    // The body arrives after a lazy load, the width changes with the window, and an equation
    // grows when KaTeX's fonts arrive: check after each.
    const mutations = new MutationObserver(check);
    mutations.observe(root, { childList: true });
    const resizes = typeof ResizeObserver === "function" ? new ResizeObserver(check) : undefined;
    resizes?.observe(root);
    const fonts = typeof document.fonts === "object" ? document.fonts : undefined;
    fonts?.addEventListener("loadingdone", check);
    return () => {
      mutations.disconnect();
      resizes?.disconnect();
      fonts?.removeEventListener("loadingdone", check);
    };
  }, [label]);
  return ref;
}
