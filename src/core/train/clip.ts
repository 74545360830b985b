// Gradient-norm clipping (Pascanu et al. 2013): with ‖g‖ = √(Σ over every parameter entry of g²),
// g ← g · min(1, maxNorm / ‖g‖), so one exploding step through time cannot throw the weights away.
// Shapes: grads by path, unchanged.

import type { Grads } from "../grad/terms.ts";

/** ‖g‖₂ over every entry of every parameter. */
export function gradNorm(grads: Grads): number {
  let s = 0;
  for (const g of Object.values(grads)) for (let i = 0; i < g.length; i++) s += g[i]! * g[i]!;
  return Math.sqrt(s);
}

/** The gradients rescaled to norm ≤ maxNorm (new arrays), with the norm before clipping. */
export function clipGradients(grads: Grads, maxNorm: number): { grads: Grads; norm: number; clipped: boolean } {
  if (!(maxNorm > 0)) throw new RangeError(`maxNorm: expected a number > 0, got ${maxNorm}`);
  const norm = gradNorm(grads);
  const clipped = norm > maxNorm;
  const k = clipped ? maxNorm / norm : 1;
  const out: Record<string, Float64Array> = {};
  for (const [path, g] of Object.entries(grads)) out[path] = g.map((x) => x * k);
  return { grads: out, norm, clipped };
}
