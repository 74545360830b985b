// Registers public/sw.js (production builds only: in development it would cache stale modules).
// The page's first load happens before the worker controls it, so once the worker is ready the
// page tells it what it has already fetched; from then on the worker caches what it serves.

export function registerServiceWorker(win: Window = window): void {
  if (!("serviceWorker" in win.navigator)) return;
  const container = win.navigator.serviceWorker;
  container
    .register("./sw.js")
    .then(() => container.ready)
    .then((registration) => {
      const urls = [win.location.href.split("#")[0] ?? "", ...alreadyFetched(win)];
      registration.active?.postMessage({ type: "cache", urls });
    })
    .catch((error: unknown) => {
      // Without the worker the site still works; it only stops working offline.
      console.warn("The offline cache is not available:", error);
    });
}

function alreadyFetched(win: Window): string[] {
  return win.performance
    .getEntriesByType("resource")
    .map((entry) => entry.name)
    .filter((url) => new URL(url).origin === win.location.origin);
}
