// Reading a weight the reader typed: a decimal number in JavaScript's notation (1, -0.5, .25, 1e300).
// Text, an empty field, NaN and ±Infinity are refused with a reason; so is a number beyond float64,
// which would otherwise become Infinity.

import type { Parsed } from "./NumberField.tsx";

const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/u;
const SPECIAL = /^[+-]?(nan|inf|infinity|∞)$/iu;

export function parseWeight(text: string): Parsed<number> {
  const t = text.trim().replace(/^−/u, "-");
  if (t === "") return { ok: false, reason: "The field is empty: type a number." };
  if (SPECIAL.test(t)) return { ok: false, reason: `${t} is not a finite number, and a weight must be one.` };
  if (!DECIMAL.test(t)) return { ok: false, reason: `“${t.length > 24 ? `${t.slice(0, 24)}…` : t}” is not a number.` };
  const value = Number(t);
  if (!Number.isFinite(value)) return { ok: false, reason: `${t} is beyond the largest float (about 1.8e308).` };
  return { ok: true, value };
}

/** A weight as the field shows it: the shortest text that reads back as the same double. */
export function formatWeight(x: number): string {
  return Object.is(x, -0) ? "-0" : String(x);
}

/** A seed for the random generator: a whole number (the generator uses its low 32 bits). */
export function parseSeed(text: string): Parsed<number> {
  const t = text.trim();
  if (t === "") return { ok: false, reason: "The field is empty: type a whole number." };
  if (!/^[+-]?\d{1,15}$/u.test(t)) return { ok: false, reason: `“${t.length > 24 ? `${t.slice(0, 24)}…` : t}” is not a whole number.` };
  return { ok: true, value: Number(t) };
}
