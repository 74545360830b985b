// The encoder: h_t = f(h_{t-1}, x_t) over t = 1..T from h_0 = 0 (seed 000 §2.2, seed 001), and for
// a bidirectional encoder a backward pass with its own weights, h_t = [h→_t; h←_t] (notation.md).
// Shapes: x_t d_x; h_t n (2n when bidirectional).

import type { Vec } from "./tensor.ts";
import { concat, zeros } from "./tensor.ts";
import type { EncoderSpec, Params } from "./model.ts";
import type { EncoderStep, SourceToken } from "./trace.ts";
import { cellStep, memoryOf } from "./cells/index.ts";

export interface EncoderResult {
  /** The steps in reading order: forward t = 1..T, then backward t = T..1. */
  readonly steps: readonly EncoderStep[];
  /** h_1..h_T (each [h→_t; h←_t] when bidirectional). */
  readonly H: readonly Vec[];
  /** The last memory cell C_T ([C→_T; C←_T] when bidirectional); zeros for cells without one. */
  readonly C_T: Vec;
  /** Each direction's final state: h_T, or [h→_T; h←_1] when bidirectional (PyTorch's h_n). */
  readonly h_final: Vec;
  /** Each direction's final memory cell: C_T, or [C→_T; C←_1]; zeros for cells without one. */
  readonly C_final: Vec;
}

function pass(enc: EncoderSpec, w: Params, xs: readonly Vec[], tokens: readonly SourceToken[], backward: boolean): EncoderStep[] {
  const steps: EncoderStep[] = [];
  let h: Vec = zeros(enc.hidden);
  let C: Vec = zeros(enc.hidden);
  const T = xs.length;
  for (let k = 0; k < T; k++) {
    const j = backward ? T - 1 - k : k;
    const cell = cellStep(enc.cell, w, h, C, xs[j]!);
    h = cell.h_t;
    C = memoryOf(cell, C);
    steps.push({ kind: "encoder", id: `enc.${backward ? "b" : "f"}.${j + 1}`, direction: backward ? "backward" : "forward", t: j + 1, token: tokens[j]!, cell });
  }
  return steps;
}

function lastMemory(steps: readonly EncoderStep[], n: number): Vec {
  const last = steps[steps.length - 1]?.cell;
  return last?.kind === "lstm" ? last.C_t : zeros(n);
}

/** Runs the encoder over the embeddings xs (one per token). Shapes: T × d_x → T × n (or 2n). */
export function encode(enc: EncoderSpec, xs: readonly Vec[], tokens: readonly SourceToken[]): EncoderResult {
  if (xs.length === 0) throw new RangeError("the encoder needs at least one source token");
  const fwd = pass(enc, enc.weights, xs, tokens, false);
  if (!enc.bidirectional) {
    const C_T = lastMemory(fwd, enc.hidden);
    const H = fwd.map((s) => s.cell.h_t);
    return { steps: fwd, H, C_T, h_final: H[H.length - 1]!, C_final: C_T };
  }
  if (!enc.backwardWeights) throw new RangeError("encoder.backwardWeights: required when encoder.bidirectional is true");
  const bwd = pass(enc, enc.backwardWeights, xs, tokens, true);
  const T = xs.length;
  // bwd[k] read position T − k; h←_t is the backward state after it has read x_T .. x_t.
  const H = fwd.map((s, j) => concat(s.cell.h_t, bwd[T - 1 - j]!.cell.h_t));
  const lastF = lastMemory(fwd, enc.hidden);
  const C_T = concat(lastF, bwd[0]!.cell.kind === "lstm" ? bwd[0]!.cell.C_t : zeros(enc.hidden));
  // The backward pass ends at position 1: its final state h←_1 and memory C←_1.
  const h_final = concat(fwd[T - 1]!.cell.h_t, bwd[T - 1]!.cell.h_t);
  return { steps: [...fwd, ...bwd], H, C_T, h_final, C_final: concat(lastF, lastMemory(bwd, enc.hidden)) };
}
