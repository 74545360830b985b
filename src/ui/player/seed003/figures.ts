// Seed 003's example computed by the core, as the lessons compute it: h_j = W_enc x_j,
// s_1 = W_dec y_0, e_j = s_1 · h_j (the core's dot score), α = softmax(e) (the core's stable
// softmax), c = Σ_j α_j h_j.

import { attend } from "../../../core/attention.ts";
import { matFromRows, matVec, type Vec } from "../../../core/tensor.ts";
import type { Seed003Inputs } from "./program.ts";
import { toNumber } from "./parse.ts";

export interface Seed003Figures {
  readonly h1: Vec;
  readonly h2: Vec;
  readonly s1: Vec;
  readonly e: Vec;
  readonly alpha: Vec;
  readonly c: Vec;
}

export function seed003Figures(inp: Seed003Inputs): Seed003Figures {
  const W_enc = matFromRows(inp.W_enc.map((r) => r.map(toNumber)));
  const W_dec = matFromRows(inp.W_dec.map((r) => r.map(toNumber)));
  const h1 = matVec(W_enc, inp.x1.map(toNumber));
  const h2 = matVec(W_enc, inp.x2.map(toNumber));
  const s1 = matVec(W_dec, inp.y0.map(toNumber));
  // Seed 003 attends with the new state s_1 (query "current" in notation.md).
  const { e, alpha, c } = attend({ score: "dot", query: "current", weights: {} }, s1, [h1, h2]);
  return { h1, h2, s1, e, alpha, c };
}

/** A number as the example's formulas show it: at most four decimals, or powers of ten. */
export function fmt4(x: number): string {
  if (Number.isNaN(x)) return "\\text{NaN}";
  if (!Number.isFinite(x)) return x > 0 ? "\\infty" : "-\\infty";
  const a = Math.abs(x);
  if (a !== 0 && (a >= 1e6 || a < 1e-4)) {
    const [m, e] = x.toExponential(3).split("e") as [string, string];
    return `${Number(m)}\\times 10^{${Number(e)}}`;
  }
  const s = String(Number(x.toFixed(4)));
  return s === "-0" ? "0" : s;
}

export const vec4 = (v: ArrayLike<number>) => `(${Array.from(v, fmt4).join(",\\,")})`;
