// Parameter updates as pure functions over plain data (a Web Worker can post them): SGD with
// momentum, v ← μ v + g, θ ← θ − η v (the PyTorch form); Adam (Kingma & Ba 2015), m ← β₁m + (1−β₁)g,
// v ← β₂v + (1−β₂)g², θ ← θ − η m̂ / (√v̂ + ε) with m̂ = m / (1−β₁ᵗ), v̂ = v / (1−β₂ᵗ).

import type { Grads } from "../grad/terms.ts";

export interface SgdConfig {
  readonly kind: "sgd";
  readonly learningRate: number;
  /** μ in [0, 1); 0 is plain gradient descent. */
  readonly momentum: number;
}

export interface AdamConfig {
  readonly kind: "adam";
  readonly learningRate: number;
  readonly beta1: number;
  readonly beta2: number;
  readonly epsilon: number;
}

export type OptimizerConfig = SgdConfig | AdamConfig;

/** Adam with the paper's defaults β₁ = 0.9, β₂ = 0.999, ε = 1e-8. */
export function adam(learningRate: number): AdamConfig {
  return { kind: "adam", learningRate, beta1: 0.9, beta2: 0.999, epsilon: 1e-8 };
}

/** The optimiser's memory: t updates so far, and per path the first (and for Adam second) moments. */
export interface OptimizerState {
  readonly config: OptimizerConfig;
  readonly t: number;
  readonly m: Readonly<Record<string, Float64Array>>;
  /** Adam only. */
  readonly v?: Readonly<Record<string, Float64Array>>;
}

function zerosLike(params: Readonly<Record<string, Float64Array>>): Record<string, Float64Array> {
  return Object.fromEntries(Object.entries(params).map(([k, p]) => [k, new Float64Array(p.length)]));
}

/** A fresh state for parameters shaped like `params` (by path). */
export function initOptimizer(config: OptimizerConfig, params: Readonly<Record<string, Float64Array>>): OptimizerState {
  if (!(config.learningRate > 0)) throw new RangeError(`learningRate: expected a number > 0, got ${config.learningRate}`);
  return config.kind === "adam" ? { config, t: 0, m: zerosLike(params), v: zerosLike(params) } : { config, t: 0, m: zerosLike(params) };
}

/**
 * One update: new parameters and a new state, both fresh arrays; the inputs are not changed.
 * Shapes: params, grads and the state's moments share paths and lengths.
 */
export function optimizerStep(params: Readonly<Record<string, Float64Array>>, grads: Grads, state: OptimizerState): { params: Record<string, Float64Array>; state: OptimizerState } {
  const c = state.config;
  const t = state.t + 1;
  const out: Record<string, Float64Array> = {};
  const m: Record<string, Float64Array> = {};
  const v: Record<string, Float64Array> = {};
  for (const [path, theta] of Object.entries(params)) {
    const g = grads[path];
    const m0 = state.m[path];
    if (g === undefined || m0 === undefined || g.length !== theta.length) throw new RangeError(`${path}: no gradient or optimiser state of length ${theta.length}`);
    const next = theta.slice();
    const mt = new Float64Array(theta.length);
    if (c.kind === "sgd") {
      for (let i = 0; i < next.length; i++) {
        mt[i] = c.momentum * m0[i]! + g[i]!;
        next[i]! -= c.learningRate * mt[i]!;
      }
    } else {
      const v0 = state.v![path]!;
      const vt = new Float64Array(theta.length);
      const bc1 = 1 - c.beta1 ** t;
      const bc2 = 1 - c.beta2 ** t;
      for (let i = 0; i < next.length; i++) {
        mt[i] = c.beta1 * m0[i]! + (1 - c.beta1) * g[i]!;
        vt[i] = c.beta2 * v0[i]! + (1 - c.beta2) * g[i]! * g[i]!;
        next[i]! -= (c.learningRate * (mt[i]! / bc1)) / (Math.sqrt(vt[i]! / bc2) + c.epsilon);
      }
      v[path] = vt;
    }
    out[path] = next;
    m[path] = mt;
  }
  return { params: out, state: c.kind === "adam" ? { config: c, t, m, v } : { config: c, t, m } };
}
