// Seeded shuffling: epoch e of a run with seed s visits the pairs in a Fisher–Yates permutation drawn
// from createRng(mix(s, e)), so any epoch's order can be recomputed from plain numbers (a worker can
// pause and resume) and the same seed gives the same order on every platform.

import { createRng } from "../rng.ts";

/** One 32-bit seed from a run's seed and an epoch number. */
export function epochSeed(seed: number, epoch: number): number {
  return (Math.imul(seed | 0, 0x9e3779b1) ^ Math.imul(epoch + 1, 0x85ebca6b)) >>> 0;
}

/** A permutation of 0..n−1 for this seed and epoch. Shape: n. */
export function permutation(n: number, seed: number, epoch: number): number[] {
  const rng = createRng(epochSeed(seed, epoch));
  const order = Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(rng.next() * (i + 1));
    const t = order[i]!;
    order[i] = order[j]!;
    order[j] = t;
  }
  return order;
}

/** Batch `index` of epoch `epoch`: consecutive slices of the permutation, the last one shorter. */
export function batchAt<T>(items: readonly T[], batchSize: number, seed: number, epoch: number, index: number): T[] {
  if (!(Number.isInteger(batchSize) && batchSize >= 1)) throw new RangeError(`batchSize: expected a positive integer, got ${batchSize}`);
  return permutation(items.length, seed, epoch)
    .slice(index * batchSize, (index + 1) * batchSize)
    .map((i) => items[i]!);
}

/** How many batches an epoch of n items has. */
export function batchesPerEpoch(n: number, batchSize: number): number {
  return Math.ceil(n / batchSize);
}
