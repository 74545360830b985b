// Reading a reader's typed answer: decimals ("0.5", "-.5"), comma decimals ("0,5"), fractions ("1/3"),
// percentages ("45%"), scientific notation ("1e-3"), the unicode minus ("−0.2"), full-width forms
// (a Chinese keyboard's "０．５"), spaces anywhere. What cannot be read with certainty is refused with
// the kind of hint to give; a refusal is never a wrong answer.

/** Why an answer was not read: nothing typed, not a number, a comma that may group thousands, a zero denominator. */
export type RefusalKind = "empty" | "notNumber" | "ambiguous" | "zeroDenominator";

export type ParsedAnswer = { readonly ok: true; readonly value: number } | { readonly ok: false; readonly kind: RefusalKind };

const PLAIN = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;
/** One comma followed by exactly three digits: "1,234" is 1234 in English and 1.234 in much of Europe. */
const THOUSANDS = /^[+-]?[1-9]\d{0,2}(,\d{3})+$/;
const COMMA_DECIMAL = /^[+-]?\d*,\d+(e[+-]?\d+)?$/i;

/** A plain number (decimal point or decimal comma, optional exponent), or a refusal. */
function readPlain(s: string): ParsedAnswer {
  if (s.includes(",")) {
    if (s.includes(".") || THOUSANDS.test(s)) return { ok: false, kind: "ambiguous" };
    if (!COMMA_DECIMAL.test(s)) return { ok: false, kind: "notNumber" };
    s = s.replace(",", ".");
  }
  if (!PLAIN.test(s)) return { ok: false, kind: "notNumber" };
  const value = Number(s);
  return Number.isFinite(value) ? { ok: true, value } : { ok: false, kind: "notNumber" };
}

/** The reader's text as a number, or why it is not read. */
export function parseAnswer(text: string): ParsedAnswer {
  // NFKC turns full-width digits, point, comma, slash and percent sign into ASCII ones.
  const s = text
    .normalize("NFKC")
    .replace(/[\u2212\u2012\u2013\uFE63\uFF0D]/g, "-")
    .replace(/\s+/g, "");
  if (s === "") return { ok: false, kind: "empty" };
  if (s.endsWith("%")) {
    const r = readPlain(s.slice(0, -1));
    return r.ok ? { ok: true, value: r.value / 100 } : r;
  }
  const parts = s.split("/");
  if (parts.length === 2) {
    const [a, b] = parts.map(readPlain) as [ParsedAnswer, ParsedAnswer];
    if (!a.ok) return a;
    if (!b.ok) return b;
    if (b.value === 0) return { ok: false, kind: "zeroDenominator" };
    return { ok: true, value: a.value / b.value };
  }
  if (parts.length > 2) return { ok: false, kind: "notNumber" };
  return readPlain(s);
}
