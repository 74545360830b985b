// Reading a number the reader typed as Python would read the literal: digits alone are an int, a
// point or an exponent makes a float. Anything that is not a finite number is refused with a reason.

import { en, type Messages } from "../../i18n/en.ts";
import { pyFloat, pyInt, type PyNum } from "./program.ts";

export type Parsed = { readonly ok: true; readonly value: PyNum } | { readonly ok: false; readonly reason: string };

const INT = /^[+-]?\d+$/u;
const FLOAT = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/u;
const SPECIAL = /^[+-]?(nan|inf|infinity)$/iu;

/** The number, or why not in the reader's language (`words`, English unless told). */
export function parsePyNumber(text: string, words: Messages = en): Parsed {
  const m = words.seed003;
  const t = text.trim();
  if (t === "") return { ok: false, reason: m.emptyField };
  if (SPECIAL.test(t)) return { ok: false, reason: m.notFinite(t) };
  if (INT.test(t)) {
    const v = BigInt(t);
    if (!Number.isFinite(Number(v))) return { ok: false, reason: m.tooLarge };
    return { ok: true, value: pyInt(v) };
  }
  if (FLOAT.test(t)) {
    const v = Number(t);
    if (!Number.isFinite(v)) return { ok: false, reason: m.beyondFloat(t) };
    return { ok: true, value: pyFloat(v) };
  }
  return { ok: false, reason: m.notNumber(t) };
}

/** A Python number as a JS double (ints this large were refused on input). */
export function toNumber(n: PyNum): number {
  return n.int ? Number(n.v) : n.v;
}
