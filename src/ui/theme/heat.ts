// The colour scale of the attention heatmaps (α in [0, 1]), one per theme: from near the page's
// background at 0 to a strong colour at 1, mixed in OKLab (CSS `color-mix(in oklab, …)`), whose
// lightness steps look alike to the eye, so that any two weights 0.1 apart stay apart on a
// projector (tests/ui/theme/heat.test.ts checks ΔE2000 between neighbours). Numbers written on a
// cell take the dark or the light ink of the theme, whichever the cell's lightness needs.

import type { PaletteTheme } from "./symbols.ts";

interface HeatScale {
  /** The colour of a weight of 0 and of 1. */
  readonly lo: string;
  readonly hi: string;
  /** The ink of a number on a cell below INK_SWITCH and from it up. */
  readonly inkLo: string;
  readonly inkHi: string;
}

/** The weight from which numbers on a cell take the `inkHi` ink (the scales cross mid-lightness here). */
export const INK_SWITCH = 0.5;

export const HEAT: Readonly<Record<PaletteTheme, HeatScale>> = {
  light: { lo: "#fbf1f5", hi: "#220010", inkLo: "#000000", inkHi: "#ffffff" },
  dark: { lo: "#221a1e", hi: "#ffd3e4", inkLo: "#ffffff", inkHi: "#000000" },
  projector: { lo: "#1a0f14", hi: "#ffeaf3", inkLo: "#ffffff", inkHi: "#000000" },
};

const clamp01 = (w: number) => (Number.isFinite(w) ? Math.min(1, Math.max(0, w)) : 0);

/** The fill of weight w, following the theme (CSS variables from heatCss). */
export function heatFill(w: number): string {
  return `color-mix(in oklab, var(--heat-lo), var(--heat-hi) ${(100 * clamp01(w)).toFixed(1)}%)`;
}

/** The ink of a number on the cell of weight w. */
export function heatInk(w: number): string {
  return clamp01(w) < INK_SWITCH ? "var(--heat-ink-lo)" : "var(--heat-ink-hi)";
}

/** The CSS variables of every theme's scale. */
export function heatCss(): string {
  const vars = (s: HeatScale) => `--heat-lo: ${s.lo}; --heat-hi: ${s.hi}; --heat-ink-lo: ${s.inkLo}; --heat-ink-hi: ${s.inkHi};`;
  return `:root { ${vars(HEAT.light)} }\n:root[data-theme="dark"] { ${vars(HEAT.dark)} }\n:root[data-theme="projector"] { ${vars(HEAT.projector)} }\n`;
}

type Rgb = readonly [number, number, number];

const toLinear = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
const toGamma = (c: number) => (c <= 0.0031308 ? 12.92 * c : 1.055 * c ** (1 / 2.4) - 0.055);

/** "#rrggbb" → OKLab (Björn Ottosson's matrices, as CSS Color 4 uses them). */
function hexToOklab(hex: string): Rgb {
  const [r, g, b] = [1, 3, 5].map((i) => toLinear(parseInt(hex.slice(i, i + 2), 16) / 255)) as [number, number, number];
  const l = Math.cbrt(0.4122214708 * r + 0.5363325363 * g + 0.0514459929 * b);
  const m = Math.cbrt(0.2119034982 * r + 0.6806995451 * g + 0.1073969566 * b);
  const s = Math.cbrt(0.0883024619 * r + 0.2817188376 * g + 0.6299787005 * b);
  return [0.2104542553 * l + 0.793617785 * m - 0.0040720468 * s, 1.9779984951 * l - 2.428592205 * m + 0.4505937099 * s, 0.0259040371 * l + 0.7827717662 * m - 0.808675766 * s];
}

function oklabToHex([L, a, b]: Rgb): string {
  const l = (L + 0.3963377774 * a + 0.2158037573 * b) ** 3;
  const m = (L - 0.1055613458 * a - 0.0638541728 * b) ** 3;
  const s = (L - 0.0894841775 * a - 1.291485548 * b) ** 3;
  const rgb = [4.0767416621 * l - 3.3077115913 * m + 0.2309699292 * s, -1.2684380046 * l + 2.6097574011 * m - 0.3413193965 * s, -0.0041960863 * l - 0.7034186147 * m + 1.707614701 * s];
  return `#${rgb.map((c) => Math.round(255 * Math.min(1, Math.max(0, toGamma(c)))).toString(16).padStart(2, "0")).join("")}`;
}

/** The colour a theme's scale gives weight w, mixed as the browser mixes it: "#rrggbb". */
export function heatColour(theme: PaletteTheme, w: number): string {
  const lo = hexToOklab(HEAT[theme].lo);
  const hi = hexToOklab(HEAT[theme].hi);
  const t = clamp01(w);
  return oklabToHex([0, 1, 2].map((i) => lo[i]! + (hi[i]! - lo[i]!) * t) as unknown as Rgb);
}
