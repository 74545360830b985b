// The plain recurrent cell and its gradient: h_t = tanh(W_h h_{t-1} + W_x x_t + b) (seed 000 §2.2;
// notation.md); backward δ = ∂h_t ⊙ (1 − h_t²), ∂W_h += δ h_{t-1}ᵀ, ∂W_x += δ x_tᵀ, ∂b += δ,
// ∂h_{t-1} = W_hᵀ δ, ∂x_t = W_xᵀ δ. Shapes: W_h n × n, W_x n × d, b n; h_{t-1} n, x_t d → h_t n.

import type { Mat, Vec } from "../tensor.ts";
import { affinePair } from "../tensor.ts";
import type { Params } from "../model.ts";
import { affineTerms, type CellGrad } from "../grad/terms.ts";
import { sumMatTVec } from "../grad/linear.ts";

/** h_t = tanh(W_h h_{t-1} + W_x x_t + b). */
export interface RnnRecord {
  readonly kind: "rnn";
  readonly x_t: Vec;
  readonly h_prev: Vec;
  readonly h_t: Vec;
}

/** The formula id of each value an RNN step computes (trace entries carry them). */
export const RNN_FORMULAS = { h_t: "rnn.h" } as const;

/** One RNN step and its record. */
export function rnnStep(w: Params, h_prev: Vec, x_t: Vec): RnnRecord {
  const a = affinePair(w.W_h as Mat, h_prev, w.W_x as Mat, x_t, w.b as Vec);
  for (let i = 0; i < a.length; i++) a[i] = Math.tanh(a[i]!);
  return { kind: "rnn", x_t, h_prev, h_t: a };
}

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
