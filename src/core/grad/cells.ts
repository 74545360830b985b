// Backward of one step of any cell kind (the mirror of cells/index.ts): given ∂loss/∂h_t (and
// ∂loss/∂C_t for the LSTM), the gradients reaching h_{t-1}, C_{t-1} and x_t, and the weight terms.
// Shapes: ∂h_t, ∂C_t n → ∂h_{t-1} n, ∂C_{t-1} n (zeros for cells without memory), ∂x_t d.

import type { Vec } from "../tensor.ts";
import type { Params } from "../model.ts";
import type { CellRecord } from "../trace.ts";
import type { GradTerm } from "./terms.ts";
import { rnnBackward } from "./rnn.ts";
import { lstmBackward } from "./lstm.ts";
import { gruAfterBackward, gruBeforeBackward } from "./gru.ts";

/** What one cell step sends back: to its previous state, its input, and its weights. */
export interface CellGrad {
  readonly dh_prev: Vec;
  readonly dC_prev: Vec;
  readonly dx: Vec;
  readonly terms: readonly GradTerm[];
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
