// How the gradient widget writes a norm: ∞ and NaN as such (never a crash, never a blank), small and
// large numbers in e-notation, and a ratio as its nearest power of ten.

import { tenTo } from "../i18n/gradients.ts";

export { tenTo };

/** 0.29, 1.1, 450; 3.1e-9, 1.5e+7; ∞, −∞, NaN. */
export function formatNorm(x: number): string {
  if (Number.isNaN(x)) return "NaN";
  if (x === Infinity) return "∞";
  if (x === -Infinity) return "−∞";
  if (x === 0) return "0";
  const a = Math.abs(x);
  return a >= 0.01 && a < 1000 ? String(Number(x.toPrecision(2))) : x.toExponential(1);
}

/** A positive finite ratio's nearest power of ten (its exponent); null for 0, ∞ or NaN. */
export function decadesOf(ratio: number): number | null {
  return Number.isFinite(ratio) && ratio > 0 ? Math.round(Math.log10(ratio)) + 0 : null;
}

/** Whether a norm can be drawn on a log axis. */
export function drawable(x: number): boolean {
  return Number.isFinite(x) && x > 0;
}
