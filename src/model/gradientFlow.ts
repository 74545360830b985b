// Lesson 20's experiment: a reversal task of T steps (the source is T symbols of a small vocabulary,
// the target the same symbols reversed), three seeded untrained models (RNN, LSTM, GRU encoders whose
// decoder starts from s_0 = h_T and reads nothing else of the source), and ‖∂L/∂h_t‖ for every
// encoder step t, from the core's backpropagation through time (stateGradients). A scale k multiplies
// the recurrent part of every cell matrix: the columns acting on h_{t−1} (W_h, W_nh, and the first n
// columns of W [h_{t−1}; x_t]), so k < 1 makes an RNN forget geometrically and k > 1 can make it explode.

import { createModel } from "../core/init.ts";
import { stateGradients } from "../core/grad/loss.ts";
import { type CellKind, type Seq2SeqModel, SPECIAL_TOKENS } from "../core/model.ts";
import { createRng } from "../core/rng.ts";
import type { Pair } from "../core/teacherForcing.ts";
import { clipGradients, gradNorm } from "../core/train/clip.ts";
import { paramValues, withParams } from "../core/train/params.ts";

/** The cells the lesson compares, in the chart's order. */
export const FLOW_CELLS = ["rnn", "lstm", "gru-reset-after"] as const satisfies readonly CellKind[];
export type FlowCell = (typeof FLOW_CELLS)[number];

/** The symbols of the task: special tokens first (ids 0, 1, 2), then eight letters. */
export const FLOW_VOCAB: readonly string[] = [SPECIAL_TOKENS.sos, SPECIAL_TOKENS.eos, SPECIAL_TOKENS.unk, ..."abcdefgh"];
/** T, the source's length, and the seed of the task and the models unless told otherwise. */
export const FLOW_LENGTH = 30;
export const FLOW_SEED = 20;
/** Every width: d_x = d_y = n. */
export const FLOW_WIDTH = 32;

/** T source symbols drawn with `seed` (ids from 3), and the target: the same reversed. */
export function reversalPair(T: number = FLOW_LENGTH, seed: number = FLOW_SEED): Pair {
  if (!Number.isInteger(T) || T < 1) throw new RangeError(`reversalPair: T must be a positive integer, got ${T}`);
  const rng = createRng(seed);
  const first = 3;
  const source = Array.from({ length: T }, () => first + Math.floor(rng.next() * (FLOW_VOCAB.length - first)));
  return { source, target: [...source].reverse() };
}

/**
 * σ(3) ≈ 0.95: the LSTM's forget gate b_f and the GRU's update gate b_z start this open, so their
 * memory keeps about 0.95 of itself per step (the chrono initialisation of Tallec & Ollivier 2018
 * sets b_f ≈ log(T − 1) ≈ 3.4 for T = 30); with b_f = 1 an untrained LSTM forgets too.
 */
export const FLOW_GATE_BIAS = 3;

/** An untrained model of `cell` for the task: Glorot weights drawn with `seed`, open gates, decoder variant "initial" (s_0 = h_T). */
export function flowModel(cell: CellKind, seed: number = FLOW_SEED): Seq2SeqModel {
  const encoder = { cell, hidden: FLOW_WIDTH, bidirectional: false, context: "last" as const };
  const model = createModel(
    {
      name: `Untrained ${cell} (reversal task)`,
      sourceVocab: FLOW_VOCAB,
      targetVocab: FLOW_VOCAB,
      d_x: FLOW_WIDTH,
      d_y: FLOW_WIDTH,
      encoder,
      decoder: { cell, hidden: FLOW_WIDTH, variant: "initial", init: "context" },
      meta: { trained: false, seed },
    },
    createRng(seed),
  );
  const values = paramValues(model);
  const open: Record<string, Float64Array> = {};
  for (const side of ["encoder", "decoder"]) {
    for (const gate of ["b_f", "b_z"]) if (values[`${side}.weights.${gate}`]) open[`${side}.weights.${gate}`] = new Float64Array(FLOW_WIDTH).fill(FLOW_GATE_BIAS);
  }
  return withParams(model, open);
}

/** Of each cell matrix, how many of its first columns act on the previous state (n columns of n + d, or all). */
export function recurrentColumns(cell: CellKind, n: number): Readonly<Record<string, number>> {
  switch (cell) {
    case "rnn":
      return { W_h: n };
    case "lstm":
      return { W_f: n, W_i: n, W_o: n, W_C: n };
    case "gru-reset-before":
      return { W_z: n, W_r: n, W_n: n };
    case "gru-reset-after":
      return { W_z: n, W_r: n, W_nh: n };
  }
}

/** The model with the recurrent columns of its encoder's and decoder's cells multiplied by k; the rest unchanged. */
export function scaleRecurrent(model: Seq2SeqModel, k: number): Seq2SeqModel {
  const values = paramValues(model);
  const scaled: Record<string, Float64Array> = {};
  for (const [prefix, spec] of [["encoder.weights", model.encoder], ["decoder.weights", model.decoder]] as const) {
    for (const [name, cols] of Object.entries(recurrentColumns(spec.cell, spec.hidden))) {
      const path = `${prefix}.${name}`;
      const W = values[path]!;
      const width = W.length / spec.hidden;
      scaled[path] = W.map((x, i) => (i % width < cols ? k * x : x));
    }
  }
  return withParams(model, scaled);
}

/** What the chart shows of one model. */
export interface FlowResult {
  readonly cell: CellKind;
  /** L = Σ_t' −log p_{t'}(y_{t'}), teacher-forced. */
  readonly loss: number;
  /** ‖∂L/∂h_t‖₂ for t = 1 … T (index t − 1); may be 0, ∞ or NaN. */
  readonly norms: readonly number[];
  /** ‖∂L/∂h_1‖ / ‖∂L/∂h_T‖: how much of the last step's gradient reaches the first. */
  readonly ratio: number;
  /** ‖∂L/∂θ‖₂ over every parameter, before clipping. */
  readonly gradNorm: number;
  /** With a threshold: the norm after clipping, and whether clipping acted. */
  readonly clip?: { readonly maxNorm: number; readonly after: number; readonly clipped: boolean };
}

/** The encoder's state-gradient norms and the parameters' gradient norm of `model` on `pair`, clipped at maxNorm when given. */
export function gradientFlow(model: Seq2SeqModel, pair: Pair, maxNorm?: number): FlowResult {
  const { loss, states, grads } = stateGradients(model, pair);
  const norms = pair.source.map((_, t) => {
    const g = states.get(`enc.f.${t + 1}`);
    return g ? Math.hypot(...g.dh) : Number.NaN;
  });
  const before = gradNorm(grads);
  const shown = { cell: model.encoder.cell, loss, norms, ratio: norms[0]! / norms.at(-1)!, gradNorm: before };
  if (maxNorm === undefined) return shown;
  const clipped = clipGradients(grads, maxNorm);
  return { ...shown, clip: { maxNorm, after: gradNorm(clipped.grads), clipped: clipped.clipped } };
}
