// lossAndGradients on whole models: every cell × decoder variant × score × query, bidirectional on
// and off, both context maps and both initial states, against central differences of lossOf.

import { describe, expect, it } from "vitest";
import { lossAndGradients, lossOf } from "../../../src/core/grad/index.ts";
import { CELL_KINDS, SCORE_KINDS, type CellKind, type ContextMap, type DecoderInit, type QueryKind, type ScoreKind } from "../../../src/core/model.ts";
import type { ModelConfig } from "../../../src/core/init.ts";
import { checkGradients, PAIRS, randomModel } from "./gradcheck.ts";

const TOLERANCE = 1e-6;
const PER_PARAM = 10;

interface Case {
  cell: CellKind;
  decoderCell?: CellKind;
  variant: "initial" | "every-step" | "attention";
  score?: ScoreKind;
  query?: QueryKind;
  bidirectional: boolean;
  context?: ContextMap;
  init?: DecoderInit;
  /** Decoder width when it differs from the encoder's output (only with init "zeros"). */
  decoderHidden?: number;
  /** additive only: the biases b_s, b_h, b_v of a PyTorch export. */
  bias?: boolean;
}

function config(c: Case): Pick<ModelConfig, "encoder" | "decoder"> {
  const n = 3;
  const out = c.bidirectional ? 2 * n : n;
  return {
    encoder: { cell: c.cell, hidden: n, bidirectional: c.bidirectional, context: c.context ?? "last" },
    decoder: {
      cell: c.decoderCell ?? c.cell,
      hidden: c.decoderHidden ?? out,
      variant: c.variant,
      init: c.init ?? "context",
      ...(c.variant === "attention" ? { attention: { score: c.score ?? "dot", query: c.query ?? "previous", ...(c.bias ? { bias: true } : {}) } } : {}),
    },
  };
}

function describeCase(c: Case): string {
  const parts = [`${c.cell}${c.decoderCell ? `→${c.decoderCell}` : ""}`, c.variant];
  if (c.variant === "attention") parts.push(`${c.score} score${c.bias ? " with biases" : ""}, ${c.query} query`);
  parts.push(c.bidirectional ? "bidirectional" : "unidirectional");
  if (c.context) parts.push(`context ${c.context}`);
  if (c.init) parts.push(`init ${c.init}`);
  if (c.decoderHidden) parts.push(`decoder width ${c.decoderHidden}`);
  return parts.join(", ");
}

const cases: Case[] = [];
for (const cell of CELL_KINDS) {
  for (const bidirectional of [false, true]) {
    cases.push({ cell, variant: "initial", bidirectional }, { cell, variant: "every-step", bidirectional });
    for (const score of SCORE_KINDS) for (const query of ["previous", "current"] as const) cases.push({ cell, variant: "attention", score, query, bidirectional });
  }
  cases.push({ cell, variant: "every-step", bidirectional: false, context: "mean" }, { cell, variant: "initial", bidirectional: true, context: "mean" });
  cases.push({ cell, variant: "every-step", bidirectional: false, init: "zeros" });
}
cases.push(
  { cell: "gru-reset-after", decoderCell: "lstm", variant: "initial", bidirectional: false },
  { cell: "lstm", decoderCell: "rnn", variant: "every-step", bidirectional: true },
  { cell: "rnn", decoderCell: "lstm", variant: "attention", score: "general", query: "current", bidirectional: true, init: "zeros", decoderHidden: 4 },
  { cell: "lstm", variant: "attention", score: "additive", query: "previous", bidirectional: false, init: "zeros", decoderHidden: 2 },
);
// PyTorch exports: the additive score's biases, and each direction's final state as the context.
for (const query of ["previous", "current"] as const) {
  cases.push({ cell: "gru-reset-after", variant: "attention", score: "additive", query, bidirectional: false, bias: true });
  cases.push({ cell: "lstm", variant: "attention", score: "additive", query, bidirectional: true, bias: true, context: "final" });
}
for (const cell of ["lstm", "gru-reset-after"] as const) {
  cases.push({ cell, variant: "initial", bidirectional: true, context: "final" }, { cell, variant: "every-step", bidirectional: true, context: "final" });
  cases.push({ cell, variant: "attention", score: "general", query: "previous", bidirectional: true, context: "final" });
}
cases.push({ cell: "rnn", variant: "every-step", bidirectional: false, context: "final" });

describe("lossAndGradients against central differences", () => {
  for (const c of cases) {
    it(`lossAndGradients(model, pairs) matches central differences within ${TOLERANCE} for ${describeCase(c)}`, () => {
      const model = randomModel(config(c));
      const { loss, grads } = lossAndGradients(model, PAIRS);
      expect(loss).toBe(lossOf(model, PAIRS));
      const result = checkGradients(model, grads, (m) => lossOf(m, PAIRS), PER_PARAM);
      expect(result.checked).toBeGreaterThan(0);
      expect(result.worst, result.where).toBeLessThanOrEqual(TOLERANCE);
    });
  }
});
