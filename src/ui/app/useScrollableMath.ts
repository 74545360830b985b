// What is wider than a phone scrolls sideways inside its own box, never the page: display
// equations, code blocks and tables. A keyboard user can only scroll what can take focus, so each
// one that overflows gets tabindex=0 and a name (and loses them when it fits).

import { useEffect, useRef } from "react";

/** The names of what scrolls, in the reader's language. */
export interface ScrollLabels {
  readonly equation: string;
  readonly code: string;
  readonly table: string;
}

const KINDS: readonly [selector: string, kind: keyof ScrollLabels][] = [
  [".katex-display", "equation"],
  ["pre", "code"],
  [".table-scroll", "table"],
];

function markOverflowing(root: HTMLElement, labels: ScrollLabels): void {
  for (const [selector, kind] of KINDS) {
    const label = labels[kind];
    for (const el of root.querySelectorAll<HTMLElement>(selector)) {
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
}

export function useScrollableMath<T extends HTMLElement>(labels: ScrollLabels) {
  const ref = useRef<T>(null);
  const { equation, code, table } = labels;
  useEffect(() => {
    const root = ref.current;
    if (!root) return;
    const check = () => markOverflowing(root, { equation, code, table });
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
  }, [equation, code, table]);
  return ref;
}
