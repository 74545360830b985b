// How the gradient widget writes a norm: ∞ and NaN as such (never a crash, never a blank), small and
// large numbers in e-notation, and a ratio as the nearest power of ten in superscript digits.

const SUPERSCRIPTS: Readonly<Record<string, string>> = { "-": "⁻", "0": "⁰", "1": "¹", "2": "²", "3": "³", "4": "⁴", "5": "⁵", "6": "⁶", "7": "⁷", "8": "⁸", "9": "⁹" };

/** 0.29, 1.1, 450; 3.1e-9, 1.5e+7; ∞, −∞, NaN. */
export function formatNorm(x: number): string {
  if (Number.isNaN(x)) return "NaN";
  if (x === Infinity) return "∞";
  if (x === -Infinity) return "−∞";
  if (x === 0) return "0";
  const a = Math.abs(x);
  return a >= 0.01 && a < 1000 ? String(Number(x.toPrecision(2))) : x.toExponential(1);
}

/** 10 to a whole power in superscript digits: tenTo(-7) = "10⁻⁷". */
export function tenTo(exponent: number): string {
  return `10${String(exponent).replace(/[-\d]/gu, (c) => SUPERSCRIPTS[c]!)}`;
}

/** A positive finite ratio as the nearest power of ten ("10⁻⁷"); null for 0, ∞ or NaN. */
export function decadesOf(ratio: number): string | null {
  return Number.isFinite(ratio) && ratio > 0 ? tenTo(Math.round(Math.log10(ratio))) : null;
}

/** Whether a norm can be drawn on a log axis. */
export function drawable(x: number): boolean {
  return Number.isFinite(x) && x > 0;
}
