// Numbers as the Transformer pictures print them: two decimals in the cells (a 4 × 4 matrix must fit
// a phone), the same two in the formulas, so a number in the formula can be found in the picture.

import type { Mat } from "../../core/tensor.ts";
import { fmt as kitFmt, fmtText as kitFmtText } from "../kit/format.ts";

export const DECIMALS = 2;

/** "0.42", "-1.30", "-∞" (never "-0.00"): kit's `fmt` with two decimals. */
export function fmt(x: number, decimals = DECIMALS): string {
  return kitFmt(x, decimals);
}

/** For SVG text: the typographic minus. */
export function fmtText(x: number, decimals = DECIMALS): string {
  return kitFmtText(x, decimals);
}

/** A matrix in TeX; entries where `masked` holds print as −∞ (or `maskedTex`). */
export function texMat(M: Mat, masked?: (i: number, j: number) => boolean, maskedTex = String.raw`-\infty`): string {
  const rows: string[] = [];
  for (let i = 0; i < M.rows; i++) {
    const cells: string[] = [];
    for (let j = 0; j < M.cols; j++) {
      const v = M.data[i * M.cols + j]!;
      cells.push(masked?.(i, j) ? maskedTex : Number.isFinite(v) ? fmt(v) : v > 0 ? String.raw`\infty` : String.raw`-\infty`);
    }
    rows.push(cells.join(" & "));
  }
  return String.raw`\begin{bmatrix} ${rows.join(String.raw` \\ `)} \end{bmatrix}`;
}

/** "√2", or "1" when d_k = 1, as TeX. */
export function texSqrt(d: number): string {
  return String.raw`\sqrt{${d}}`;
}

/** Two formulas one above the other: the general form, then the one with numbers. */
export function stackTex(general: string, numbers: string): string {
  return String.raw`\begin{gathered} ${general} \\[6pt] ${numbers} \end{gathered}`;
}
