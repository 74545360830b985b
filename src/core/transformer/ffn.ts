// The position-wise feed-forward layer, the same two-layer network applied to every token (row),
// and its gradient: FFN(x) = max(0, x W_1 + b_1) W_2 + b_2.
// Source: Vaswani et al. 2017, §3.3 (seed 004's encoder and decoder layers each end with one).

import type { Mat } from "../tensor.ts";
import { addRowVec, colSums, matMap, matMul, matMulAT, matMulBT } from "./matrix.ts";
import type { FeedForwardParams } from "./types.ts";

/** Shapes: x, output T × d_model; pre, hidden T × d_ff. */
export interface FeedForwardRecord {
  readonly formula: "tf.ffn";
  readonly x: Mat;
  /** x W_1 + b_1. */
  readonly pre: Mat;
  /** max(0, pre): the FFN hidden layer. */
  readonly hidden: Mat;
  /** hidden W_2 + b_2. */
  readonly output: Mat;
}

/** FFN of every row. Shape: T × d_model → T × d_model. */
export function feedForward(x: Mat, p: FeedForwardParams): FeedForwardRecord {
  const pre = addRowVec(matMul(x, p.W_1), p.b_1);
  const hidden = matMap(pre, (v) => (v > 0 ? v : 0));
  return { formula: "tf.ffn", x, pre, hidden, output: addRowVec(matMul(hidden, p.W_2), p.b_2) };
}

/**
 * Backward of the FFN, given ∂loss/∂output: dW_2 = hiddenᵀ dOut, db_2 = Σ_t dOut, dHidden = dOut W_2ᵀ,
 * dPre = dHidden where pre > 0 (ReLU'(0) is taken as 0), dW_1 = xᵀ dPre, db_1 = Σ_t dPre, dx = dPre W_1ᵀ.
 */
export function feedForwardBackward(p: FeedForwardParams, rec: FeedForwardRecord, dOutput: Mat): { dx: Mat; grads: FeedForwardParams } {
  const dHidden = matMulBT(dOutput, p.W_2);
  const dPre = { rows: dHidden.rows, cols: dHidden.cols, data: dHidden.data.map((g, i) => (rec.pre.data[i]! > 0 ? g : 0)) };
  return {
    dx: matMulBT(dPre, p.W_1),
    grads: { W_1: matMulAT(rec.x, dPre), b_1: colSums(dPre), W_2: matMulAT(rec.hidden, dOutput), b_2: colSums(dOutput) },
  };
}
