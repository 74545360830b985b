// Where a forward pass's numbers leave the finite range. float64 tops out near 1.8e308: weights that
// are finite (1e308) can still make a product or a sum overflow to ±∞, and ∞ − ∞ is NaN. Everything
// computed from such a value is meaningless, so a reader and a script must learn where it happened.

import { traceEntries, type TraceEntry } from "./entries.ts";
import type { Trace } from "./trace.ts";

export interface Overflow {
  /** The first entry (in reading order, entries.ts) that holds NaN or ±∞. */
  readonly entry: TraceEntry;
  /** The position of the first such number in the entry's value. */
  readonly index: number;
  /** That number: NaN, Infinity or -Infinity. */
  readonly value: number;
}

/** The first number of the trace that is not finite, or null when every number is. */
export function firstNonFinite(trace: Trace): Overflow | null {
  for (const entry of traceEntries(trace)) {
    const v = entry.value;
    for (let i = 0; i < v.length; i++) {
      const x = v[i]!;
      if (!Number.isFinite(x)) return { entry, index: i, value: x };
    }
  }
  return null;
}
