// The trace as JSON text, as `npm run trace` prints it and the app exports it: Float64Arrays as plain
// arrays, object keys sorted so the output is stable whatever order the core builds its records in,
// number arrays on one line. Pure (no DOM, no Node), so the page and the scripts share it.
// JSON has no NaN or ±∞: a trace whose numbers overflowed (src/core/overflow.ts) writes them as the
// strings "NaN", "Infinity" and "-Infinity" (docs/core.md), which JavaScript's Number() reads back.

import type { Trace } from "../core/trace.ts";
import { formatJson } from "./stringify.ts";

const jsonNumber = (x: number): number | string => (Number.isFinite(x) ? x : String(x));

/** A plain JSON value: typed arrays become arrays, object keys sorted, undefined fields dropped, NaN and ±∞ written as strings. */
export function toPlainJson(value: unknown): unknown {
  if (ArrayBuffer.isView(value) && !(value instanceof DataView)) return Array.from(value as unknown as ArrayLike<number>, jsonNumber);
  if (typeof value === "number") return jsonNumber(value);
  if (Array.isArray(value)) return value.map(toPlainJson);
  if (value !== null && typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) {
      const v = (value as Record<string, unknown>)[key];
      if (v !== undefined) out[key] = toPlainJson(v);
    }
    return out;
  }
  return value;
}

/** The trace as JSON text: number arrays on one line, ending in a newline. */
export function traceJson(trace: Trace): string {
  return formatJson(toPlainJson(trace));
}
