// Truncated sampling distributions: top-k keeps the k most likely tokens, nucleus (top-p) keeps the
// smallest set of most likely tokens whose mass reaches P (Holtzman et al. 2019); each renormalises what
// it keeps, p̃_k = p_k / Σ_{j ∈ S} p_j for k ∈ S, else 0. Ties rank the lower token id first, so the set
// is a function of p alone. Shapes: V → V.

import type { ReadonlyVec, Vec } from "./tensor.ts";

/** Token ids by p descending; equal p: lower id first. */
export function rankTokens(p: ReadonlyVec): number[] {
  return Array.from(p, (_, i) => i).sort((a, b) => p[b]! - p[a]! || a - b);
}

/** p restricted to the ids in `keep` and renormalised to sum 1. */
function restrict(p: ReadonlyVec, keep: readonly number[]): Vec {
  const out = new Float64Array(p.length);
  let mass = 0;
  for (const i of keep) mass += p[i]!;
  for (const i of keep) out[i] = p[i]! / mass;
  return out;
}

/** The ids top-k keeps: the k highest p. Throws a RangeError unless k is a whole number ≥ 1. */
export function topKSet(p: ReadonlyVec, k: number): number[] {
  if (!Number.isInteger(k) || k < 1) throw new RangeError(`top-k: expected a whole number ≥ 1, got ${k}`);
  return rankTokens(p).slice(0, k);
}

/**
 * The ids nucleus sampling keeps: the shortest prefix of the ranking whose mass is at least P
 * (P = 1 keeps every token). Throws a RangeError unless 0 < P ≤ 1.
 */
export function topPSet(p: ReadonlyVec, P: number): number[] {
  if (!(P > 0 && P <= 1)) throw new RangeError(`top-p: expected a number in (0, 1], got ${P}`);
  const ranked = rankTokens(p);
  if (P === 1) return ranked;
  let mass = 0;
  for (let n = 0; n < ranked.length; n++) {
    mass += p[ranked[n]!]!;
    if (mass >= P) return ranked.slice(0, n + 1);
  }
  // Rounding left Σp a hair under P: every token is needed.
  return ranked;
}

/** The top-k distribution. Shape: V → V. */
export function topK(p: ReadonlyVec, k: number): Vec {
  return restrict(p, topKSet(p, k));
}

/** The nucleus (top-p) distribution. Shape: V → V. */
export function topP(p: ReadonlyVec, P: number): Vec {
  return restrict(p, topPSet(p, P));
}
