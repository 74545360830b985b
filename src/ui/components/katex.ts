// KaTeX, loaded on first use (it is the player's largest dependency; useKatex waits until a formula
// is near the screen) and called with the symbol macros and without trust. Rendered HTML is cached by TeX, so a formula whose numbers did not
// change is not rendered again.

import { KATEX_MACROS } from "../theme/symbols.ts";

type Katex = typeof import("katex").default;

let loading: Promise<Katex> | undefined;
let loaded: Katex | null = null;

/** KaTeX and its stylesheet, imported once. */
export function loadKatex(): Promise<Katex> {
  loading ??= Promise.all([import("katex"), import("katex/dist/katex.min.css")]).then(([mod]) => (loaded = mod.default));
  return loading;
}

/** KaTeX if it has arrived already, else null. */
export function katexIfLoaded(): Katex | null {
  return loaded;
}

const cache = new Map<string, string>();
const CACHE_LIMIT = 2000;

/** HTML for `tex` in inline style; errors render in place as KaTeX's red source text. */
export function renderTex(katex: Katex, tex: string): string {
  let html = cache.get(tex);
  if (html === undefined) {
    // `strict: "ignore"`: source words may be in any script, which KaTeX would warn about.
    html = katex.renderToString(tex, { macros: { ...KATEX_MACROS }, throwOnError: false, trust: false, strict: "ignore" });
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(tex, html);
  }
  return html;
}
