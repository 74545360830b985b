// Activations and distributions, stable for every finite float64 input (up to ±1e308) and for ±∞.
// σ(x) = 1 / (1 + e^{−x});  softmax(z)_i = e^{z_i − max z} / Σ_j e^{z_j − max z}.
// Shapes: element-wise functions keep the shape; softmax and logSoftmax map n → n.

import type { ReadonlyVec, Vec } from "./tensor.ts";

/** σ(x), written so that e^x never overflows: exact for |x| up to 1e308. */
export function sigmoid(x: number): number {
  if (x >= 0) return 1 / (1 + Math.exp(-x));
  const e = Math.exp(x);
  return e / (1 + e);
}

/** tanh(x); Math.tanh is already exact and saturates to ±1 without overflow. */
export const tanh: (x: number) => number = Math.tanh;

/** Element-wise σ. Shape: n → n. */
export function sigmoidVec(v: ReadonlyVec): Vec {
  const out = new Float64Array(v.length);
  for (let i = 0; i < v.length; i++) out[i] = sigmoid(v[i]!);
  return out;
}

/** Element-wise tanh. Shape: n → n. */
export function tanhVec(v: ReadonlyVec): Vec {
  const out = new Float64Array(v.length);
  for (let i = 0; i < v.length; i++) out[i] = Math.tanh(v[i]!);
  return out;
}

/** The largest entry, or −∞ for an empty vector. */
export function max(v: ReadonlyVec): number {
  let m = -Infinity;
  for (let i = 0; i < v.length; i++) if (v[i]! > m) m = v[i]!;
  return m;
}

/**
 * softmax(z). Subtracting max z keeps every exponent ≤ 0, so nothing overflows. Entries equal to
 * +∞ share all the mass; −∞ entries (masked positions) get exactly 0. Shape: n → n.
 */
export function softmax(z: ReadonlyVec): Vec {
  const n = z.length;
  const out = new Float64Array(n);
  const m = max(z);
  if (m === Infinity) {
    let k = 0;
    for (let i = 0; i < n; i++) if (z[i] === Infinity) k++;
    for (let i = 0; i < n; i++) out[i] = z[i] === Infinity ? 1 / k : 0;
    return out;
  }
  if (m === -Infinity) throw new RangeError("softmax of a vector whose every entry is −∞ (all masked) is undefined");
  let sum = 0;
  for (let i = 0; i < n; i++) {
    // z_i − m can overflow to −∞ when z_i = −1e308 and m = 1e308; e^{−∞} = 0 is then exact.
    const e = Math.exp(z[i]! - m);
    out[i] = e;
    sum += e;
  }
  for (let i = 0; i < n; i++) out[i]! /= sum;
  return out;
}

/**
 * log softmax(z) = z − max z − log Σ e^{z − max z}. Where the exact value lies beyond float64
 * (z_i − max z < −1.8e308), the nearest finite double, −Number.MAX_VALUE, stands in. Shape: n → n.
 */
export function logSoftmax(z: ReadonlyVec): Vec {
  const n = z.length;
  const out = new Float64Array(n);
  const m = max(z);
  if (!Number.isFinite(m)) {
    const p = softmax(z);
    for (let i = 0; i < n; i++) out[i] = p[i]! > 0 ? Math.log(p[i]!) : -Number.MAX_VALUE;
    return out;
  }
  let sum = 0;
  for (let i = 0; i < n; i++) sum += Math.exp(z[i]! - m);
  const lse = Math.log(sum);
  for (let i = 0; i < n; i++) {
    const d = z[i]! - m;
    out[i] = Number.isFinite(d) ? d - lse : -Number.MAX_VALUE;
  }
  return out;
}

/** The index of the largest entry; the first one on ties. */
export function argmax(v: ReadonlyVec): number {
  let best = 0;
  for (let i = 1; i < v.length; i++) if (v[i]! > v[best]!) best = i;
  return best;
}
