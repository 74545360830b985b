// The GRU in both published forms (notation.md; no seed gives it). z_t = σ(W_z [h_{t-1}; x_t] + b_z),
// r_t = σ(W_r [h_{t-1}; x_t] + b_r), h_t = (1 − z_t) ⊙ ñ_t + z_t ⊙ h_{t-1}, with
// reset-before (Cho et al. 2014): ñ_t = tanh(W_n [r_t ⊙ h_{t-1}; x_t] + b_n);
// reset-after (PyTorch, cuDNN, Keras): ñ_t = tanh(W_nx x_t + b_nx + r_t ⊙ (W_nh h_{t-1} + b_nh)).

import type { Mat, Vec } from "../tensor.ts";
import { affine, affine2 } from "../tensor.ts";
import { sigmoid } from "../activations.ts";
import type { Params } from "../model.ts";
import type { GruRecord } from "../trace.ts";

function gates(w: Params, h_prev: Vec, x_t: Vec): { z_t: Vec; r_t: Vec } {
  const z_t = affine2(w.W_z as Mat, h_prev, x_t, w.b_z as Vec);
  const r_t = affine2(w.W_r as Mat, h_prev, x_t, w.b_r as Vec);
  for (let k = 0; k < z_t.length; k++) {
    z_t[k] = sigmoid(z_t[k]!);
    r_t[k] = sigmoid(r_t[k]!);
  }
  return { z_t, r_t };
}

function mix(z_t: Vec, n_t: Vec, h_prev: Vec): Vec {
  const h_t = new Float64Array(n_t.length);
  for (let k = 0; k < h_t.length; k++) h_t[k] = (1 - z_t[k]!) * n_t[k]! + z_t[k]! * h_prev[k]!;
  return h_t;
}

/** One reset-before GRU step. Shapes: W_z, W_r, W_n n × (n + d). */
export function gruBeforeStep(w: Params, h_prev: Vec, x_t: Vec): GruRecord {
  const { z_t, r_t } = gates(w, h_prev, x_t);
  const rh = new Float64Array(h_prev.length);
  for (let k = 0; k < rh.length; k++) rh[k] = r_t[k]! * h_prev[k]!;
  const n_t = affine2(w.W_n as Mat, rh, x_t, w.b_n as Vec);
  for (let k = 0; k < n_t.length; k++) n_t[k] = Math.tanh(n_t[k]!);
  return { kind: "gru-reset-before", x_t, h_prev, z_t, r_t, n_t, h_t: mix(z_t, n_t, h_prev) };
}

/** One reset-after GRU step. Shapes: W_z, W_r n × (n + d); W_nx n × d; W_nh n × n. */
export function gruAfterStep(w: Params, h_prev: Vec, x_t: Vec): GruRecord {
  const { z_t, r_t } = gates(w, h_prev, x_t);
  const u_t = affine(w.W_nh as Mat, h_prev, w.b_nh as Vec);
  const n_t = affine(w.W_nx as Mat, x_t, w.b_nx as Vec);
  for (let k = 0; k < n_t.length; k++) n_t[k] = Math.tanh(n_t[k]! + r_t[k]! * u_t[k]!);
  return { kind: "gru-reset-after", x_t, h_prev, z_t, r_t, n_t, u_t, h_t: mix(z_t, n_t, h_prev) };
}
