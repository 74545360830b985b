// The two printed forms of a trace for scripts/trace.ts: JSON (src/model/traceJson.ts) and a table
// with one line per step: id, token and the step's main vectors to 4 decimals.

import type { Vec } from "../src/core/tensor.ts";
import type { CellRecord, DecoderStep, Trace, TraceStep } from "../src/core/trace.ts";
// The JSON form lives in src/model so that the app's export prints exactly what this script prints.
export { toPlainJson, traceJson } from "../src/model/traceJson.ts";

/** A vector to 4 decimals: [ 0.1234, -0.5678]. */
export function fmtVec(v: ArrayLike<number>): string {
  return `[${Array.from(v, (x) => (x < 0 || Object.is(x, -0) ? "" : " ") + x.toFixed(4)).join(", ")}]`;
}

function cellVectors(cell: CellRecord, stateName: string): string[] {
  const out = [`${stateName}=${fmtVec(cell.h_t)}`];
  if (cell.kind === "lstm") out.push(`C_t=${fmtVec(cell.C_t)}`);
  return out;
}

function decoderVectors(step: DecoderStep): string[] {
  const out = [`y_prev=${step.yPrevToken}`];
  if (step.attention) out.push(`alpha=${fmtVec(step.attention.alpha)}`);
  if (step.c) out.push(`c=${fmtVec(step.c)}`);
  out.push(...cellVectors(step.cell, "s_t"));
  out.push(`p(y)=${step.p[step.y]!.toFixed(4)}`);
  if (step.forced) out.push("forced");
  return out;
}

/** [id, token, vectors] of one step. */
function stepCells(step: TraceStep): [string, string, string[]] {
  switch (step.kind) {
    case "encoder": {
      const tok = step.token;
      const token = tok.unknown ? `${tok.text}→${tok.token}` : tok.token;
      return [step.id, token, [`x_t=${fmtVec(step.cell.x_t)}`, ...cellVectors(step.cell, "h_t")]];
    }
    case "merge":
      return [step.id, "", step.H.map((h: Vec, j: number) => `h_${j + 1}=${fmtVec(h)}`)];
    case "context": {
      const parts = [`map=${step.map}`];
      if (step.c) parts.push(`c=${fmtVec(step.c)}`);
      parts.push(`s_0=${fmtVec(step.s_0)}`);
      if (step.C_0) parts.push(`C_0=${fmtVec(step.C_0)}`);
      return [step.id, "", parts];
    }
    case "decoder":
      return [step.id, step.token, decoderVectors(step)];
  }
}

/** The table's first line: the model's name and architecture. */
export function modelLine(m: Trace["model"]): string {
  const cells = `${m.bidirectional ? "bidirectional " : ""}${m.encoderCell} → ${m.decoderCell}`;
  const arch = [cells, m.variant, m.score, m.query && `${m.query} query`].filter(Boolean);
  return `model: ${m.name} (${arch.join(", ")})`;
}

/** The trace as a table: a header, one line per step, and the output. */
export function traceTable(trace: Trace): string {
  const rows = trace.steps.map(stepCells);
  const idWidth = Math.max(2, ...rows.map((r) => r[0].length));
  const tokenWidth = Math.max(5, ...rows.map((r) => r[1].length));
  const lines = [
    modelLine(trace.model),
    `source: ${trace.source.map((s) => s.token).join(" ")}`,
    `${"id".padEnd(idWidth)}  ${"token".padEnd(tokenWidth)}  values`,
    ...rows.map(([id, token, parts]) => `${id.padEnd(idWidth)}  ${token.padEnd(tokenWidth)}  ${parts.join("  ")}`),
    `output: ${trace.output.text || "(nothing)"} (stop: ${trace.output.stop}, log P = ${trace.output.logProb.toFixed(4)})`,
  ];
  return `${lines.join("\n")}\n`;
}
