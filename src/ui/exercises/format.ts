// Numbers in TeX: givens exactly as drawn (one or two decimals), computed values to 3 decimals.

import type { Shown } from "../../exercises/index.ts";

export function num(x: number, digits?: number): string {
  const s = digits === undefined || Number.isInteger(x) ? String(x) : x.toFixed(digits);
  return s.startsWith("-") ? `-${s.slice(1)}` : s;
}

/** A number, a column vector or a matrix as TeX. */
export function shownTex(v: Shown, digits?: number): string {
  if (typeof v === "number") return num(v, digits);
  const rows = typeof v[0] === "number" ? (v as readonly number[]).map((x) => [x]) : (v as readonly (readonly number[])[]);
  return `\\begin{bmatrix}${rows.map((r) => r.map((x) => num(x, digits)).join(" & ")).join(" \\\\ ")}\\end{bmatrix}`;
}
