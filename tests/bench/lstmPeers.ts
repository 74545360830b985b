// The LSTM encoder of notation.md written three ways for the bench: the problem (seeded weights and
// inputs in the core's own types), the same cell in TF.js (float32, CPU backend), and a hand-fused
// Float64Array loop that keeps only h and C. Gate order f, i, o, C; state columns first.

import * as tf from "@tensorflow/tfjs-core";
import "@tensorflow/tfjs-backend-cpu";
import type { EncoderSpec, Params } from "../../src/core/model.ts";
import type { Mat, Vec } from "../../src/core/tensor.ts";
import type { SourceToken } from "../../src/core/trace.ts";
import { createRng } from "../../src/core/rng.ts";

const GATES = ["f", "i", "o", "C"] as const;

/** One encoder problem: an LSTM of width n over T inputs of width d. */
export interface LstmProblem {
  readonly n: number;
  readonly d: number;
  readonly enc: EncoderSpec;
  readonly xs: readonly Vec[];
  readonly tokens: readonly SourceToken[];
}

/** Seeded weights W_k ~ U(−l, l), l = √(6 / (n + d + n)), biases U(−0.1, 0.1), inputs N(0, 1). */
export function lstmProblem(n: number, d: number, T: number, seed: number): LstmProblem {
  const rng = createRng(seed);
  const limit = Math.sqrt(6 / (2 * n + d));
  const weights: Record<string, Mat | Vec> = {};
  for (const k of GATES) {
    const data = new Float64Array(n * (n + d));
    for (let j = 0; j < data.length; j++) data[j] = (2 * rng.next() - 1) * limit;
    weights[`W_${k}`] = { rows: n, cols: n + d, data };
    const b = new Float64Array(n);
    for (let j = 0; j < n; j++) b[j] = (2 * rng.next() - 1) * 0.1;
    weights[`b_${k}`] = b;
  }
  const xs: Vec[] = [];
  const tokens: SourceToken[] = [];
  for (let t = 0; t < T; t++) {
    const x = new Float64Array(d);
    for (let j = 0; j < d; j++) x[j] = rng.normal();
    xs.push(x);
    tokens.push({ text: `w${t + 1}`, token: `w${t + 1}`, id: t + 3, unknown: false });
  }
  const enc: EncoderSpec = { cell: "lstm", hidden: n, bidirectional: false, context: "last", weights: weights as Params };
  return { n, d, enc, xs, tokens };
}

/** [W_f; W_i; W_o; W_C] and [b_f; b_i; b_o; b_C]. Shapes: 4n × (n + d), 4n. */
function stacked(p: LstmProblem): { W: Float64Array; b: Float64Array } {
  const { n, d } = p;
  const W = new Float64Array(4 * n * (n + d));
  const b = new Float64Array(4 * n);
  GATES.forEach((k, g) => {
    W.set((p.enc.weights[`W_${k}`] as Mat).data, g * n * (n + d));
    b.set(p.enc.weights[`b_${k}`] as Vec, g * n);
  });
  return { W, b };
}

/** What one TF.js run hands back: per step f, i, o, C̃, C, h as float32 arrays. */
export type TfTrace = Float32Array[][];

/** The CPU backend; its one-time hint to install tfjs-node is silenced, since this bench measures the
 * pure-JS backend on purpose (it is what a browser falls back to without WebGL or WASM). */
export async function useTfCpu(): Promise<void> {
  await tf.setBackend("cpu");
  await tf.ready();
  const warn = console.warn;
  console.warn = () => {};
  try {
    tf.zeros([1]).dispose();
  } finally {
    console.warn = warn;
  }
}

/**
 * The encoder as a TF.js user writes it (the layout tf.layers' LSTM cell uses): one kernel
 * K = [W_f; W_i; W_o; W_C]ᵀ of shape (n + d) × 4n, z = [h; x]ᵀ K + b, split into the four gates.
 * Every step's tensors are kept through tf.tidy and read back with dataSync(), then disposed.
 */
