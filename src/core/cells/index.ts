// One step of any cell kind, so encoders and decoders need not know which cell they run.
// Shapes: h_prev n, C_prev n (LSTM only), x_t d → a record whose h_t is n.

import type { Vec } from "../tensor.ts";
import type { CellKind, Params } from "../model.ts";
import type { CellRecord } from "../trace.ts";
import { rnnStep } from "./rnn.ts";
import { lstmStep } from "./lstm.ts";
import { gruAfterStep, gruBeforeStep } from "./gru.ts";

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

export { rnnStep, lstmStep, gruBeforeStep, gruAfterStep };
