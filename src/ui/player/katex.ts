// KaTeX, loaded on first use (it is the player's largest dependency) and called with the symbol
// macros and without trust. Rendered HTML is cached by TeX, so a formula whose numbers did not
// change is not rendered again.

import { KATEX_MACROS } from "../theme/symbols.ts";

type Katex = typeof import("katex").default;

let loading: Promise<Katex> | undefined;

/** KaTeX and its stylesheet, imported once. */
export function loadKatex(): Promise<Katex> {
  loading ??= Promise.all([import("katex"), import("katex/dist/katex.min.css")]).then(([mod]) => mod.default);
  return loading;
}

// A sentinel colour such as "#020202" inside a macro body reads as the argument "#0" followed by
// "20202", and KaTeX refuses the macro. Its colour parser also takes the six digits without "#", so
// this drops the "#"; once the shared macros escape it themselves the pattern no longer matches.
const MACROS: Record<string, string> = Object.fromEntries(
  Object.entries(KATEX_MACROS).map(([name, body]) => [name, body.replace(/\{#([0-9a-f]{6})\}/giu, "{$1}")]),
);

const cache = new Map<string, string>();
const CACHE_LIMIT = 2000;

/** HTML for `tex` in inline style; errors render in place as KaTeX's red source text. */
export function renderTex(katex: Katex, tex: string): string {
  let html = cache.get(tex);
  if (html === undefined) {
    // `strict: "ignore"`: source words may be in any script, which KaTeX would warn about.
    html = katex.renderToString(tex, { macros: { ...MACROS }, throwOnError: false, trust: false, strict: "ignore" });
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(tex, html);
  }
  return html;
}
