// While a presentation covers the page, everything else is inert: Tab cannot wander behind it and
// screen readers read only the presentation. What was inert already stays so afterwards.

import { useEffect, type RefObject } from "react";

export function useInertPage(dialog: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const el = dialog.current;
    if (!el) return;
    const made: Element[] = [];
    for (const sibling of Array.from(document.body.children)) {
      if (sibling === el || sibling.contains(el) || sibling.hasAttribute("inert")) continue;
      sibling.setAttribute("inert", "");
      made.push(sibling);
    }
    return () => made.forEach((sibling) => sibling.removeAttribute("inert"));
  }, [dialog]);
}
