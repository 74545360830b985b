// Small numbers for exercises, drawn from the core's seeded generator: entries in [−1, 1] with one
// decimal, so a reader can compute by hand; gate-like values in (0, 1) with two decimals.

import type { Rng } from "../core/rng.ts";

/** An integer in lo..hi (inclusive). */
export function int(rng: Rng, lo: number, hi: number): number {
  return lo + Math.floor(rng.next() * (hi - lo + 1));
}

/** One of the given items. */
export function pick<T>(rng: Rng, items: readonly T[]): T {
  return items[int(rng, 0, items.length - 1)]!;
}

/** A number in [−1, 1] with one decimal (never −0). */
export function small(rng: Rng): number {
  return Math.round((rng.next() * 2 - 1) * 10) / 10 + 0;
}

/** A number in [0.05, 0.95] with two decimals. */
export function unit(rng: Rng): number {
  return Math.round((0.05 + rng.next() * 0.9) * 100) / 100;
}

export function vecOf(rng: Rng, n: number, entry: (rng: Rng) => number = small): number[] {
  return Array.from({ length: n }, () => entry(rng));
}

export function matOf(rng: Rng, rows: number, cols: number): number[][] {
  return Array.from({ length: rows }, () => vecOf(rng, cols));
}

/** The transpose of nested rows. */
export function transpose(m: readonly (readonly number[])[]): number[][] {
  return m[0]!.map((_, j) => m.map((row) => row[j]!));
}

/** Rows side by side: [A | B]. */
export function sideBySide(a: readonly (readonly number[])[], b: readonly (readonly number[])[]): number[][] {
  return a.map((row, i) => [...row, ...b[i]!]);
}
