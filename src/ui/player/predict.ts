// Predict, then reveal: what a reader can be asked before a step, and the answer the core's trace
// holds. Before an attention decoder step: which source word gets the largest weight α_{t'j}. Before
// an LSTM or GRU encoder step: which gate saturates most (the entry closest to 0 or 1). The answers
// are read from the trace (the step's α and gate vectors), never recomputed.

import { argmax } from "../../core/activations.ts";
import type { Trace, TraceStep } from "../../core/trace.ts";

export type Question =
  | { readonly kind: "attention"; readonly t: number; readonly options: readonly string[] }
  | { readonly kind: "gate"; readonly t: number; readonly direction?: "forward" | "backward"; readonly options: readonly string[] };

export interface Answer {
  /** The index of the right option. */
  readonly best: number;
  /** Per option: α_{t'j}, or the gate's entry closest to 0 or 1. */
  readonly values: readonly number[];
}

const GATES = { lstm: ["f", "i", "o"], gru: ["z", "r"] } as const;

function gateNames(step: TraceStep): readonly string[] | undefined {
  if (step.kind !== "encoder") return undefined;
  if (step.cell.kind === "lstm") return GATES.lstm;
  if (step.cell.kind === "gru-reset-before" || step.cell.kind === "gru-reset-after") return GATES.gru;
  return undefined;
}

/** What to ask before stepping onto step `index`, or null when that step has nothing to predict. */
export function questionFor(trace: Trace, index: number): Question | null {
  const step = trace.steps[index];
  if (!step) return null;
  if (step.kind === "decoder") {
    const alpha = step.attention?.alpha;
    if (!alpha || alpha.length < 2) return null;
    return { kind: "attention", t: step.t, options: Array.from(alpha, (_, j) => trace.source[j]?.text ?? "") };
  }
  const gates = gateNames(step);
  if (!gates || step.kind !== "encoder") return null;
  return { kind: "gate", t: step.t, ...(trace.model.bidirectional ? { direction: step.direction } : {}), options: gates };
}

/** The entry of v closest to 0 or 1 (a gate's most saturated entry). */
function mostSaturated(v: ArrayLike<number>): number {
  let best = v[0]!;
  for (let k = 1; k < v.length; k++) if (Math.abs(v[k]! - 0.5) > Math.abs(best - 0.5)) best = v[k]!;
  return best;
}

/** The answer the trace holds for the question of step `index` (null when there is none). */
export function answerFor(trace: Trace, index: number): Answer | null {
  const step = trace.steps[index];
  const question = questionFor(trace, index);
  if (!step || !question) return null;
  if (step.kind === "decoder") {
    const alpha = step.attention!.alpha;
    return { best: argmax(alpha), values: Array.from(alpha) };
  }
  if (step.kind !== "encoder") return null;
  const cell = step.cell as unknown as Readonly<Record<string, ArrayLike<number>>>;
  const values = question.options.map((g) => mostSaturated(cell[`${g}_t`]!));
  return { best: argmax(Float64Array.from(values, (v) => Math.abs(v - 0.5))), values };
}
