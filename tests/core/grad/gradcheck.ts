// Shared by the gradient tests: the numerical derivative every analytic gradient is checked against,
// the relative error |a − n| / max(1e-8, |a| + |n|), and small random models with every weight drawn
// from N(0, 0.5²) (biases included, so no gradient is checked only at a symmetric zero).

import { createModel, type ModelConfig } from "../../../src/core/init.ts";
import { createRng, type Rng } from "../../../src/core/rng.ts";
import type { Seq2SeqModel } from "../../../src/core/model.ts";
import { paramValues, withParams } from "../../../src/core/train/params.ts";

/**
 * f′(0) by the eighth-order central difference
 * [672(f(h) − f(−h)) − 168(f(2h) − f(−2h)) + 32(f(3h) − f(−3h)) − 3(f(4h) − f(−4h))] / 840h.
 * With h = 0.02 both its truncation error (∝ h⁸) and its rounding error (∝ ε·|f| / h) stay near
 * 1e-14, where a two-point difference at h = 1e-5 carries ≈ 1e-11 of rounding error: too much for
 * a 1e-6 relative tolerance on gradients of 1e-6 and below, which attention and gates produce.
 */
export function centralDifference(f: (delta: number) => number, h = 0.02): number {
  const d = (k: number): number => f(k * h) - f(-k * h);
  return (672 * d(1) - 168 * d(2) + 32 * d(3) - 3 * d(4)) / (840 * h);
}

/** |a − n| / max(1e-8, |a| + |n|). */
export function relativeError(a: number, n: number): number {
  return Math.abs(a - n) / Math.max(1e-8, Math.abs(a) + Math.abs(n));
}

/** `count` distinct indices below `size` (all of them when size ≤ count), drawn with `rng`. */
export function sampleIndices(size: number, count: number, rng: Rng): number[] {
  const all = Array.from({ length: size }, (_, i) => i);
  if (size <= count) return all;
  for (let i = size - 1; i > 0; i--) {
    const j = Math.floor(rng.next() * (i + 1));
    [all[i], all[j]] = [all[j]!, all[i]!];
  }
  return all.slice(0, count).sort((a, b) => a - b);
}

/** The largest relative error over the checked entries, and where it is. */
export interface CheckResult {
  worst: number;
  where: string;
  checked: number;
}

/**
 * Compares analytic gradients (by path, flat) with central differences of `loss` at `model`,
 * over at most `perParam` seeded entries of each parameter.
 */
export function checkGradients(model: Seq2SeqModel, grads: Readonly<Record<string, Float64Array>>, loss: (m: Seq2SeqModel) => number, perParam: number, seed = 11): CheckResult {
  const values = paramValues(model);
  const rng = createRng(seed);
  const result: CheckResult = { worst: 0, where: "", checked: 0 };
  for (const [path, g] of Object.entries(grads)) {
    for (const i of sampleIndices(g.length, perParam, rng)) {
      const n = centralDifference((delta) => {
        const moved = values[path]!.slice();
        moved[i]! += delta;
        return loss(withParams(model, { ...values, [path]: moved }));
      });
      const err = relativeError(g[i]!, n);
      result.checked++;
      if (err > result.worst) Object.assign(result, { worst: err, where: `${path}[${i}]: analytic ${g[i]}, numerical ${n}` });
    }
  }
  return result;
}

export const TINY_VOCAB = ["<sos>", "<eos>", "<unk>", "a", "b", "c"];

/** A small model for `config` (vocabularies and widths filled in) with every parameter ~ N(0, 0.5²). */
export function randomModel(config: Pick<ModelConfig, "encoder" | "decoder"> & Partial<ModelConfig>, seed = 7): Seq2SeqModel {
  const base = createModel({ name: "check", sourceVocab: TINY_VOCAB, targetVocab: TINY_VOCAB, d_x: 2, d_y: 2, ...config }, createRng(seed));
  const rng = createRng(seed + 1);
  const values = paramValues(base);
  for (const path of Object.keys(values)) values[path] = values[path]!.map(() => 0.5 * rng.normal());
  return withParams(base, values);
}

/** Two pairs of different lengths over TINY_VOCAB: every decoder step and both stopping points run. */
export const PAIRS = [
  { source: [3, 4, 5], target: [4, 3] },
  { source: [5, 3], target: [3, 5, 4] },
];
