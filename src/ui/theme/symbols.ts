// One colour per symbol (x, h, C, s, c, α, y), declared once and used by KaTeX and D3 alike.
// KaTeX runs without `trust`, so it cannot emit CSS classes; instead each macro colours its
// argument with a sentinel hex colour, and symbols.css maps that sentinel to the theme's colour.

export type SymbolKey = "x" | "h" | "C" | "s" | "c" | "alpha" | "y" | "e" | "q" | "k" | "v";

/** The themes a page shows (the reader's "system" pick resolves to light or dark). */
export type PaletteTheme = "light" | "dark" | "projector";

export const PALETTE_THEMES: readonly PaletteTheme[] = ["light", "dark", "projector"];

interface SymbolDef {
  /** The KaTeX macro that colours its argument, e.g. \sh{h_t}. */
  readonly macro: string;
  /** A colour no lesson would choose, recognised by symbols.css. */
  readonly sentinel: string;
  /** The CSS custom property that holds the theme's colour. */
  readonly cssVar: string;
  readonly light: string;
  readonly dark: string;
  /** On black, for a projector: brighter and more saturated than dark, at least 7:1 against the page. */
  readonly projector: string;
  readonly label: string;
}

export const SYMBOLS: Readonly<Record<SymbolKey, SymbolDef>> = {
  x: { macro: "\\sx", sentinel: "#010101", cssVar: "--sym-x", light: "#1f5fbf", dark: "#7fb0ff", projector: "#8cc4ff", label: "source embedding x" },
  h: { macro: "\\sh", sentinel: "#020202", cssVar: "--sym-h", light: "#b04a00", dark: "#ffa05a", projector: "#ffae6b", label: "encoder state h" },
  C: { macro: "\\sC", sentinel: "#030303", cssVar: "--sym-C", light: "#8a5a00", dark: "#e0b45c", projector: "#ffe066", label: "memory cell C" },
  s: { macro: "\\ss", sentinel: "#040404", cssVar: "--sym-s", light: "#7a3db8", dark: "#c79bff", projector: "#d6b3ff", label: "decoder state s" },
  c: { macro: "\\sc", sentinel: "#050505", cssVar: "--sym-c", light: "#1d7a3a", dark: "#6fd68f", projector: "#7ff09f", label: "context c" },
  alpha: { macro: "\\sa", sentinel: "#060606", cssVar: "--sym-alpha", light: "#c0245c", dark: "#ff7fa8", projector: "#ff8fbc", label: "attention weight α" },
  y: { macro: "\\sy", sentinel: "#070707", cssVar: "--sym-y", light: "#00707a", dark: "#4fd4de", projector: "#5ff0f0", label: "target token y" },
  e: { macro: "\\se", sentinel: "#080808", cssVar: "--sym-e", light: "#9c2f2f", dark: "#ff9a8a", projector: "#ffa99c", label: "attention score e" },
  q: { macro: "\\sq", sentinel: "#090909", cssVar: "--sym-q", light: "#7a3db8", dark: "#c79bff", projector: "#d6b3ff", label: "query Q" },
  k: { macro: "\\sk", sentinel: "#0a0a0a", cssVar: "--sym-k", light: "#b04a00", dark: "#ffa05a", projector: "#ffae6b", label: "key K" },
  v: { macro: "\\sv", sentinel: "#0b0b0b", cssVar: "--sym-v", light: "#1d7a3a", dark: "#6fd68f", projector: "#7ff09f", label: "value V" },
};

/**
 * KaTeX macros: \sh{h_t} draws h_t in the encoder-state colour. Inside a macro body a lone `#`
 * starts an argument reference (#1), so the colour's `#` is written `##`.
 */
export const KATEX_MACROS: Readonly<Record<string, string>> = Object.fromEntries(
  Object.values(SYMBOLS).map((d) => [d.macro, `\\textcolor{#${d.sentinel}}{#1}`]),
);

/** The CSS that maps each sentinel colour in KaTeX output to its theme colour. */
export function symbolCss(): string {
  const vars = (mode: PaletteTheme) =>
    Object.values(SYMBOLS)
      .map((d) => `${d.cssVar}: ${d[mode]};`)
      .join(" ");
  // KaTeX writes `color:#010101`; React, which renders a lesson's pre-typeset markup as elements,
  // sets the same colour through the DOM and the attribute then reads `color: rgb(1, 1, 1)`.
  const maps = Object.values(SYMBOLS)
    .map((d) => `.katex [style*="color:${d.sentinel}"], .katex [style*="color: ${hexToRgb(d.sentinel)}"] { color: var(${d.cssVar}) !important; }`)
    .join("\n");
  return `:root { ${vars("light")} }\n:root[data-theme="dark"] { ${vars("dark")} }\n:root[data-theme="projector"] { ${vars("projector")} }\n${maps}\n`;
}

function hexToRgb(hex: string): string {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  return `rgb(${r}, ${g}, ${b})`;
}

/** The CSS colour expression of a symbol for D3 fills and strokes: follows the theme. */
export function symbolColor(key: SymbolKey): string {
  return `var(${SYMBOLS[key].cssVar})`;
}
