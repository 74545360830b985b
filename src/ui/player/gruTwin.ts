// The reset-after GRU that shares a reset-before GRU's weights: W_nh and W_nx are the state and
// input blocks of W_n, b_nx = b_n and b_nh = 0. Then the only difference between the two is where
// r_t applies (W_nh (r_t ⊙ h) versus r_t ⊙ (W_nh h)), which is what a comparison should isolate.

import type { Params, Seq2SeqModel } from "../../core/model.ts";
import type { Mat } from "../../core/tensor.ts";

function split(W: Mat, n: number): { W_nh: Mat; W_nx: Mat } {
  const d = W.cols - n;
  const W_nh = new Float64Array(W.rows * n);
  const W_nx = new Float64Array(W.rows * d);
  for (let i = 0; i < W.rows; i++) {
    W_nh.set(W.data.subarray(i * W.cols, i * W.cols + n), i * n);
    W_nx.set(W.data.subarray(i * W.cols + n, (i + 1) * W.cols), i * d);
  }
  return { W_nh: { rows: W.rows, cols: n, data: W_nh }, W_nx: { rows: W.rows, cols: d, data: W_nx } };
}

function twinWeights(w: Params, n: number): Params {
  const { W_nh, W_nx } = split(w.W_n as Mat, n);
  return { W_z: w.W_z!, b_z: w.b_z!, W_r: w.W_r!, b_r: w.b_r!, W_nx, b_nx: w.b_n!, W_nh, b_nh: new Float64Array(n) };
}

/** The reset-after twin of a model whose encoder and decoder are reset-before GRUs. */
export function resetAfterTwin(model: Seq2SeqModel): Seq2SeqModel {
  const { encoder: e, decoder: d } = model;
  if (e.cell !== "gru-reset-before" || d.cell !== "gru-reset-before") throw new RangeError("resetAfterTwin: expected reset-before GRUs");
  return {
    ...model,
    name: `${model.name}, reset after`,
    encoder: { ...e, cell: "gru-reset-after", weights: twinWeights(e.weights, e.hidden), ...(e.backwardWeights ? { backwardWeights: twinWeights(e.backwardWeights, e.hidden) } : {}) },
    decoder: { ...d, cell: "gru-reset-after", weights: twinWeights(d.weights, d.hidden) },
  };
}
