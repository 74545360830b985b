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

/** The parameter groups whose gradient norms the training page charts, in the order data flows. */
export const PARAM_GROUPS = ["embeddings", "encoder", "attention", "decoder", "output"] as const;
export type ParamGroup = (typeof PARAM_GROUPS)[number];

/** A parameter path's group: the embedding tables, the encoder, the decoder's attention, its cell, its output layer. */
export function paramGroup(path: string): ParamGroup {
  if (path.endsWith(".embeddings")) return "embeddings";
  if (path.startsWith("encoder.")) return "encoder";
  if (path.startsWith("decoder.attention.")) return "attention";
  if (path.startsWith("decoder.output.") || path.startsWith("output.")) return "output";
  return "decoder";
}

/** ‖g‖₂ of each group's gradients (0 for a group the model does not have); Σ of their squares is gradNorm(g)². */
export function groupNorms(grads: Grads): Record<ParamGroup, number> {
  const squares: Record<ParamGroup, number> = { embeddings: 0, encoder: 0, attention: 0, decoder: 0, output: 0 };
  for (const [path, g] of Object.entries(grads)) {
    let s = 0;
    for (let i = 0; i < g.length; i++) s += g[i]! * g[i]!;
    squares[paramGroup(path)] += s;
  }
  return { embeddings: Math.sqrt(squares.embeddings), encoder: Math.sqrt(squares.encoder), attention: Math.sqrt(squares.attention), decoder: Math.sqrt(squares.decoder), output: Math.sqrt(squares.output) };
}
