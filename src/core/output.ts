// The output layer and the choice of the next token: p_{t'} = softmax(W_out s_{t'} + b_out)
// (seed 000 §3.3 with W_out for its second W_o; seed 002), greedy y = argmax p, or a sample from
// softmax(logits / τ) drawn with a seeded generator. Shapes: readout r, W_out V × r → V.

import type { Mat, Vec } from "./tensor.ts";
import { affine } from "./tensor.ts";
import { argmax, softmax } from "./activations.ts";
import type { Params } from "./model.ts";
import type { Rng } from "./rng.ts";

/** logits = W_out r + b_out and p = softmax(logits). Shapes: r → V, V. */
export function readout(output: Params, r: Vec): { logits: Vec; p: Vec } {
  const logits = affine(output.W_out as Mat, r, output.b_out as Vec);
  return { logits, p: softmax(logits) };
}

/** The distribution sampling draws from: softmax(logits / τ). Shape: V → V. */
export function tempered(logits: Vec, temperature: number): Vec {
  if (!(temperature > 0)) throw new RangeError(`temperature: expected a number > 0, got ${temperature}`);
  const z = new Float64Array(logits.length);
  for (let i = 0; i < z.length; i++) z[i] = logits[i]! / temperature;
  return softmax(z);
}

/** A token id drawn from p with one uniform number from rng (inverse CDF). */
export function sample(p: Vec, rng: Rng): number {
  const u = rng.next();
  let acc = 0;
  for (let i = 0; i < p.length; i++) {
    acc += p[i]!;
    if (u < acc) return i;
  }
  // Rounding can leave Σp a hair under 1: fall back to the last token with any mass.
  for (let i = p.length - 1; i >= 0; i--) if (p[i]! > 0) return i;
  return argmax(p);
}