export function tfLstm(p: LstmProblem): { run: () => TfTrace; dispose: () => void } {
  const { n, d } = p;
  const { W, b } = stacked(p);
  const K = tf.tidy(() => tf.transpose(tf.tensor2d(Float32Array.from(W), [4 * n, n + d])));
  const bias = tf.tensor2d(Float32Array.from(b), [1, 4 * n]);
  const xs = p.xs.map((x) => tf.tensor2d(Float32Array.from(x), [1, d]));
  const run = (): TfTrace => {
    const kept = tf.tidy(() => {
      let h: tf.Tensor2D = tf.zeros([1, n]);
      let C: tf.Tensor2D = tf.zeros([1, n]);
      const out: tf.Tensor2D[] = [];
      for (const x of xs) {
        const z = tf.add(tf.matMul(tf.concat([h, x], 1), K), bias);
        const [zf, zi, zo, zc] = tf.split(z, 4, 1) as tf.Tensor2D[];
        const f = tf.sigmoid(zf!);
        const i = tf.sigmoid(zi!);
        const o = tf.sigmoid(zo!);
        const g = tf.tanh(zc!);
        C = tf.add(tf.mul(f, C), tf.mul(i, g));
        h = tf.mul(o, tf.tanh(C));
        out.push(f, i, o, g, C, h);
      }
      return out;
    });
    const trace: TfTrace = [];
    for (let s = 0; s < kept.length; s += 6) trace.push(kept.slice(s, s + 6).map((t) => t.dataSync() as Float32Array));
    tf.dispose(kept);
    return trace;
  };
  return { run, dispose: () => tf.dispose([K, bias, ...xs]) };
}

/** The number of tensors TF.js holds; a leak in the timed loop would show here. */
export function tfTensorCount(): number {
  return tf.memory().numTensors;
}

function sigmoid(x: number): number {
  if (x >= 0) return 1 / (1 + Math.exp(-x));
  const e = Math.exp(x);
  return e / (1 + e);
}

/**
 * The fastest plain JS we found: per step, one pass over [h; x] per unit k fills the four gate sums
 * of that unit at once (four independent sums, one stacked weight array), then the element-wise
 * update in place. Keeps only h and C in preallocated buffers. Returns h_T (its own buffer,
 * overwritten by the next call). Two units at a time (eight sums) measured within noise of this.
 */
export function fusedLstm(p: LstmProblem): () => Float64Array {
  const { n, d } = p;
  const { W, b } = stacked(p);
  const h = new Float64Array(n);
  const C = new Float64Array(n);
  const z = new Float64Array(4 * n);
  return () => fusedRun(W, b, n, d, p.xs, h, C, z);
}

// A top-level function taking its buffers, not a closure over them: closures from one site share
// their optimised code, and V8 compiled a worse one after the closure had run at several widths.
function fusedRun(W: Float64Array, b: Float64Array, n: number, d: number, xs: readonly Vec[], h: Float64Array, C: Float64Array, z: Float64Array): Float64Array {
  const cols = n + d;
  const G = n * cols;
  h.fill(0);
  C.fill(0);
  for (let t = 0; t < xs.length; t++) {
    const x = xs[t]!;
    for (let k = 0; k < n; k++) {
      const o = k * cols;
      let sf = b[k]!;
      let si = b[n + k]!;
      let so = b[2 * n + k]!;
      let sc = b[3 * n + k]!;
      for (let j = 0; j < n; j++) {
        const v = h[j]!;
        sf += W[o + j]! * v;
        si += W[G + o + j]! * v;
        so += W[2 * G + o + j]! * v;
        sc += W[3 * G + o + j]! * v;
      }
      for (let j = 0; j < d; j++) {
        const v = x[j]!;
        const q = o + n + j;
        sf += W[q]! * v;
        si += W[G + q]! * v;
        so += W[2 * G + q]! * v;
        sc += W[3 * G + q]! * v;
      }
      z[k] = sf;
      z[n + k] = si;
      z[2 * n + k] = so;
      z[3 * n + k] = sc;
    }
    for (let k = 0; k < n; k++) {
      const c = sigmoid(z[k]!) * C[k]! + sigmoid(z[n + k]!) * Math.tanh(z[3 * n + k]!);
      C[k] = c;
      h[k] = sigmoid(z[2 * n + k]!) * Math.tanh(c);
    }
  }
  return h;
}
