// The LSTM cell of seed 000 and its gradient: gates k_t = σ(W_k [h_{t-1}; x_t] + b_k) for k in f, i, o;
// C̃_t = tanh(W_C [h_{t-1}; x_t] + b_C); C_t = f_t ⊙ C_{t-1} + i_t ⊙ C̃_t; h_t = o_t ⊙ tanh(C_t).
// Shapes: each W_k n × (n + d) with the state's n columns first; h, C n; x_t d.

import type { Mat, Vec } from "../tensor.ts";
import { affine2x4 } from "../tensor.ts";
import { sigmoid } from "../activations.ts";
import type { Params } from "../model.ts";
import { affineTerms, type CellGrad } from "../grad/terms.ts";
import { split, sumMatTVec } from "../grad/linear.ts";

/** The gates, candidate and memory cell of seed 000's LSTM. */
export interface LstmRecord {
  readonly kind: "lstm";
  readonly x_t: Vec;
  readonly h_prev: Vec;
  readonly C_prev: Vec;
  readonly f_t: Vec;
  readonly i_t: Vec;
  readonly o_t: Vec;
  readonly Ctilde_t: Vec;
  readonly C_t: Vec;
  readonly h_t: Vec;
}

/** The formula id of each value an LSTM step computes (trace entries carry them). */
export const LSTM_FORMULAS = { f_t: "lstm.f", i_t: "lstm.i", o_t: "lstm.o", Ctilde_t: "lstm.Ctilde", C_t: "lstm.C", h_t: "lstm.h" } as const;

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

/**
 * The gradients of one LSTM step, given ∂loss/∂h_t and ∂loss/∂C_t. With ∂C = ∂C_t + ∂h_t ⊙ o_t ⊙ (1 − tanh²C_t):
 * ∂o = ∂h_t ⊙ tanh C_t, ∂f = ∂C ⊙ C_{t-1}, ∂i = ∂C ⊙ C̃_t, ∂C̃ = ∂C ⊙ i_t, ∂C_{t-1} = ∂C ⊙ f_t;
 * δ_k = ∂k ⊙ k(1 − k) for the gates, δ_C = ∂C̃ ⊙ (1 − C̃²); ∂[h_{t-1}; x_t] = Σ_k W_kᵀ δ_k.
 * Shapes: n, n → n, n, d.
 */
export function lstmBackward(w: Params, r: LstmRecord, dh_t: Vec, dC_t: Vec, prefix: string): CellGrad {
  const n = r.h_t.length;
  const df = new Float64Array(n);
  const di = new Float64Array(n);
  const dO = new Float64Array(n);
  const dg = new Float64Array(n);
  const dC_prev = new Float64Array(n);
  const dC_total = new Float64Array(n);
  for (let k = 0; k < n; k++) {
    const f = r.f_t[k]!;
    const i = r.i_t[k]!;
    const o = r.o_t[k]!;
    const g = r.Ctilde_t[k]!;
    const tC = Math.tanh(r.C_t[k]!);
    const dC = dC_t[k]! + dh_t[k]! * o * (1 - tC * tC);
    dC_total[k] = dC;
    dO[k] = dh_t[k]! * tC * o * (1 - o);
    df[k] = dC * r.C_prev[k]! * f * (1 - f);
    di[k] = dC * g * i * (1 - i);
    dg[k] = dC * i * (1 - g * g);
    dC_prev[k] = dC * f;
  }
  const deltas: [string, Vec][] = [["f", df], ["i", di], ["o", dO], ["C", dg]];
  const dhx = sumMatTVec(deltas.map(([k, d]) => [w[`W_${k}`] as Mat, d] as const));
  const [dh_prev, dx] = split(dhx, n);
  const terms = deltas.flatMap(([k, d]) => affineTerms(prefix, `W_${k}`, `b_${k}`, d, [r.h_prev, r.x_t]));
  return { dh_prev, dC_prev, dC_t: dC_total, dx, terms };
}
