// The output layer, the teacher-forced loss and their gradient: logits = Y W_out + b_out,
// p = softmax(logits) per target position, loss = −(1/T) Σ_t log p_t[y_t] (the mean over positions).
// Source: Vaswani et al. 2017, §3.4 (seed 004's decoder "writes" the next word from these p).

import type { Mat } from "../tensor.ts";
import { logSoftmax, softmax } from "../activations.ts";
import { addRowVec, colSums, matMul, matMulAT, matMulBT } from "./matrix.ts";
import type { OutputParams } from "./types.ts";

/** Shapes: Y T × d_model; logits, p T × V (one row per decoder position). */
export interface OutputRecord {
  readonly formula: "tf.output";
  readonly Y: Mat;
  readonly logits: Mat;
  /** softmax of each row of logits. */
  readonly p: Mat;
}

/** Vocabulary logits and probabilities for every row. Shape: T × d_model → T × V. */
export function outputLayer(Y: Mat, p: OutputParams): OutputRecord {
  const logits = addRowVec(matMul(Y, p.W_out), p.b_out);
  const V = logits.cols;
  const probs = new Float64Array(logits.data.length);
  for (let t = 0; t < logits.rows; t++) probs.set(softmax(logits.data.subarray(t * V, (t + 1) * V)), t * V);
  return { formula: "tf.output", Y, logits, p: { rows: logits.rows, cols: V, data: probs } };
}

/** −log p_t[y_t] for every position, computed from the logits (log-softmax, never log 0). Shape: T. */
export function tokenLosses(rec: OutputRecord, targets: readonly number[]): Float64Array {
  const V = rec.logits.cols;
  if (targets.length !== rec.logits.rows) throw new RangeError(`tokenLosses: ${targets.length} targets for ${rec.logits.rows} positions`);
  return Float64Array.from(targets, (y, t) => -logSoftmax(rec.logits.data.subarray(t * V, (t + 1) * V))[y]!);
}

/** The mean cross-entropy −(1/T) Σ_t log p_t[y_t]. */
export function crossEntropy(rec: OutputRecord, targets: readonly number[]): number {
  const losses = tokenLosses(rec, targets);
  return losses.reduce((s, l) => s + l, 0) / losses.length;
}

/**
 * Backward of the mean cross-entropy through softmax and the output layer:
 * dlogits = (p − onehot(y)) / T, dW_out = Yᵀ dlogits, db_out = Σ_t dlogits, dY = dlogits W_outᵀ.
 */
export function outputBackward(p: OutputParams, rec: OutputRecord, targets: readonly number[]): { dY: Mat; grads: OutputParams } {
  const { rows: T, cols: V } = rec.p;
  const dl = new Float64Array(rec.p.data.length);
  for (let t = 0; t < T; t++) {
    for (let j = 0; j < V; j++) dl[t * V + j] = (rec.p.data[t * V + j]! - (j === targets[t] ? 1 : 0)) / T;
  }
  const dLogits: Mat = { rows: T, cols: V, data: dl };
  return { dY: matMulBT(dLogits, p.W_out), grads: { W_out: matMulAT(rec.Y, dLogits), b_out: colSums(dLogits) } };
}
