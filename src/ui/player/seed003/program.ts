// Seed 003's Python program, run with Python's number semantics so that its output can be shown as
// Python prints it: ints stay exact ints (the seed's x_1 = [1, 0] prints as [[1, 3], [2, 4]]),
// floats follow IEEE arithmetic, math.exp raises OverflowError beyond e^709.78, and the program's
// softmax exponentiates the scores directly, without subtracting the largest first.

import { pyExp, pyFloatRepr } from "./pyFloat.ts";

/** A Python number: an exact int or a float. */
export type PyNum = { readonly int: true; readonly v: bigint } | { readonly int: false; readonly v: number };

export const pyInt = (v: number | bigint): PyNum => ({ int: true, v: BigInt(v) });
export const pyFloat = (v: number): PyNum => ({ int: false, v });

/** A Python exception, with the program line that raised it. */
export class PyError extends Error {
  constructor(
    readonly type: string,
    message: string,
    readonly line: string,
  ) {
    super(message);
  }
}

/** float(n): Python refuses an int too large for a double instead of returning inf. */
export function toFloat(n: PyNum, line: string): number {
  if (!n.int) return n.v;
  const f = Number(n.v);
  if (!Number.isFinite(f)) throw new PyError("OverflowError", "int too large to convert to float", line);
  return f;
}

function mul(a: PyNum, b: PyNum, line: string): PyNum {
  return a.int && b.int ? pyInt(a.v * b.v) : pyFloat(toFloat(a, line) * toFloat(b, line));
}

function add(a: PyNum, b: PyNum, line: string): PyNum {
  return a.int && b.int ? pyInt(a.v + b.v) : pyFloat(toFloat(a, line) + toFloat(b, line));
}

/** sum(...) from the int 0, left to right (for the program's two-term sums every Python agrees). */
function pySum(terms: readonly PyNum[], line: string): PyNum {
  return terms.reduce((acc, t) => add(acc, t, line), pyInt(0));
}

const MATMUL = "return [sum(wi * vi for wi, vi in zip(row, v)) for row in W]";
const DOT = "return sum(a * b for a, b in zip(v1, v2))";
const EXP = "exps = [math.exp(x) for x in xs]";
const DIVIDE = "return [x / total for x in exps]";
const WEIGHTED = "return [sum(w * v[i] for w, v in zip(weights, vectors)) for i in range(len(vectors[0]))]";

const matmul = (W: readonly (readonly PyNum[])[], v: readonly PyNum[]) => W.map((row) => pySum(row.map((w, i) => mul(w, v[i]!, MATMUL)), MATMUL));
const dot = (a: readonly PyNum[], b: readonly PyNum[]) => pySum(a.map((x, i) => mul(x, b[i]!, DOT)), DOT);

function softmax(xs: readonly PyNum[]): PyNum[] {
  const exps = xs.map((x) => {
    const e = pyExp(toFloat(x, EXP));
    if (e === Infinity) throw new PyError("OverflowError", "math range error", EXP);
    return pyFloat(e);
  });
  const total = toFloat(pySum(exps, EXP), EXP);
  if (total === 0) throw new PyError("ZeroDivisionError", "float division by zero", DIVIDE);
  return exps.map((e) => pyFloat(toFloat(e, DIVIDE) / total));
}

function weightedSum(weights: readonly PyNum[], vectors: readonly (readonly PyNum[])[]): PyNum[] {
  return vectors[0]!.map((_x, i) => pySum(weights.map((w, j) => mul(w, vectors[j]![i]!, WEIGHTED)), WEIGHTED));
}

/** repr of a number or a (nested) list, as print() writes it. */
export function pyRepr(v: PyNum | readonly unknown[]): string {
  if (Array.isArray(v)) return `[${v.map((x) => pyRepr(x as PyNum | readonly unknown[])).join(", ")}]`;
  const n = v as PyNum;
  return n.int ? n.v.toString() : pyFloatRepr(n.v);
}

export interface Seed003Inputs {
  readonly x1: readonly PyNum[];
  readonly x2: readonly PyNum[];
  readonly y0: readonly PyNum[];
  readonly W_enc: readonly (readonly PyNum[])[];
  readonly W_dec: readonly (readonly PyNum[])[];
}

/** The seed's own numbers. */
export const SEED003_INPUTS: Seed003Inputs = {
  x1: [pyInt(1), pyInt(0)],
  x2: [pyInt(0), pyInt(1)],
  y0: [pyFloat(0.5), pyFloat(0.5)],
  W_enc: [
    [pyInt(1), pyInt(2)],
    [pyInt(3), pyInt(4)],
  ],
  W_dec: [
    [pyInt(1), pyInt(-1)],
    [pyInt(0), pyInt(1)],
  ],
};

export type ProgramRun = { readonly ok: true; readonly lines: readonly string[]; readonly weights: readonly number[] } | { readonly ok: false; readonly traceback: readonly string[] };

/** What `python3 seed003.py` prints for these inputs. */
export function runSeed003(inp: Seed003Inputs): ProgramRun {
  try {
    const H = [matmul(inp.W_enc, inp.x1), matmul(inp.W_enc, inp.x2)];
    const s1 = matmul(inp.W_dec, inp.y0);
    const weights = softmax(H.map((h) => dot(s1, h)));
    const context = weightedSum(weights, H);
    const lines = [`Encoder outputs: ${pyRepr(H)}`, `Decoder state: ${pyRepr(s1)}`, `Attention weights: ${pyRepr(weights)}`, `Context vector: ${pyRepr(context)}`];
    return { ok: true, lines, weights: weights.map((w) => toFloat(w, DIVIDE)) };
  } catch (e) {
    if (!(e instanceof PyError)) throw e;
    // print() comes last in the program, so an exception means that nothing was printed.
    return { ok: false, traceback: ["Traceback (most recent call last):", "  …", `    ${e.line}`, `${e.type}: ${e.message}`] };
  }
}
