// Layer normalisation of each token (each row) over its d_model features, and its gradient:
// LayerNorm(x) = γ ⊙ (x − μ) / √(σ² + ε) + β, μ = mean(x), σ² = mean((x − μ)²), ε = 1e-5.
// Source: Ba et al. 2016, as used after every sublayer in Vaswani et al. 2017 (seed 004's layers).

import type { Mat, Vec } from "../tensor.ts";
import { maxAbs } from "./matrix.ts";
import { LAYER_NORM_EPSILON, type LayerNormParams } from "./types.ts";

/** Shapes: x, xhat, output T × d; mean, variance T (one per token); gamma, beta d. */
export interface LayerNormRecord {
  readonly formula: "tf.layernorm";
  readonly x: Mat;
  /** μ_t per row. */
  readonly mean: Vec;
  /** σ²_t per row (biased: divided by d). +∞ only when it exceeds float64, for |x| near 1e300. */
  readonly variance: Vec;
  readonly epsilon: number;
  /** (x − μ) / √(σ² + ε). */
  readonly xhat: Mat;
  readonly gamma: Vec;
  readonly beta: Vec;
  readonly output: Mat;
}

interface RowStats {
  readonly mean: number;
  readonly variance: number;
  /** 1 / √(σ² + ε), exact even when σ² itself overflows. */
  readonly invStd: number;
}

/** μ, σ² and 1/√(σ² + ε) of a row; rescaled by max|x| when (x − μ)² overflows. */
function rowStats(x: ArrayLike<number>, epsilon: number): RowStats {
  const d = x.length;
  let mu = 0;
  for (let j = 0; j < d; j++) mu += x[j]!;
  mu /= d;
  let v = 0;
  for (let j = 0; j < d; j++) v += (x[j]! - mu) * (x[j]! - mu);
  v /= d;
  if (Number.isFinite(mu) && Number.isFinite(v)) return { mean: mu, variance: v, invStd: 1 / Math.sqrt(v + epsilon) };
  // The normalised row is unchanged by x → x / s; ε / s² stands in for ε (it may underflow to 0).
  const s = maxAbs(x);
  let m = 0;
  for (let j = 0; j < d; j++) m += x[j]! / s;
  m /= d;
  let w = 0;
  for (let j = 0; j < d; j++) w += (x[j]! / s - m) * (x[j]! / s - m);
  w /= d;
  return { mean: m * s, variance: w * s * s, invStd: 1 / (s * Math.sqrt(w + epsilon / (s * s))) };
}

/** LayerNorm of every row. Shape: T × d → T × d. */
export function layerNorm(x: Mat, p: LayerNormParams, epsilon = LAYER_NORM_EPSILON): LayerNormRecord {
  const { rows, cols } = x;
  const mean = new Float64Array(rows);
  const variance = new Float64Array(rows);
  const xhat = new Float64Array(x.data.length);
  const out = new Float64Array(x.data.length);
  for (let i = 0; i < rows; i++) {
    const r = x.data.subarray(i * cols, (i + 1) * cols);
    const st = rowStats(r, epsilon);
    mean[i] = st.mean;
    variance[i] = st.variance;
    for (let j = 0; j < cols; j++) {
      // (x − μ)·(1/σ) would overflow before it shrinks when x ≈ 1e300, so scale each factor first.
      const xh = Number.isFinite(r[j]! - st.mean) ? (r[j]! - st.mean) * st.invStd : r[j]! * st.invStd - st.mean * st.invStd;
      xhat[i * cols + j] = xh;
      out[i * cols + j] = p.gamma[j]! * xh + p.beta[j]!;
    }
  }
  return {
    formula: "tf.layernorm",
    x,
    mean,
    variance,
    epsilon,
    xhat: { rows, cols, data: xhat },
    gamma: p.gamma,
    beta: p.beta,
    output: { rows, cols, data: out },
  };
}

/**
 * Backward of LayerNorm, given ∂loss/∂output: dγ = Σ_t dy ⊙ x̂, dβ = Σ_t dy, and per row with
 * g = dy ⊙ γ: dx = (g − mean(g) − x̂ · mean(g ⊙ x̂)) / √(σ² + ε).
 */
export function layerNormBackward(rec: LayerNormRecord, dOutput: Mat): { dx: Mat; dgamma: Vec; dbeta: Vec } {
  const { rows, cols } = rec.x;
  const dx = new Float64Array(rec.x.data.length);
  const dgamma = new Float64Array(cols);
  const dbeta = new Float64Array(cols);
  for (let i = 0; i < rows; i++) {
    const invStd = 1 / Math.sqrt(rec.variance[i]! + rec.epsilon);
    let gMean = 0;
    let gxMean = 0;
    for (let j = 0; j < cols; j++) {
      const dy = dOutput.data[i * cols + j]!;
      const xh = rec.xhat.data[i * cols + j]!;
      dgamma[j]! += dy * xh;
      dbeta[j]! += dy;
      gMean += dy * rec.gamma[j]!;
      gxMean += dy * rec.gamma[j]! * xh;
    }
    gMean /= cols;
    gxMean /= cols;
    for (let j = 0; j < cols; j++) {
      const g = dOutput.data[i * cols + j]! * rec.gamma[j]!;
      dx[i * cols + j] = invStd * (g - gMean - rec.xhat.data[i * cols + j]! * gxMean);
    }
  }
  return { dx: { rows, cols, data: dx }, dgamma, dbeta };
}
