// The formula ids that trace entries carry: one per formula the lessons teach. The UI maps each id
// to its LaTeX; the core only names them. Decoder cells reuse the cell ids with a "dec." prefix,
// since the same cell reads s, y and c there.

export const FORMULA_IDS = [
  "embed.source", "embed.target", "init.zero", "init.context", "init.last",
  "rnn.h",
  "lstm.f", "lstm.i", "lstm.o", "lstm.Ctilde", "lstm.C", "lstm.h",
  "gru.z", "gru.r", "gru.n.before", "gru.u", "gru.n.after", "gru.h",
  "bi.concat", "ctx.last", "ctx.mean",
  "dec.input", "dec.readout",
  "att.score.dot", "att.score.scaled", "att.score.general", "att.score.additive", "att.additive.u",
  "att.softmax", "att.context",
  "out.logits", "out.softmax", "out.tempered", "out.argmax", "out.sample", "out.forced",
] as const;

export type CellFormulaId = (typeof FORMULA_IDS)[number];
export type FormulaId = CellFormulaId | `dec.${"rnn" | "lstm" | "gru"}.${string}`;
