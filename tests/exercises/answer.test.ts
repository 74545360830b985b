import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseAnswer } from "../../src/exercises/answer.ts";

const value = (text: string) => {
  const r = parseAnswer(text);
  if (!r.ok) throw new Error(`${text}: refused (${r.kind})`);
  return r.value;
};

describe("parseAnswer", () => {
  it("reads decimals, comma decimals, fractions, percentages, exponents, the unicode minus and spaces", () => {
    expect(value("0.5")).toBe(0.5);
    expect(value(" -.25 ")).toBe(-0.25);
    expect(value("0,5")).toBe(0.5);
    expect(value("-0,125")).toBe(-0.125);
    expect(value("1/3")).toBeCloseTo(1 / 3, 15);
    expect(value("-2 / 8")).toBe(-0.25);
    expect(value("0.5/2")).toBe(0.25);
    expect(value("45%")).toBeCloseTo(0.45, 15);
    expect(value("12,5 %")).toBeCloseTo(0.125, 15);
    expect(value("1e-3")).toBe(0.001);
    expect(value("2.5E2")).toBe(250);
    expect(value("−0.2")).toBe(-0.2);
    expect(value("– 0.2")).toBe(-0.2);
    expect(value("０．５")).toBe(0.5);
    expect(value("１／４")).toBe(0.25);
    expect(value("7")).toBe(7);
  });

  it("refuses what it cannot read, saying why", () => {
    expect(parseAnswer("")).toEqual({ ok: false, kind: "empty" });
    expect(parseAnswer("   ")).toEqual({ ok: false, kind: "empty" });
    expect(parseAnswer("abc")).toEqual({ ok: false, kind: "notNumber" });
    expect(parseAnswer("0.5.2")).toEqual({ ok: false, kind: "notNumber" });
    expect(parseAnswer("1/2/3")).toEqual({ ok: false, kind: "notNumber" });
    expect(parseAnswer("Infinity")).toEqual({ ok: false, kind: "notNumber" });
    expect(parseAnswer("1e999")).toEqual({ ok: false, kind: "notNumber" });
    expect(parseAnswer("1,234")).toEqual({ ok: false, kind: "ambiguous" });
    expect(parseAnswer("1,234,567")).toEqual({ ok: false, kind: "ambiguous" });
    expect(parseAnswer("1,234.5")).toEqual({ ok: false, kind: "ambiguous" });
    expect(parseAnswer("1,2,3")).toEqual({ ok: false, kind: "notNumber" });
    expect(parseAnswer("1/0")).toEqual({ ok: false, kind: "zeroDenominator" });
    expect(parseAnswer("x/2")).toEqual({ ok: false, kind: "notNumber" });
  });

  it("reads back every finite double as JavaScript prints it, and with a decimal comma", () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (x) => {
        const r = parseAnswer(String(x));
        expect(r).toEqual({ ok: true, value: x === 0 ? 0 : x });
        // Two or four decimals after a comma cannot be a thousands group; three can ("1,000").
        for (const s of [x.toFixed(2), x.toFixed(4)]) if (!s.includes("e")) expect(parseAnswer(s.replace(".", ","))).toEqual({ ok: true, value: Number(s) });
      }),
    );
  });
});
