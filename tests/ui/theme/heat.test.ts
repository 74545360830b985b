import { describe, expect, it } from "vitest";
import { contrastRatio } from "../../../src/ui/theme/contrast.ts";
import { colourDifference, deltaE2000 } from "../../../src/ui/theme/deltaE.ts";
import { HEAT, heatColour, heatCss, heatFill, heatInk, INK_SWITCH } from "../../../src/ui/theme/heat.ts";
import { PALETTE_THEMES } from "../../../src/ui/theme/symbols.ts";

// ΔE2000 of about 1 is just noticeable side by side, and from about 5 two colours look different at
// a glance. A projector in a lit room flattens contrast, and a heatmap is read cell against cell
// across the room: neighbouring 0.1 steps must differ by at least 5, well clear of "just noticeable".
const MIN_STEP_DE = 5;
// WCAG 2.2 AA for the numbers written on the cells.
const TEXT = 4.5;

describe("deltaE2000", () => {
  it("deltaE2000(a, b) gives Sharma, Wu and Dalal's published differences", () => {
    // Pairs 1, 7 and 17 of the paper's test data (L*, a*, b*), with their ΔE00.
    expect(deltaE2000([50, 2.6772, -79.7751], [50, 0, -82.7485])).toBeCloseTo(2.0425, 4);
    expect(deltaE2000([50, 0, 0], [50, -1, 2])).toBeCloseTo(2.3669, 4);
    expect(deltaE2000([50, 2.5, 0], [73, 25, -18])).toBeCloseTo(27.1492, 4);
  });

  it("colourDifference(a, a) is 0 and black against white is about 100", () => {
    expect(colourDifference("#336699", "#336699")).toBe(0);
    expect(colourDifference("#000000", "#ffffff")).toBeCloseTo(100, 0);
  });
});

describe.each(PALETTE_THEMES)("the %s heat scale", (theme) => {
  const steps = Array.from({ length: 11 }, (_, i) => heatColour(theme, i / 10));

  it(`heatColour(w) changes by ΔE2000 ≥ ${MIN_STEP_DE} between every two weights 0.1 apart`, () => {
    for (let i = 1; i < steps.length; i++) expect(colourDifference(steps[i - 1]!, steps[i]!), `${(i - 1) / 10} → ${i / 10}`).toBeGreaterThanOrEqual(MIN_STEP_DE);
  });

  it("heatColour(w) also keeps every two weights 0.1 apart distinguishable between the steps", () => {
    for (let k = 0; k + 10 <= 100; k++) expect(colourDifference(heatColour(theme, k / 100), heatColour(theme, (k + 10) / 100)), `${k / 100}`).toBeGreaterThanOrEqual(MIN_STEP_DE);
  });

  it("heatInk(w) writes numbers at 4.5:1 on the cell of every weight", () => {
    for (let k = 0; k <= 100; k++) {
      const w = k / 100;
      const ink = w < INK_SWITCH ? HEAT[theme].inkLo : HEAT[theme].inkHi;
      expect(contrastRatio(ink, heatColour(theme, w)), `w = ${w}`).toBeGreaterThanOrEqual(TEXT);
    }
  });
});

describe("heatFill and heatInk", () => {
  it("heatFill(w) mixes the theme's two ends in OKLab, clamping w to [0, 1]", () => {
    expect(heatFill(0.25)).toBe("color-mix(in oklab, var(--heat-lo), var(--heat-hi) 25.0%)");
    expect(heatFill(-3)).toBe(heatFill(0));
    expect(heatFill(Number.NaN)).toBe(heatFill(0));
    expect(heatFill(7)).toBe(heatFill(1));
  });

  it("heatInk(w) switches ink at INK_SWITCH, and heatCss() declares both inks and ends for every theme", () => {
    expect(heatInk(INK_SWITCH - 0.01)).toBe("var(--heat-ink-lo)");
    expect(heatInk(INK_SWITCH)).toBe("var(--heat-ink-hi)");
    const css = heatCss();
    for (const theme of PALETTE_THEMES) for (const v of Object.values(HEAT[theme])) expect(css).toContain(v);
    expect(css).toContain(':root[data-theme="projector"]');
  });
});
