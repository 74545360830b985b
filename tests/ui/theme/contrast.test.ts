import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { contrastRatio, relativeLuminance } from "../../../src/ui/theme/contrast.ts";
import { PALETTE_THEMES, SYMBOLS, type PaletteTheme } from "../../../src/ui/theme/symbols.ts";

// WCAG 2.2 AA: 4.5:1 for text, 3:1 for large text and for graphics (focus rings, picture strokes).
const TEXT = 4.5;
const GRAPHICS = 3;

const css = readFileSync(join(process.cwd(), "src", "ui", "theme", "base.css"), "utf8");
const SELECTORS: Record<PaletteTheme, string> = { light: ":root", dark: ':root[data-theme="dark"]', projector: ':root[data-theme="projector"]' };

/** The colour tokens a theme's block of base.css declares, e.g. { bg: "#fdfcfa", … }. */
function tokens(theme: PaletteTheme): Record<string, string> {
  const start = css.indexOf(`${SELECTORS[theme]} {`);
  expect(start, `base.css has no block for ${theme}`).toBeGreaterThanOrEqual(0);
  const block = css.slice(start, css.indexOf("}", start));
  return Object.fromEntries([...block.matchAll(/--([\w-]+):\s*(#[0-9a-f]{6})\b/giu)].map((m) => [m[1]!, m[2]!]));
}

/** Every background text sits on in a theme. */
function backgrounds(t: Record<string, string>): string[] {
  return ["bg", "surface", "surface-sunk", "tint-source", "tint-slip", "tint-note"].map((k) => t[k]!).filter(Boolean);
}

describe("contrastRatio", () => {
  it("contrastRatio(black, white) is 21 and a colour against itself is 1", () => {
    expect(contrastRatio("#000000", "#ffffff")).toBeCloseTo(21, 10);
    expect(contrastRatio("#1f5fbf", "#1f5fbf")).toBe(1);
    expect(relativeLuminance("#ffffff")).toBe(1);
  });

  it("contrastRatio(a, b) matches WebAIM's published 4.54 for #767676 on white", () => {
    expect(contrastRatio("#767676", "#ffffff")).toBeCloseTo(4.54, 2);
  });

  it("relativeLuminance rejects what is not #rrggbb", () => {
    expect(() => relativeLuminance("rgb(0, 0, 0)")).toThrow(RangeError);
  });
});

describe.each(PALETTE_THEMES)("the %s theme", (theme) => {
  const t = tokens(theme);

  it("declares a background, surfaces, text and focus colour", () => {
    for (const key of ["bg", "surface", "surface-sunk", "text", "text-muted", "link", "focus"]) expect(t[key], key).toMatch(/^#/u);
  });

  it("gives text, muted text, links and aside labels 4.5:1 on every background", () => {
    for (const fg of ["text", "text-muted", "link", "accent-source", "accent-slip"]) {
      for (const bg of backgrounds(t)) expect(contrastRatio(t[fg]!, bg), `${fg} on ${bg}`).toBeGreaterThanOrEqual(TEXT);
    }
  });

  it("gives every symbol colour 4.5:1 on every background, since symbols colour text in formulas", () => {
    for (const [key, def] of Object.entries(SYMBOLS)) {
      for (const bg of backgrounds(t)) expect(contrastRatio(def[theme], bg), `${key} (${def[theme]}) on ${bg}`).toBeGreaterThanOrEqual(TEXT);
    }
  });

  it("draws the focus ring at 3:1 or more against the page", () => {
    expect(contrastRatio(t.focus!, t.bg!)).toBeGreaterThanOrEqual(GRAPHICS);
  });
});

describe("the projector theme", () => {
  it("is white on black with symbol colours at 7:1 (AAA) so they survive a washed-out projector", () => {
    const t = tokens("projector");
    expect([t.bg, t.text]).toEqual(["#000000", "#ffffff"]);
    for (const def of Object.values(SYMBOLS)) expect(contrastRatio(def.projector, t.bg!)).toBeGreaterThanOrEqual(7);
  });

  it("keeps symbols that differ in light and dark apart in projector too", () => {
    const colours = new Map<string, string>();
    for (const [key, def] of Object.entries(SYMBOLS)) {
      const same = Object.entries(SYMBOLS).find(([, other]) => other.dark === def.dark)![0];
      colours.set(def.projector, colours.get(def.projector) ?? same);
      expect(colours.get(def.projector), key).toBe(same);
    }
  });
});
