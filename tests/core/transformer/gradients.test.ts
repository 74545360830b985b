// Gradient checks: every hand-written backward against central differences, with relative error
// |a − n| / max(1e-8, |a| + |n|) ≤ 1e-6. Single blocks use (f(x + h) − f(x − h)) / 2h, h = 1e-5; the
// whole model uses the fourth-order central difference (see numericGradient) for its tiny entries.
import { describe, expect, it } from "vitest";
import { createRng } from "../../../src/core/rng.ts";
import type { Mat } from "../../../src/core/tensor.ts";
import { attention, attentionBackward } from "../../../src/core/transformer/attention.ts";
import { feedForward, feedForwardBackward } from "../../../src/core/transformer/ffn.ts";
import { layerNorm, layerNormBackward } from "../../../src/core/transformer/layernorm.ts";
import { multiHeadAttention, multiHeadAttentionBackward } from "../../../src/core/transformer/multihead.ts";
import { forcedPass, getTransformerParam, transformerGradients, transformerParamShapes, withTransformerParam } from "../../../src/core/transformer/index.ts";
import type { ForcedPass, TransformerModel } from "../../../src/core/transformer/index.ts";
import { randomModel } from "./helpers.ts";

const H = 1e-5;
const TOL = 1e-6;

function relErr(a: number, n: number): number {
  return Math.abs(a - n) / Math.max(1e-8, Math.abs(a) + Math.abs(n));
}

function randMat(rng: ReturnType<typeof createRng>, rows: number, cols: number, scale = 1): Mat {
  return { rows, cols, data: Float64Array.from({ length: rows * cols }, () => (2 * rng.next() - 1) * scale) };
}

/** A fixed random linear read-out of a matrix, L = Σ G ⊙ Y, so ∂L/∂Y = G. */
function readout(G: Mat): (Y: Mat) => number {
  return (Y) => Y.data.reduce((s, y, i) => s + y * G.data[i]!, 0);
}

/** The largest relative error between the analytic gradient and central differences of f at x. */
function worstError(x: Mat | Float64Array, analytic: ArrayLike<number>, f: (x: Mat | Float64Array) => number): number {
  const data = x instanceof Float64Array ? x : x.data;
  let worst = 0;
  for (let i = 0; i < data.length; i++) {
    const at = (delta: number): number => {
      const d = Float64Array.from(data);
      d[i]! += delta;
      return f(x instanceof Float64Array ? d : { rows: x.rows, cols: x.cols, data: d });
    };
    const numeric = (at(H) - at(-H)) / (2 * H);
    worst = Math.max(worst, relErr(analytic[i]!, numeric));
  }
  return worst;
}

