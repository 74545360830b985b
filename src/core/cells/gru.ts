// The GRU in both published forms, and its gradient (notation.md; no seed gives it): z_t = σ(W_z [h_{t-1}; x_t] + b_z),
// r_t = σ(W_r [h_{t-1}; x_t] + b_r), h_t = (1 − z_t) ⊙ ñ_t + z_t ⊙ h_{t-1}, with
// reset-before (Cho et al. 2014): ñ_t = tanh(W_n [r_t ⊙ h_{t-1}; x_t] + b_n);
// reset-after (PyTorch, cuDNN, Keras): ñ_t = tanh(W_nx x_t + b_nx + r_t ⊙ (W_nh h_{t-1} + b_nh)).

import type { Mat, Vec } from "../tensor.ts";
import { affine, affine2 } from "../tensor.ts";
import { sigmoid } from "../activations.ts";
import type { Params } from "../model.ts";
import { affineTerms, type CellGrad, type GradTerm } from "../grad/terms.ts";
import { add, split, sumMatTVec } from "../grad/linear.ts";

/** A GRU step; reset-after also keeps u_t = W_nh h_{t-1} + b_nh, which r_t scales. */
export interface GruRecord {
  readonly kind: "gru-reset-before" | "gru-reset-after";
  readonly x_t: Vec;
  readonly h_prev: Vec;
  readonly z_t: Vec;
  readonly r_t: Vec;
  readonly n_t: Vec;
  readonly u_t?: Vec;
  readonly h_t: Vec;
}

/** The formula id of each value a GRU step computes, for each form (trace entries carry them). */
export const GRU_FORMULAS = {
  "gru-reset-before": { z_t: "gru.z", r_t: "gru.r", n_t: "gru.n.before", h_t: "gru.h" },
  "gru-reset-after": { z_t: "gru.z", r_t: "gru.r", u_t: "gru.u", n_t: "gru.n.after", h_t: "gru.h" },
} as const;

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

// Backward. From h_t = (1 − z) ⊙ ñ + z ⊙ h_{t-1}: ∂ñ = ∂h_t ⊙ (1 − z), ∂z = ∂h_t ⊙ (h_{t-1} − ñ), and
// h_{t-1} receives ∂h_t ⊙ z directly; δ_n = ∂ñ ⊙ (1 − ñ²). reset-before: ∂[r ⊙ h_{t-1}; x] = W_nᵀ δ_n;
// reset-after: ∂u = δ_n ⊙ r, ∂r = δ_n ⊙ u (u = W_nh h_{t-1} + b_nh).

/** The gate deltas δ_z, δ_r, their terms, and their share of ∂[h_{t-1}; x_t]. */
function gateBackward(w: Params, r: GruRecord, dz: Vec, dr: Vec, prefix: string): { dhx: Vec; terms: GradTerm[] } {
  const n = dz.length;
  const delta_z = new Float64Array(n);
  const delta_r = new Float64Array(n);
  for (let k = 0; k < n; k++) {
    delta_z[k] = dz[k]! * r.z_t[k]! * (1 - r.z_t[k]!);
    delta_r[k] = dr[k]! * r.r_t[k]! * (1 - r.r_t[k]!);
  }
  const dhx = sumMatTVec([[w.W_z as Mat, delta_z], [w.W_r as Mat, delta_r]]);
  const input = [r.h_prev, r.x_t];
  return { dhx, terms: [...affineTerms(prefix, "W_z", "b_z", delta_z, input), ...affineTerms(prefix, "W_r", "b_r", delta_r, input)] };
}

/** ∂ñ ⊙ (1 − ñ²), ∂z and the direct share ∂h_t ⊙ z of ∂h_{t-1}. */
function mixBackward(r: GruRecord, dh_t: Vec): { delta_n: Vec; dz: Vec; dh_direct: Vec } {
  const n = dh_t.length;
  const delta_n = new Float64Array(n);
  const dz = new Float64Array(n);
  const dh_direct = new Float64Array(n);
  for (let k = 0; k < n; k++) {
    const nk = r.n_t[k]!;
    delta_n[k] = dh_t[k]! * (1 - r.z_t[k]!) * (1 - nk * nk);
    dz[k] = dh_t[k]! * (r.h_prev[k]! - nk);
    dh_direct[k] = dh_t[k]! * r.z_t[k]!;
  }
  return { delta_n, dz, dh_direct };
}

/** The gradients of one reset-before GRU step, given ∂loss/∂h_t. Shapes: n → n, d. */
export function gruBeforeBackward(w: Params, r: GruRecord, dh_t: Vec, prefix: string): CellGrad {
  const n = dh_t.length;
  const { delta_n, dz, dh_direct } = mixBackward(r, dh_t);
  const rh = r.r_t.map((rk, k) => rk * r.h_prev[k]!);
  const [drh, dx_n] = split(sumMatTVec([[w.W_n as Mat, delta_n]]), n);
  const dr = drh.map((d, k) => d * r.h_prev[k]!);
  const gates = gateBackward(w, r, dz, dr, prefix);
  const [dh_gates, dx_gates] = split(gates.dhx, n);
  const dh_prev = add(add(dh_direct, dh_gates, n), drh.map((d, k) => d * r.r_t[k]!), n);
  return {
    dh_prev,
    dC_prev: new Float64Array(n),
    dx: add(dx_n, dx_gates, dx_n.length),
    terms: [...gates.terms, ...affineTerms(prefix, "W_n", "b_n", delta_n, [rh, r.x_t])],
  };
}

/** The gradients of one reset-after GRU step, given ∂loss/∂h_t. Shapes: n → n, d. */
export function gruAfterBackward(w: Params, r: GruRecord, dh_t: Vec, prefix: string): CellGrad {
  const n = dh_t.length;
  const u_t = r.u_t!;
  const { delta_n, dz, dh_direct } = mixBackward(r, dh_t);
  const du = delta_n.map((d, k) => d * r.r_t[k]!);
  const dr = delta_n.map((d, k) => d * u_t[k]!);
  const gates = gateBackward(w, r, dz, dr, prefix);
  const [dh_gates, dx_gates] = split(gates.dhx, n);
  const dh_u = sumMatTVec([[w.W_nh as Mat, du]]);
  const dx_n = sumMatTVec([[w.W_nx as Mat, delta_n]]);
  return {
    dh_prev: add(add(dh_direct, dh_gates, n), dh_u, n),
    dC_prev: new Float64Array(n),
    dx: add(dx_n, dx_gates, dx_n.length),
    terms: [...gates.terms, ...affineTerms(prefix, "W_nx", "b_nx", delta_n, [r.x_t]), ...affineTerms(prefix, "W_nh", "b_nh", du, [r.h_prev])],
  };
}
