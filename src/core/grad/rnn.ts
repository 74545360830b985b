// Backward of the RNN step h_t = tanh(a), a = W_h h_{t-1} + W_x x_t + b (cells/rnn.ts):
// δ = ∂h_t ⊙ (1 − h_t²); ∂W_h += δ h_{t-1}ᵀ, ∂W_x += δ x_tᵀ, ∂b += δ; ∂h_{t-1} = W_hᵀ δ, ∂x_t = W_xᵀ δ.
// Shapes: ∂h_t n → ∂h_{t-1} n, ∂x_t d.

import type { Mat, Vec } from "../tensor.ts";
import type { Params } from "../model.ts";
import type { RnnRecord } from "../trace.ts";
import type { CellGrad } from "./cells.ts";
import { affineTerms } from "./terms.ts";
import { sumMatTVec } from "./linear.ts";

/** The gradients of one RNN step, given ∂loss/∂h_t; parameter paths start with `prefix`. */
export function rnnBackward(w: Params, r: RnnRecord, dh_t: Vec, prefix: string): CellGrad {
  const n = r.h_t.length;
  const delta = new Float64Array(n);
  for (let k = 0; k < n; k++) delta[k] = dh_t[k]! * (1 - r.h_t[k]! * r.h_t[k]!);
  return {
    dh_prev: sumMatTVec([[w.W_h as Mat, delta]]),
    dC_prev: new Float64Array(n),
    dx: sumMatTVec([[w.W_x as Mat, delta]]),
    terms: [{ path: `${prefix}.W_h`, delta, input: [r.h_prev] }, ...affineTerms(prefix, "W_x", "b", delta, [r.x_t])],
  };
}