describe("backward functions against central differences", () => {
  it("attentionBackward(rec, dO) matches central differences for Q, K, V, with and without the mask", () => {
    const rng = createRng(11);
    for (const causal of [false, true]) {
      const Q = randMat(rng, 3, 2, 2);
      const K = randMat(rng, 3, 2, 2);
      const V = randMat(rng, 3, 2, 2);
      const G = randMat(rng, 3, 2);
      const L = readout(G);
      const g = attentionBackward(attention(Q, K, V, causal), G);
      expect(worstError(Q, g.dQ.data, (q) => L(attention(q as Mat, K, V, causal).output))).toBeLessThanOrEqual(TOL);
      expect(worstError(K, g.dK.data, (k) => L(attention(Q, k as Mat, V, causal).output))).toBeLessThanOrEqual(TOL);
      expect(worstError(V, g.dV.data, (v) => L(attention(Q, K, v as Mat, causal).output))).toBeLessThanOrEqual(TOL);
    }
  });

  it("multiHeadAttentionBackward(p, rec, dOut) matches central differences for X_q, X_kv and every weight", () => {
    const rng = createRng(12);
    const p = { W_Q: randMat(rng, 4, 4), W_K: randMat(rng, 4, 4), W_V: randMat(rng, 4, 4), W_O: randMat(rng, 4, 4) };
    const Xq = randMat(rng, 3, 4);
    const Xkv = randMat(rng, 2, 4);
    const G = randMat(rng, 3, 4);
    const L = readout(G);
    const run = (pp: typeof p, q: Mat, kv: Mat) => L(multiHeadAttention(pp, 2, q, kv, "cross").output);
    const g = multiHeadAttentionBackward(p, multiHeadAttention(p, 2, Xq, Xkv, "cross"), G);
    expect(worstError(Xq, g.dX_q.data, (x) => run(p, x as Mat, Xkv))).toBeLessThanOrEqual(TOL);
    expect(worstError(Xkv, g.dX_kv.data, (x) => run(p, Xq, x as Mat))).toBeLessThanOrEqual(TOL);
    for (const name of ["W_Q", "W_K", "W_V", "W_O"] as const) {
      expect(worstError(p[name], g.grads[name].data, (w) => run({ ...p, [name]: w as Mat }, Xq, Xkv)), name).toBeLessThanOrEqual(TOL);
    }
  });

  it("layerNormBackward(rec, dY) matches central differences for x, γ and β", () => {
    const rng = createRng(13);
    const x = randMat(rng, 3, 4, 2);
    const p = { gamma: Float64Array.from({ length: 4 }, () => 1 + rng.next()), beta: Float64Array.from({ length: 4 }, () => rng.next()) };
    const G = randMat(rng, 3, 4);
    const L = readout(G);
    const g = layerNormBackward(layerNorm(x, p), G);
    expect(worstError(x, g.dx.data, (xx) => L(layerNorm(xx as Mat, p).output))).toBeLessThanOrEqual(TOL);
    expect(worstError(p.gamma, g.dgamma, (gm) => L(layerNorm(x, { ...p, gamma: gm as Float64Array }).output))).toBeLessThanOrEqual(TOL);
    expect(worstError(p.beta, g.dbeta, (b) => L(layerNorm(x, { ...p, beta: b as Float64Array }).output))).toBeLessThanOrEqual(TOL);
  });

  it("feedForwardBackward(p, rec, dOut) matches central differences for x and W_1, b_1, W_2, b_2", () => {
    const rng = createRng(14);
    const p = { W_1: randMat(rng, 3, 5), b_1: Float64Array.from({ length: 5 }, () => rng.next() - 0.5), W_2: randMat(rng, 5, 3), b_2: Float64Array.from({ length: 3 }, () => rng.next()) };
    const x = randMat(rng, 2, 3);
    const G = randMat(rng, 2, 3);
    const L = readout(G);
    const g = feedForwardBackward(p, feedForward(x, p), G);
    expect(worstError(x, g.dx.data, (xx) => L(feedForward(xx as Mat, p).output))).toBeLessThanOrEqual(TOL);
    for (const name of ["W_1", "b_1", "W_2", "b_2"] as const) {
      const param = p[name];
      const grad = g.grads[name];
      expect(worstError(param, grad instanceof Float64Array ? grad : grad.data, (v) => L(feedForward(x, { ...p, [name]: v }).output)), name).toBeLessThanOrEqual(TOL);
    }
  });
});

/** Signs of every FFN pre-activation in a forced pass: where the loss has its kinks (ReLU at 0). */
function reluPattern(pass: ForcedPass): string {
  const pre = [...pass.encoder.layers.map((l) => l.ffn.pre), ...pass.decoder.layers.map((l) => l.ffn.pre)];
  return pre.map((m) => Array.from(m.data, (v) => (v > 0 ? "1" : "0")).join("")).join("|");
}

/**
 * ∂loss/∂θ_i by the fourth-order central difference [8(f(θ+h) − f(θ−h)) − (f(θ+2h) − f(θ−2h))] / 12h
 * (one Richardson step on two plain central differences). Its error is O(h⁴) + O(ε/h), about 1e-13
 * at h = 1e-3, where plain central differences stall near 1e-12: too coarse for gradient entries of
 * 1e-6 at a relative error of 1e-6. A stencil must not cross a ReLU kink, so h shrinks tenfold
 * until every stencil point has the unperturbed model's ReLU pattern.
 */
