// The plain recurrent cell: h_t = tanh(W_h h_{t-1} + W_x x_t + b) (seed 000 §2.2; notation.md).
// Shapes: W_h n × n, W_x n × d, b n; h_{t-1} n, x_t d → h_t n.

import type { Mat, Vec } from "../tensor.ts";
import { affinePair } from "../tensor.ts";
import type { Params } from "../model.ts";
import type { RnnRecord } from "../trace.ts";

/** One RNN step and its record. */
export function rnnStep(w: Params, h_prev: Vec, x_t: Vec): RnnRecord {
  const a = affinePair(w.W_h as Mat, h_prev, w.W_x as Mat, x_t, w.b as Vec);
  for (let i = 0; i < a.length; i++) a[i] = Math.tanh(a[i]!);
  return { kind: "rnn", x_t, h_prev, h_t: a };
}
