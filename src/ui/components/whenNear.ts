// Runs something once an element comes near the window: the figures' code and KaTeX's runtime load
// so, a little ahead of the reader, and a reader who never scrolls there never downloads them.

/** Calls `then` once `element` comes within `margin` (a CSS rootMargin) of the window; at once without IntersectionObserver. Returns the function that stops watching. */
export function whenNear(element: Element, margin: string, then: () => void): () => void {
  if (typeof IntersectionObserver === "undefined") {
    then();
    return () => {};
  }
  const observer = new IntersectionObserver(
    (entries) => {
      if (!entries.some((e) => e.isIntersecting)) return;
      observer.disconnect();
      then();
    },
    { rootMargin: margin },
  );
  observer.observe(element);
  return () => observer.disconnect();
}
