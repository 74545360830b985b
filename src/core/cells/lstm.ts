// The LSTM cell of seed 000: gates k_t = σ(W_k [h_{t-1}; x_t] + b_k) for k in f, i, o;
// C̃_t = tanh(W_C [h_{t-1}; x_t] + b_C); C_t = f_t ⊙ C_{t-1} + i_t ⊙ C̃_t; h_t = o_t ⊙ tanh(C_t).
// Shapes: each W_k n × (n + d) with the state's n columns first; h, C n; x_t d.

import type { Mat, Vec } from "../tensor.ts";
import { affine2 } from "../tensor.ts";
import { sigmoid } from "../activations.ts";
import type { Params } from "../model.ts";
import type { LstmRecord } from "../trace.ts";

/** One LSTM step and its record. */
export function lstmStep(w: Params, h_prev: Vec, C_prev: Vec, x_t: Vec): LstmRecord {
  const f_t = affine2(w.W_f as Mat, h_prev, x_t, w.b_f as Vec);
  const i_t = affine2(w.W_i as Mat, h_prev, x_t, w.b_i as Vec);
  const o_t = affine2(w.W_o as Mat, h_prev, x_t, w.b_o as Vec);
  const Ctilde_t = affine2(w.W_C as Mat, h_prev, x_t, w.b_C as Vec);
  const n = f_t.length;
  const C_t = new Float64Array(n);
  const h_t = new Float64Array(n);
  for (let k = 0; k < n; k++) {
    const f = (f_t[k] = sigmoid(f_t[k]!));
    const i = (i_t[k] = sigmoid(i_t[k]!));
    const o = (o_t[k] = sigmoid(o_t[k]!));
    const g = (Ctilde_t[k] = Math.tanh(Ctilde_t[k]!));
    const C = (C_t[k] = f * C_prev[k]! + i * g);
    h_t[k] = o * Math.tanh(C);
  }
  return { kind: "lstm", x_t, h_prev, C_prev, f_t, i_t, o_t, Ctilde_t, C_t, h_t };
}
