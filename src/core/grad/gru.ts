// Backward of both GRU steps (cells/gru.ts). From h_t = (1 − z) ⊙ ñ + z ⊙ h_{t-1}: ∂ñ = ∂h_t ⊙ (1 − z),
// ∂z = ∂h_t ⊙ (h_{t-1} − ñ), and h_{t-1} receives ∂h_t ⊙ z directly; δ_n = ∂ñ ⊙ (1 − ñ²).
// reset-before: ∂[r ⊙ h_{t-1}; x] = W_nᵀ δ_n; reset-after: ∂u = δ_n ⊙ r, ∂r = δ_n ⊙ u (u = W_nh h_{t-1} + b_nh).

import type { Mat, Vec } from "../tensor.ts";
import type { Params } from "../model.ts";
import type { GruRecord } from "../trace.ts";
import type { CellGrad } from "./cells.ts";
import { affineTerms, type GradTerm } from "./terms.ts";
import { add, split, sumMatTVec } from "./linear.ts";

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
