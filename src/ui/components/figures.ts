// Which figure of the page presents: figures that can fill the screen carry data-presentable, and
// are counted in document order from 1 (the number `present=N` of the URL names). A figure is asked
// to present by an event on its element, so the P key and a link open it the same way as its button.

export const PRESENTABLE_ATTR = "data-presentable";
export const PRESENT_EVENT = "seq2seq:present";

/** The 1-based position of a presentable element among the page's, or 0 when it is not one. */
export function figureNumber(el: Element | null, root: ParentNode = document): number {
  if (!el) return 0;
  return Array.from(root.querySelectorAll(`[${PRESENTABLE_ATTR}]`)).indexOf(el) + 1;
}

/** The figure a key press is about: the one that holds the focus, else the page's first. */
export function figureFor(target: EventTarget | null, root: ParentNode = document): Element | null {
  const inside = target instanceof Element ? target.closest(`[${PRESENTABLE_ATTR}]`) : null;
  return inside ?? root.querySelector(`[${PRESENTABLE_ATTR}]`);
}

// Figures load lazily and not always in page order, so each one recounts whenever one comes or goes.
const recounts = new Set<() => void>();

function recountAll(): void {
  for (const recount of recounts) recount();
}

/** Calls `recount` now and whenever a figure joins or leaves the page; returns the function that stops. */
export function watchFigures(recount: () => void): () => void {
  recounts.add(recount);
  recountAll();
  return () => {
    recounts.delete(recount);
    recountAll();
  };
}

/** Whether a key press belongs to a field the reader is typing in. */
export function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || target.closest("input, textarea, select") !== null;
}
