// How the player writes numbers: a fixed number of decimals so that columns of values line up and
// a reader can match a number in a formula with the same number in a picture.

/** Decimals everywhere in the player: enough to tell 0.378 from 0.381, short enough to read. */
export const DECIMALS = 3;

/** A value as the formulas print it: "0.378", "-1.250" (never "-0.000"). */
export function fmt(x: number, decimals = DECIMALS): string {
  if (Number.isNaN(x)) return "NaN";
  if (!Number.isFinite(x)) return x > 0 ? "∞" : "-∞";
  const s = x.toFixed(decimals);
  return Number(s) === 0 ? (0).toFixed(decimals) : s;
}

/** A value for SVG text: the typographic minus, which has the width of a digit's neighbours. */
export function fmtText(x: number, decimals = 2): string {
  return fmt(x, decimals).replace("-", "−");
}

/** A vector in TeX as a compact row, "(0.120,\,-0.340)": columns would make every line four rows tall. */
export function texVec(v: ArrayLike<number>, decimals = DECIMALS): string {
  return `(${Array.from(v, (x) => fmt(x, decimals)).join(",\\,")})`;
}

/** A token in TeX text mode, with TeX's special characters escaped. */
export function texWord(word: string): string {
  const escaped = word.replace(/[\\{}$&#^_%~<>]/gu, (ch) => {
    if (ch === "<") return "\\textless{}";
    if (ch === ">") return "\\textgreater{}";
    if (ch === "\\") return "\\textbackslash{}";
    if (ch === "~") return "\\textasciitilde{}";
    if (ch === "^") return "\\textasciicircum{}";
    return `\\${ch}`;
  });
  return `\\text{“${escaped}”}`;
}

const SUBSCRIPTS = "₀₁₂₃₄₅₆₇₈₉";

/** "h₃": a symbol with a numeric subscript, readable in SVG text without math fonts. */
export function sub(name: string, n: number): string {
  return name + String(n).replace(/\d/gu, (d) => SUBSCRIPTS[Number(d)]!);
}
