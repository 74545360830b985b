// Reading a weight the reader typed: a decimal number in JavaScript's notation (1, -0.5, .25, 1e300).
// Text, an empty field, NaN and ±Infinity are refused with a reason; so is a number beyond float64,
// which would otherwise become Infinity.

import { en, type Messages } from "../i18n/en.ts";
import type { Parsed } from "./NumberField.tsx";

/** The reasons in the reader's language (English unless given). */
type Words = Messages["fields"];
const short = (t: string) => (t.length > 24 ? `${t.slice(0, 24)}…` : t);

const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/u;
const SPECIAL = /^[+-]?(nan|inf|infinity|∞)$/iu;

export function parseWeight(text: string, words: Words = en.fields): Parsed<number> {
  const t = text.trim().replace(/^−/u, "-");
  if (t === "") return { ok: false, reason: words.empty };
  if (SPECIAL.test(t)) return { ok: false, reason: words.notFiniteWeight(t) };
  if (!DECIMAL.test(t)) return { ok: false, reason: words.notNumber(short(t)) };
  const value = Number(t);
  if (!Number.isFinite(value)) return { ok: false, reason: words.beyondFloat(t) };
  return { ok: true, value };
}

/** A weight as the field shows it: the shortest text that reads back as the same double. */
export function formatWeight(x: number): string {
  return Object.is(x, -0) ? "-0" : String(x);
}

/** A seed for the random generator: a whole number (the generator uses its low 32 bits). */
export function parseSeed(text: string, words: Words = en.fields): Parsed<number> {
  const t = text.trim();
  if (t === "") return { ok: false, reason: words.emptyWhole };
  if (!/^[+-]?\d{1,15}$/u.test(t)) return { ok: false, reason: words.notWhole(short(t)) };
  return { ok: true, value: Number(t) };
}
