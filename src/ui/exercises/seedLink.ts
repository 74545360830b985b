// The exercise seed a link carries (`#/lesson/lstm?seed=42`). The address is rewritten to its
// canonical form as the page starts (app/urlSync.ts keeps `seed` only for sampling), so this small
// module, imported with the lesson widgets, reads the address first: at load and at every hash change
// (its listener is added before the shell's). A `seed` next to `dec=sample` is the decoding's.

let linked: number | undefined;

export function seedOfHash(hash: string): number | undefined {
  const at = hash.indexOf("?");
  if (at < 0) return undefined;
  const params = new URLSearchParams(hash.slice(at + 1));
  const raw = params.get("seed");
  if (params.has("dec") || raw === null || !/^-?\d{1,10}$/.test(raw)) return undefined;
  const seed = Number(raw);
  return Number.isSafeInteger(seed) ? seed | 0 : undefined;
}

if (typeof window !== "undefined") {
  linked = seedOfHash(window.location.hash);
  window.addEventListener("hashchange", () => {
    const seed = seedOfHash(window.location.hash);
    if (seed !== undefined) linked = seed;
  });
}

/** The seed of the link the page was opened with, if any. */
export function linkedSeed(): number | undefined {
  return linked;
}
