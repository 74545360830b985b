// The formula ids that trace entries carry: one per formula the lessons teach. The UI maps each id
// to its LaTeX; the core only names them. Cells, scores and the output layer declare their ids beside
// their forward and backward steps; decoder cells reuse the cells' ids with a "dec." prefix, since the
// same cell reads s, y and c there.

import { GRU_FORMULAS, LSTM_FORMULAS, RNN_FORMULAS } from "./cells/index.ts";
import { ADDITIVE_BIAS_FORMULAS, ADDITIVE_FORMULAS, CONTEXT_FORMULAS, SCORE_FORMULAS } from "./attention/index.ts";
import { OUTPUT_FORMULAS } from "./output.ts";

export const FORMULA_IDS = [
  "embed.source", "embed.target", "init.zero", "init.context", "init.last", "init.final",
  ...Object.values(RNN_FORMULAS),
  ...Object.values(LSTM_FORMULAS),
  ...new Set([...Object.values(GRU_FORMULAS["gru-reset-before"]), ...Object.values(GRU_FORMULAS["gru-reset-after"])]),
  "bi.concat", "ctx.last", "ctx.mean", "ctx.final",
  "dec.input", "dec.readout",
  ...Object.values(SCORE_FORMULAS), ADDITIVE_FORMULAS.u, ...Object.values(ADDITIVE_BIAS_FORMULAS),
  ...Object.values(CONTEXT_FORMULAS),
  ...Object.values(OUTPUT_FORMULAS),
] as const;

/** Every formula id but the decoder cells' (which are a cell's id with "dec." in front). */
export type BaseFormulaId = (typeof FORMULA_IDS)[number];
/** The recurrent cells' formula ids (cells/): the UI's cell templates are keyed by these. */
export type CellFormulaId =
  | (typeof RNN_FORMULAS)[keyof typeof RNN_FORMULAS]
  | (typeof LSTM_FORMULAS)[keyof typeof LSTM_FORMULAS]
  | { [K in keyof typeof GRU_FORMULAS]: (typeof GRU_FORMULAS)[K][keyof (typeof GRU_FORMULAS)[K]] }[keyof typeof GRU_FORMULAS];
/** The recurrent cells' formula ids, as a list. */
export const CELL_FORMULA_IDS: readonly CellFormulaId[] = [
  ...new Set<CellFormulaId>([...Object.values(RNN_FORMULAS), ...Object.values(LSTM_FORMULAS), ...Object.values(GRU_FORMULAS["gru-reset-before"]), ...Object.values(GRU_FORMULAS["gru-reset-after"])]),
];
export type FormulaId = BaseFormulaId | `dec.${CellFormulaId}`;
