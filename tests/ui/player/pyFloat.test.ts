// Expected strings were printed by python3 (CPython 3.11, glibc 2.36) on the project's machine.
import { describe, expect, it } from "vitest";
import { pyExp, pyFloatRepr } from "../../../src/ui/player/seed003/pyFloat.ts";
import { pyFloat, pyInt, runSeed003, SEED003_INPUTS, type PyNum, type Seed003Inputs } from "../../../src/ui/player/seed003/program.ts";
import { parsePyNumber } from "../../../src/ui/player/seed003/parse.ts";

describe("pyFloatRepr", () => {
  it("pyFloatRepr(x) writes a float as Python's repr does", () => {
    const cases: [number, string][] = [
      [0.1, "0.1"],
      [1e16, "1e+16"],
      [1e-5, "1e-05"],
      [0.0001, "0.0001"],
      [123456789012345680, "1.2345678901234568e+17"],
      [1.5e-10, "1.5e-10"],
      [-0, "-0.0"],
      [5e-324, "5e-324"],
      [1.7976931348623157e308, "1.7976931348623157e+308"],
      [100, "100.0"],
      [1e15, "1000000000000000.0"],
      [0.30000000000000004, "0.30000000000000004"],
      [2.5e16, "2.5e+16"],
      [-1234.5, "-1234.5"],
      [9999999999999998, "9999999999999998.0"],
      [0.00012, "0.00012"],
      [Infinity, "inf"],
      [NaN, "nan"],
    ];
    for (const [x, repr] of cases) expect(pyFloatRepr(x)).toBe(repr);
  });
});

describe("pyExp", () => {
  it("pyExp(x) gives the digits math.exp gives, also where V8's Math.exp is one unit off", () => {
    const cases: [number, string][] = [
      [0.5, "1.6487212707001282"],
      [1.5, "4.4816890703380645"],
      [2, "7.38905609893065"],
      [-0.5, "0.6065306597126334"],
      [709.78, "1.7928227943945155e+308"],
      [-745.1, "5e-324"],
      [1e-300, "1.0"],
      // Inputs where Math.exp and glibc disagree in the last place.
      [2.5663737489617233, "13.018530283558631"],
      [-0.16900596962625514, "0.8445038619985595"],
      [2.309597928062999, "10.070374825794273"],
      [2.4069841043061615, "11.100432863905313"],
      [2.862055337477841, "17.49745317493787"],
      [-1.9314252255090878, "0.14494147691596473"],
    ];
    for (const [x, py] of cases) expect(pyFloatRepr(pyExp(x))).toBe(py);
  });

  it("pyExp(x) overflows to Infinity beyond e^709.78, where Python raises", () => {
    expect(pyExp(710)).toBe(Infinity);
    expect(pyExp(-1000)).toBe(0);
  });
});

const ints = (...xs: number[]): PyNum[] => xs.map((x) => pyInt(x));
const floats = (...xs: number[]): PyNum[] => xs.map((x) => pyFloat(x));

describe("runSeed003", () => {
  it("runSeed003(seed numbers) prints what python3 prints for seed 003's program", () => {
    expect(runSeed003(SEED003_INPUTS)).toMatchObject({
      ok: true,
      lines: [
        "Encoder outputs: [[1, 3], [2, 4]]",
        "Decoder state: [0.0, 0.5]",
        "Attention weights: [0.3775406687981454, 0.6224593312018546]",
        "Context vector: [1.6224593312018545, 3.6224593312018545]",
      ],
    });
  });

  it("runSeed003(floats) follows Python's float arithmetic digit for digit", () => {
    const inp: Seed003Inputs = { x1: floats(0.1, 0.2), x2: floats(0.3, -0.7), y0: floats(0.25, 1.5), W_enc: [floats(1.5, 2), floats(-3, 4.25)], W_dec: [ints(1, -1), floats(0.3, 1)] };
    // python3 read 2 and 1 as ints in [1.5, 2], [0.3, 1]; ints times floats are floats, so the output is the same.
    expect(runSeed003(inp)).toMatchObject({
      ok: true,
      lines: [
        "Encoder outputs: [[0.55, 0.55], [-0.95, -3.8749999999999996]]",
        "Decoder state: [-1.25, 1.575]",
        "Attention weights: [0.9939062243771339, 0.006093775622866153]",
        "Context vector: [0.5408593365657008, 0.5230350428688174]",
      ],
    });
  });

  it("runSeed003(int y_0) keeps the decoder state an int list", () => {
    const run = runSeed003({ ...SEED003_INPUTS, y0: ints(1, 1) });
    expect(run).toMatchObject({ ok: true, lines: ["Encoder outputs: [[1, 3], [2, 4]]", "Decoder state: [0, 1]", "Attention weights: [0.2689414213699951, 0.7310585786300048]", "Context vector: [1.7310585786300048, 3.7310585786300043]"] });
  });

  it("runSeed003(huge ints) computes exact ints as Python does", () => {
    const run = runSeed003({ ...SEED003_INPUTS, x1: [pyInt(12345678901234567890n), pyInt(1)], y0: ints(1, 0), W_dec: [ints(0, 0), ints(0, 0)] });
    expect(run).toMatchObject({ ok: true, lines: ["Encoder outputs: [[12345678901234567892, 37037036703703703674], [2, 4]]", "Decoder state: [0, 0]", "Attention weights: [0.5, 0.5]", "Context vector: [6.172839450617284e+18, 1.851851835185185e+19]"] });
  });

  it("runSeed003(large scores) stops with Python's OverflowError, and tiny ones with ZeroDivisionError", () => {
    const big = runSeed003({ ...SEED003_INPUTS, x1: ints(1000, 0) });
    expect(big.ok).toBe(false);
    if (!big.ok) expect(big.traceback.at(-1)).toBe("OverflowError: math range error");
    const tiny = runSeed003({ ...SEED003_INPUTS, x1: ints(-1000, 0), x2: ints(-1000, 0) });
    if (tiny.ok) throw new Error("expected an exception");
    expect(tiny.traceback.at(-1)).toBe("ZeroDivisionError: float division by zero");
  });
});

describe("parsePyNumber", () => {
  it("parsePyNumber(text) reads digits as an int and a point or exponent as a float", () => {
    expect(parsePyNumber(" 42 ")).toEqual({ ok: true, value: pyInt(42) });
    expect(parsePyNumber("-1")).toEqual({ ok: true, value: pyInt(-1) });
    expect(parsePyNumber("1.0")).toEqual({ ok: true, value: pyFloat(1) });
    expect(parsePyNumber("2e3")).toEqual({ ok: true, value: pyFloat(2000) });
    expect(parsePyNumber(".5")).toEqual({ ok: true, value: pyFloat(0.5) });
  });

  it("parsePyNumber(text) refuses text, empty fields, NaN, infinities and overflowing numbers", () => {
    for (const bad of ["abc", "", "  ", "NaN", "nan", "Infinity", "-Infinity", "inf", "1e999", "1,5", "0x10", "1..2"]) {
      expect(parsePyNumber(bad).ok, bad).toBe(false);
    }
  });
});
