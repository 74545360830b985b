// The output layer, the choice of the next token, and the gradient of the loss: p_{t'} = softmax(W_out r + b_out)
// (seed 000 §3.3 with W_out for its second W_o; seed 002), greedy y = argmax p, or a sample from
// softmax(logits / τ) drawn with a seeded generator; ℓ = −log p(y), ∂logits = p − onehot(y).
// Shapes: readout r, W_out V × r → V.

import type { Mat, ReadonlyVec, Vec } from "./tensor.ts";
import { affine } from "./tensor.ts";
import { argmax, logSoftmax, softmax } from "./activations.ts";
import type { Params } from "./model.ts";
import type { Rng } from "./rng.ts";
import { affineTerms, type GradTerm } from "./grad/terms.ts";
import { sumMatTVec } from "./grad/linear.ts";

/** The formula id of each value the output layer computes, and of each way of choosing y (trace entries carry them). */
export const OUTPUT_FORMULAS = {
  logits: "out.logits",
  p: "out.softmax",
  pSample: "out.tempered",
  argmax: "out.argmax",
  sample: "out.sample",
  forced: "out.forced",
} as const;

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

/** The token's negative log-probability, the gradient reaching the readout r, and the output terms. */
export interface ReadoutGrad {
  readonly nll: number;
  /** ∂loss/∂z = w (p − onehot(y)), the pre-softmax gradient. Shape: V. */
  readonly dz: Vec;
  readonly dr: Vec;
  readonly terms: readonly GradTerm[];
}

/**
 * −log softmax(logits)_y, computed as −logSoftmax(logits)_y (stable), and its gradients scaled by
 * `weight` (the loss's 1 / count): ∂z = w (p − onehot(y)); ∂W_out += ∂z rᵀ, ∂b_out += ∂z, ∂r = W_outᵀ ∂z.
 */
export function readoutBackward(output: Params, r: ReadonlyVec, logits: ReadonlyVec, y: number, weight: number): ReadoutGrad {
  const logp = logSoftmax(logits);
  const dz = logp.map((lp, i) => weight * (Math.exp(lp) - (i === y ? 1 : 0)));
  return {
    nll: -logp[y]!,
    dz,
    dr: sumMatTVec([[output.W_out as Mat, dz]]),
    terms: affineTerms("decoder.output", "W_out", "b_out", dz, [r]),
  };
}
