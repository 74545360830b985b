// The LSTM cell of seed 000: gates k_t = σ(W_k [h_{t-1}; x_t] + b_k) for k in f, i, o;
// C̃_t = tanh(W_C [h_{t-1}; x_t] + b_C); C_t = f_t ⊙ C_{t-1} + i_t ⊙ C̃_t; h_t = o_t ⊙ tanh(C_t).
// Shapes: each W_k n × (n + d) with the state's n columns first; h, C n; x_t d.

import type { Mat, Vec } from "../tensor.ts";
import { affine2x4 } from "../tensor.ts";
import { sigmoid } from "../activations.ts";
import type { Params } from "../model.ts";
import type { LstmRecord } from "../trace.ts";

/** One LSTM step and its record. */
export function lstmStep(w: Params, h_prev: Vec, C_prev: Vec, x_t: Vec): LstmRecord {
  // The four gates read the same [h_{t-1}; x_t]: affine2x4 computes W_k [h_{t-1}; x_t] + b_k for
  // k = f, i, o, C in one pass, with the values of four affine2 calls.
  const [f_t, i_t, o_t, Ctilde_t] = affine2x4(
    [w.W_f as Mat, w.W_i as Mat, w.W_o as Mat, w.W_C as Mat],
    h_prev,
    x_t,
    [w.b_f as Vec, w.b_i as Vec, w.b_o as Vec, w.b_C as Vec],
  );
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
