// Reading a number the reader typed as Python would read the literal: digits alone are an int, a
// point or an exponent makes a float. Anything that is not a finite number is refused with a reason.

import { pyFloat, pyInt, type PyNum } from "./program.ts";

export type Parsed = { readonly ok: true; readonly value: PyNum } | { readonly ok: false; readonly reason: string };

const INT = /^[+-]?\d+$/u;
const FLOAT = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/u;
const SPECIAL = /^[+-]?(nan|inf|infinity)$/iu;

export function parsePyNumber(text: string): Parsed {
  const t = text.trim();
  if (t === "") return { ok: false, reason: "The field is empty: type a number." };
  if (SPECIAL.test(t)) return { ok: false, reason: `${t} is not a finite number, and every step of the example needs one.` };
  if (INT.test(t)) {
    const v = BigInt(t);
    if (!Number.isFinite(Number(v))) return { ok: false, reason: "That integer is too large for a float, and the softmax needs one." };
    return { ok: true, value: pyInt(v) };
  }
  if (FLOAT.test(t)) {
    const v = Number(t);
    if (!Number.isFinite(v)) return { ok: false, reason: `${t} is beyond the largest float (about 1.8e308).` };
    return { ok: true, value: pyFloat(v) };
  }
  return { ok: false, reason: `“${t}” is not a number.` };
}

/** A Python number as a JS double (ints this large were refused on input). */
export function toNumber(n: PyNum): number {
  return n.int ? Number(n.v) : n.v;
}