function numericGradient(loss: (delta: number) => ForcedPass, base: string): number {
  for (let h = 1e-3; h >= 1e-7; h /= 10) {
    const at = [h, -h, 2 * h, -2 * h].map(loss);
    if (at.some((p) => reluPattern(p) !== base)) continue;
    const [p1, m1, p2, m2] = at.map((p) => p.loss) as [number, number, number, number];
    return (8 * (p1 - m1) - (p2 - m2)) / (12 * h);
  }
  throw new Error("numericGradient: every stencil down to h = 1e-7 crosses a ReLU kink");
}

/** Every parameter entry of the model: the largest relative error, and where it is. */
function checkModel(model: TransformerModel, src: number[], tgt: number[]): { worst: number; where: string; checked: number } {
  const { grads, loss } = transformerGradients(model, src, tgt);
  const base = forcedPass(model, src, tgt);
  expect(loss).toBe(base.loss);
  let worst = 0;
  let where = "";
  let checked = 0;
  for (const s of transformerParamShapes(model)) {
    const p = getTransformerParam(model, s.path)!;
    const g = getTransformerParam(grads, s.path)!;
    const pd = p instanceof Float64Array ? p : p.data;
    const gd = g instanceof Float64Array ? g : g.data;
    expect(gd.length, s.path).toBe(pd.length);
    for (let i = 0; i < pd.length; i++) {
      const perturbed = (delta: number): ForcedPass => {
        const d = Float64Array.from(pd);
        d[i]! += delta;
        return forcedPass(withTransformerParam(model, s.path, p instanceof Float64Array ? d : { rows: p.rows, cols: p.cols, data: d }), src, tgt);
      };
      const numeric = numericGradient(perturbed, reluPattern(base));
      const e = relErr(gd[i]!, numeric);
      checked++;
      if (e > worst) {
        worst = e;
        where = `${s.path}[${i}]: analytic ${gd[i]}, numeric ${numeric}`;
      }
    }
  }
  return { worst, where, checked };
}

describe("transformerGradients against central differences", () => {
  it("transformerGradients(model, src, tgt) matches central differences on every parameter of a 1-layer, 2-head model", { timeout: 60_000 }, () => {
    // Source ids 3 4 5 3 ("a b c a"), target ids 4 3 ("y x"): 4 source and 3 decoder positions.
    const r = checkModel(randomModel(1), [3, 4, 5, 3], [4, 3]);
    expect(r.checked).toBeGreaterThan(300);
    expect(r.worst, r.where).toBeLessThanOrEqual(TOL);
  });

  for (const heads of [1, 4]) {
    it(`transformerGradients(model, src, tgt) matches central differences on every parameter of a 2-layer, ${heads}-head model`, { timeout: 60_000 }, () => {
      // Source "c a", target "x c y": the layers stack, and both decoder layers read the same H.
      const r = checkModel(randomModel(2 + heads, { layers: 2, heads, d_ff: 5 }), [5, 3], [3, 5, 4]);
      expect(r.checked).toBeGreaterThan(700);
    expect(r.worst, r.where).toBeLessThanOrEqual(TOL);
    });
  }

  it("transformerGradients(model, src, tgt) gives exactly zero gradient to embedding rows of tokens not in the pair", () => {
    const { grads } = transformerGradients(randomModel(5), [3, 4], [3]);
    // Source ids 0, 1, 2, 5 and target ids 1 (<eos> appears only as a target, never as an input), 2, 4, 5 are unused.
    const srcRows = [0, 1, 2, 5].flatMap((id) => Array.from(grads.source.embeddings.data.subarray(id * 4, id * 4 + 4)));
    expect(srcRows.every((v) => v === 0)).toBe(true);
    const tgtRows = [1, 2, 4, 5].flatMap((id) => Array.from(grads.target.embeddings.data.subarray(id * 4, id * 4 + 4)));
    expect(tgtRows.every((v) => v === 0)).toBe(true);
  });
});
