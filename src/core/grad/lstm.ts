// Backward of seed 000's LSTM step (cells/lstm.ts). With ∂C = ∂C_t + ∂h_t ⊙ o_t ⊙ (1 − tanh²C_t):
// ∂o = ∂h_t ⊙ tanh C_t, ∂f = ∂C ⊙ C_{t-1}, ∂i = ∂C ⊙ C̃_t, ∂C̃ = ∂C ⊙ i_t, ∂C_{t-1} = ∂C ⊙ f_t;
// δ_k = ∂k ⊙ k(1 − k) for the gates, δ_C = ∂C̃ ⊙ (1 − C̃²); ∂[h_{t-1}; x_t] = Σ_k W_kᵀ δ_k.

import type { Mat, Vec } from "../tensor.ts";
import type { Params } from "../model.ts";
import type { LstmRecord } from "../trace.ts";
import type { CellGrad } from "./cells.ts";
import { affineTerms } from "./terms.ts";
import { split, sumMatTVec } from "./linear.ts";

/** The gradients of one LSTM step, given ∂loss/∂h_t and ∂loss/∂C_t. Shapes: n, n → n, n, d. */
export function lstmBackward(w: Params, r: LstmRecord, dh_t: Vec, dC_t: Vec, prefix: string): CellGrad {
  const n = r.h_t.length;
  const df = new Float64Array(n);
  const di = new Float64Array(n);
  const dO = new Float64Array(n);
  const dg = new Float64Array(n);
  const dC_prev = new Float64Array(n);
  for (let k = 0; k < n; k++) {
    const f = r.f_t[k]!;
    const i = r.i_t[k]!;
    const o = r.o_t[k]!;
    const g = r.Ctilde_t[k]!;
    const tC = Math.tanh(r.C_t[k]!);
    const dC = dC_t[k]! + dh_t[k]! * o * (1 - tC * tC);
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
  return { dh_prev, dC_prev, dx, terms };
}
