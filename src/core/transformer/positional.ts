// Sinusoidal positional encoding, added to the token embeddings so that attention can tell positions
// apart: PE(pos, 2i) = sin(pos / 10000^{2i/d_model}), PE(pos, 2i+1) = cos(pos / 10000^{2i/d_model}).
// Source: Vaswani et al. 2017, §3.5 (seed 004 names the encoder and decoder inputs it is added to).

import type { Mat } from "../tensor.ts";

/**
 * PE for positions start .. start + T − 1 (the first token is pos = 0). Column 2i holds the sine
 * and column 2i + 1 the cosine of the same angle; an odd d_model ends on a sine.
 * Shape: T × d_model.
 */
export function positionalEncoding(T: number, d_model: number, start = 0): Mat {
  const data = new Float64Array(T * d_model);
  for (let t = 0; t < T; t++) {
    const pos = start + t;
    for (let c = 0; c < d_model; c++) {
      const twoI = c - (c % 2);
      const angle = pos / Math.pow(10000, twoI / d_model);
      data[t * d_model + c] = c % 2 === 0 ? Math.sin(angle) : Math.cos(angle);
    }
  }
  return { rows: T, cols: d_model, data };
}
