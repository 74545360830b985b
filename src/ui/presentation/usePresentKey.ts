// P anywhere on the page (outside a text field) presents the figure that has the focus, or the
// page's first figure: a teacher can start presenting without finding the button.

import { useEffect } from "react";
import { useAppStore } from "../storeContext.ts";
import { figureFor, isTyping, PRESENT_EVENT } from "../components/figures.ts";

export function usePresentKey(): void {
  const store = useAppStore();
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== "p" && event.key !== "P") return;
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || isTyping(event.target)) return;
      if (store.getState().present > 0) return;
      const figure = figureFor(event.target);
      if (!figure) return;
      event.preventDefault();
      figure.dispatchEvent(new CustomEvent(PRESENT_EVENT));
    };
    document.addEventListener("keydown", onKeyDown);
    return () => document.removeEventListener("keydown", onKeyDown);
  }, [store]);
}
