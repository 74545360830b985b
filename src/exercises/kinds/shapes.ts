// Shape exercises: a cell's parameter count and W_out's column count, read from the core's shape
// tables (cellParamShapes, readoutWidth), the ones validation and the editor use.

import { cellParamShapes, readoutWidth, type CellKind, type QueryKind } from "../../core/model.ts";
import { int, pick } from "../draw.ts";
import type { ExerciseKind, Solution } from "../types.ts";

type CountIn = { cell: CellKind; n: number; d: number };

const CELL_TEX: Record<CellKind, string> = { rnn: "\\text{RNN}", lstm: "\\text{LSTM}", "gru-reset-before": "\\text{GRU}", "gru-reset-after": "\\text{GRU (reset-after)}" };

export const paramCount: ExerciseKind<CountIn> = {
  id: "shape.count",
  slips: ["noBias"],
  exact: true,
  draw: (rng) => ({ cell: pick(rng, ["rnn", "lstm", "gru-reset-before"] as const), n: int(rng, 2, 8), d: int(rng, 2, 8) }),
  solve(v): Solution {
    const shapes = cellParamShapes(v.cell, v.n, v.d, "cell");
    const size = (s: (typeof shapes)[number]) => s.rows * (s.cols ?? 1);
    const answer = shapes.reduce((a, s) => a + size(s), 0);
    return {
      answer,
      slips: { noBias: shapes.filter((s) => s.cols !== undefined).reduce((a, s) => a + size(s), 0) },
      steps: shapes.map((s) => ({ tex: `${s.name.replace(/_(\w+)/, "_{$1}")}: ${s.rows}${s.cols !== undefined ? ` \\times ${s.cols}` : ""}`, value: size(s) })),
    };
  },
  given: (v) => [
    { tex: CELL_TEX[v.cell] + "\\; n", value: v.n },
    { tex: "d_x", value: v.d },
  ],
  target: () => "\\#\\text{params}",
};

type WoutIn = { n_enc: number; n_dec: number; query: QueryKind; V: number };

function width(v: WoutIn, bidirectional: boolean, query: QueryKind): number {
  return readoutWidth({
    encoder: { cell: "gru-reset-before", hidden: v.n_enc, bidirectional, context: "last", weights: {} },
    decoder: { cell: "gru-reset-before", hidden: v.n_dec, variant: "attention", init: "zeros", weights: {}, output: {}, attention: { score: "dot", query, weights: {} } },
  });
}

export const woutColumns: ExerciseKind<WoutIn> = {
  id: "shape.wout",
  slips: ["notDoubled", "wrongQuery"],
  exact: true,
  draw(rng) {
    const n = int(rng, 2, 6);
    return { n_enc: n, n_dec: 2 * n, query: pick(rng, ["previous", "current"] as const), V: int(rng, 5, 12) };
  },
  solve(v): Solution {
    const other: QueryKind = v.query === "previous" ? "current" : "previous";
    const answer = width(v, true, v.query);
    return {
      answer,
      slips: { notDoubled: width(v, false, v.query), wrongQuery: width(v, true, other) },
      steps: [{ tex: v.query === "current" ? "W_{\\text{out}} [\\ss{s_{t'}}; \\sc{c_{t'}}]: n_s + 2n" : "W_{\\text{out}} \\ss{s_{t'}}: n_s", value: answer }],
    };
  },
  given: (v) => [
    { tex: "n\\ (\\text{encoder, each direction})", value: v.n_enc },
    { tex: "n_s\\ (\\text{decoder})", value: v.n_dec },
    { tex: "V", value: v.V },
  ],
  target: () => "\\text{cols}(W_{\\text{out}})",
};
