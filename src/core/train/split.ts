// The held-out split of own data: a seeded Fisher–Yates shuffle picks which pairs are held out, and
// both splits keep the file's order. Same seed and count ⇒ same split, on every platform (rng.ts).

import { createRng } from "../rng.ts";

/** The share of pairs held out (at least one). */
export const HELD_OUT_SHARE = 0.1;

/** Indices 0 … n−1 split into training and held-out, each ascending. Needs n ≥ 2. */
export function heldOutSplit(n: number, seed: number, share = HELD_OUT_SHARE): { train: number[]; heldOut: number[] } {
  if (!Number.isInteger(n) || n < 2) throw new RangeError(`heldOutSplit: expected at least 2 pairs, got ${n}`);
  const order = Array.from({ length: n }, (_, i) => i);
  const rng = createRng(seed);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(rng.next() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  const count = Math.min(n - 1, Math.max(1, Math.round(n * share)));
  const held = new Set(order.slice(0, count));
  const train: number[] = [];
  const heldOut: number[] = [];
  for (let i = 0; i < n; i++) (held.has(i) ? heldOut : train).push(i);
  return { train, heldOut };
}
