// One step of any cell kind, forward and backward, so encoders, decoders and their gradients need
// not know which cell they run. Forward: h_prev n, C_prev n (LSTM only), x_t d → a record whose h_t
// is n. Backward: ∂h_t, ∂C_t n → ∂h_{t-1} n, ∂C_{t-1} n (zeros for cells without memory), ∂x_t d.

import type { Vec } from "../tensor.ts";
import type { CellKind, Params } from "../model.ts";
import type { CellGrad } from "../grad/terms.ts";
import { rnnBackward, rnnStep, type RnnRecord } from "./rnn.ts";
import { lstmBackward, lstmStep, type LstmRecord } from "./lstm.ts";
import { gruAfterBackward, gruAfterStep, gruBeforeBackward, gruBeforeStep, type GruRecord } from "./gru.ts";

/** The record of one step of any cell kind. */
export type CellRecord = RnnRecord | LstmRecord | GruRecord;

/** One step of a cell of the given kind; C_prev is read by the LSTM only. */
export function cellStep(kind: CellKind, w: Params, h_prev: Vec, C_prev: Vec, x_t: Vec): CellRecord {
  switch (kind) {
    case "rnn":
      return rnnStep(w, h_prev, x_t);
    case "lstm":
      return lstmStep(w, h_prev, C_prev, x_t);
    case "gru-reset-before":
      return gruBeforeStep(w, h_prev, x_t);
    case "gru-reset-after":
      return gruAfterStep(w, h_prev, x_t);
  }
}

/** The memory cell a record carries forward: C_t for the LSTM, the unchanged C_prev otherwise. */
export function memoryOf(r: CellRecord, C_prev: Vec): Vec {
  return r.kind === "lstm" ? r.C_t : C_prev;
}

/** The backward of the step recorded in `r`, whose weights `w` live under `prefix`. */
export function cellBackward(w: Params, r: CellRecord, dh_t: Vec, dC_t: Vec, prefix: string): CellGrad {
  switch (r.kind) {
    case "rnn":
      return rnnBackward(w, r, dh_t, prefix);
    case "lstm":
      return lstmBackward(w, r, dh_t, dC_t, prefix);
    case "gru-reset-before":
      return gruBeforeBackward(w, r, dh_t, prefix);
    case "gru-reset-after":
      return gruAfterBackward(w, r, dh_t, prefix);
  }
}

export { rnnStep, lstmStep, gruBeforeStep, gruAfterStep, rnnBackward, lstmBackward, gruBeforeBackward, gruAfterBackward };
export type { CellGrad, RnnRecord, LstmRecord, GruRecord };
export { RNN_FORMULAS } from "./rnn.ts";
export { LSTM_FORMULAS } from "./lstm.ts";
export { GRU_FORMULAS } from "./gru.ts";
