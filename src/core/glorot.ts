// Glorot (Xavier) uniform initialisation: W ~ U(−l, l) with l = √(6 / (fan_in + fan_out)), which keeps
// the variance of signals about equal from layer to layer (Glorot & Bengio 2010). Both models' inits
// and the weight editor draw their matrices here. Shapes: a matrix rows × cols has fan_in = cols, fan_out = rows.

import type { Mat } from "./tensor.ts";
import type { Rng } from "./rng.ts";

/** `count` draws from U(−l, l), l = √(6 / (fan_in + fan_out)), one rng.next() each, in order. */
export function glorot(count: number, fanIn: number, fanOut: number, rng: Rng): Float64Array {
  const limit = Math.sqrt(6 / (fanIn + fanOut));
  const out = new Float64Array(count);
  for (let i = 0; i < count; i++) out[i] = (2 * rng.next() - 1) * limit;
  return out;
}

/** A rows × cols matrix drawn with `glorot` (fan_in = cols, fan_out = rows), row by row. */
export function glorotMat(rows: number, cols: number, rng: Rng): Mat {
  return { rows, cols, data: glorot(rows * cols, cols, rows, rng) };
}
