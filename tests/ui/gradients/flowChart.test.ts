// The gradient chart's geometry and number formats: 0, ∞ and NaN are written as such and break the
// curve instead of breaking the chart.
import { describe, expect, it } from "vitest";
import { curvePath, flowScales, undrawnSteps } from "../../../src/ui/gradients/flowChart.ts";
import { decadesOf, formatNorm, tenTo } from "../../../src/ui/gradients/format.ts";

describe("formatNorm", () => {
  it("formatNorm(x) writes ∞, −∞, NaN and 0 as such, mid-sized numbers to two digits and the rest in e-notation", () => {
    expect([Infinity, -Infinity, NaN, 0].map(formatNorm)).toEqual(["∞", "−∞", "NaN", "0"]);
    expect([0.374, 1.15, 452].map(formatNorm)).toEqual(["0.37", "1.1", "450"]);
    expect([3.14e-9, 1.5e7].map(formatNorm)).toEqual(["3.1e-9", "1.5e+7"]);
  });

  it("decadesOf(ratio) is the nearest power of ten's exponent, null for 0, ∞ and NaN; tenTo writes it in superscript", () => {
    expect([2.4e-6, 0.4, 2800].map(decadesOf)).toEqual([-6, 0, 3]);
    expect([0, Infinity, NaN, -1].map(decadesOf)).toEqual([null, null, null, null]);
    expect([tenTo(-7), tenTo(12)]).toEqual(["10⁻⁷", "10¹²"]);
  });
});

describe("flowScales", () => {
  it("flowScales(curves) spans whole powers of ten around every drawable norm and labels at most six of them", () => {
    const s = flowScales([[2.4e-24, 0.5], [3, 7e6]], 600);
    expect(s.y.domain().map((v) => Math.round(Math.log10(v)))).toEqual([-24, 7]);
    expect(s.y.domain().map((v) => Math.log10(v) % 1 === 0 || Math.abs(Math.log10(v) - Math.round(Math.log10(v))) < 1e-12)).toEqual([true, true]);
    expect(s.decades.length).toBeLessThanOrEqual(6);
    expect(s.decades.at(-1)).toBe(7);
  });

  it("a curve with ∞ or NaN breaks there: the path has two pieces and the steps are listed as undrawn; with nothing drawable the axis still stands", () => {
    const norms = [1e-3, 1e-2, Infinity, 1e-1, NaN, 1];
    const s = flowScales([norms], 600);
    const path = curvePath(norms, s);
    expect(path.match(/M/gu)).toHaveLength(3);
    expect(path).not.toMatch(/NaN|Infinity/u);
    expect(undrawnSteps(norms)).toEqual([3, 5]);
    const empty = flowScales([[NaN, Infinity, 0]], 600);
    expect(empty.y.domain()).toEqual([1e-3, 10]);
    expect(curvePath([NaN, Infinity, 0], empty)).toBe("");
  });
});
