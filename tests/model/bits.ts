// Test helpers for the model file: every number of a model, with its place, so two models can be
// compared bit for bit (Object.is tells -0 from 0 and NaN from NaN), and a grid of small models.

import { createModel, type ModelConfig } from "../../src/core/init.ts";
import { CELL_KINDS, isMat, paramShapes, getParam, type Seq2SeqModel } from "../../src/core/model.ts";
import { createRng } from "../../src/core/rng.ts";

/** Every parameter value as [path, index, value], in paramShapes order. */
export function numbersOf(model: Seq2SeqModel): [string, number, number][] {
  const out: [string, number, number][] = [];
  for (const { path } of paramShapes(model)) {
    const p = getParam(model, path);
    if (p === undefined) throw new Error(`no parameter at ${path}`);
    const data = isMat(p) ? p.data : p;
    data.forEach((x, i) => out.push([path, i, x]));
  }
  return out;
}

/** The first place where two models differ, or undefined when they are identical bit for bit. */
export function firstDifference(a: Seq2SeqModel, b: Seq2SeqModel): string | undefined {
  const strip = (m: Seq2SeqModel) => JSON.stringify(m, (_k, v: unknown) => (v instanceof Float64Array ? `f64[${v.length}]` : v));
  if (strip(a) !== strip(b)) return `structure: ${strip(a).slice(0, 200)} vs ${strip(b).slice(0, 200)}`;
  const na = numbersOf(a);
  const nb = numbersOf(b);
  if (na.length !== nb.length) return `count ${na.length} vs ${nb.length}`;
  for (let k = 0; k < na.length; k++) {
    const [path, i, x] = na[k]!;
    const y = nb[k]![2];
    if (!Object.is(x, y)) return `${path}[${i}]: ${x} vs ${y}`;
  }
  return undefined;
}

export const SOURCE = ["<sos>", "<eos>", "<unk>", "i", "love", "you"];
export const TARGET = ["<sos>", "<eos>", "<unk>", "je", "t'", "aime"];

/** An LSTM with dot attention: d_x = d_y = 3, n = 4, so decoder.weights.W_f is 4 × 11. */
export const LSTM_ATTENTION: ModelConfig = {
  name: "test",
  sourceVocab: SOURCE,
  targetVocab: TARGET,
  d_x: 3,
  d_y: 3,
  encoder: { cell: "lstm", hidden: 4, bidirectional: false, context: "last" },
  decoder: { cell: "lstm", hidden: 4, variant: "attention", init: "context", attention: { score: "dot", query: "previous" } },
};

export function lstmAttention(seed = 1): Seq2SeqModel {
  return createModel(LSTM_ATTENTION, createRng(seed));
}

/** Small valid configurations covering every cell, variant, score, query and direction. */
export function configGrid(): ModelConfig[] {
  const out: ModelConfig[] = [];
  for (const cell of CELL_KINDS) {
    for (const bidirectional of [false, true]) {
      const encoder = { cell, hidden: 2, bidirectional, context: "last" as const };
      const m = bidirectional ? 4 : 2;
      out.push({ ...LSTM_ATTENTION, encoder, decoder: { cell, hidden: m, variant: "initial", init: "context" } });
      out.push({ ...LSTM_ATTENTION, encoder: { ...encoder, context: "mean" }, decoder: { cell, hidden: m, variant: "every-step", init: "context" } });
      for (const score of ["dot", "scaled", "general", "additive"] as const) {
        for (const query of ["previous", "current"] as const) {
          const attention = { score, query, ...(score === "additive" ? { width: 3 } : {}) };
          out.push({ ...LSTM_ATTENTION, encoder, decoder: { cell, hidden: m, variant: "attention", init: "context", attention } });
        }
      }
    }
  }
  out.push({ ...LSTM_ATTENTION, decoder: { cell: "gru-reset-before", hidden: 5, variant: "attention", init: "zeros", attention: { score: "general", query: "previous" } } });
  return out;
}
