// attentionBackward for each score alone: L = a·c_{t'} for a fixed random a; ∂q, every ∂h_j and the
// score's weights against central differences, and the softmax invariant Σ_j ∂e_j = 0.

import { describe, expect, it } from "vitest";
import { attentionBackward, sumTerms } from "../../../src/core/grad/index.ts";
import { attend, scoreGradient } from "../../../src/core/attention/index.ts";
import { attentionParamShapes, SCORE_KINDS, type AttentionSpec, type ScoreKind } from "../../../src/core/model.ts";
import { createRng } from "../../../src/core/rng.ts";
import { dot, type Mat, type Vec } from "../../../src/core/tensor.ts";
import { centralDifference, relativeError } from "./gradcheck.ts";

const T = 4;
const dh = 3;

function randomVec(size: number, seed: number): Vec {
  const rng = createRng(seed);
  return Float64Array.from({ length: size }, () => rng.normal());
}

/** The spec of `score` with random weights (additive with its biases b_s, b_h, b_v when `bias`); dot and scaled need a query as wide as h_j. */
function spec(score: ScoreKind, bias = false): { spec: AttentionSpec; m: number } {
  const m = score === "dot" || score === "scaled" ? dh : 2;
  const additive: Record<string, Vec> = bias ? { v: new Float64Array(5), b_v: new Float64Array(1) } : { v: new Float64Array(5) };
  const skeleton: AttentionSpec = { score, query: "previous", weights: score === "additive" ? additive : {} };
  const weights: Record<string, Mat | Vec> = {};
  attentionParamShapes(skeleton, m, dh).forEach((s, i) => {
    const data = randomVec(s.rows * (s.cols ?? 1), 50 + i);
    weights[s.name] = s.cols === undefined ? data : { rows: s.rows, cols: s.cols, data };
  });
  return { spec: { ...skeleton, weights }, m };
}

const a = randomVec(dh, 1);
const H = Array.from({ length: T }, (_, j) => randomVec(dh, 10 + j));

function worstError(v: Vec, grad: ArrayLike<number>, f: (moved: Vec) => number): number {
  let worst = 0;
  for (let i = 0; i < v.length; i++) {
    const num = centralDifference((delta) => {
      const moved = v.slice();
      moved[i]! += delta;
      return f(moved);
    });
    worst = Math.max(worst, relativeError(grad[i]!, num));
  }
  return worst;
}

const CASES = [...SCORE_KINDS.map((score) => ({ score, bias: false, label: score })), { score: "additive" as const, bias: true, label: "additive (with b_s, b_h, b_v)" }];

describe("attentionBackward", () => {
  for (const { score, bias, label } of CASES) {
    const { spec: s, m } = spec(score, bias);
    const q = randomVec(m, 2);
    const loss = (sp: AttentionSpec, qq: Vec, HH: readonly Vec[]): number => dot(a, attend(sp, qq, HH).c);
    const rec = attend(s, q, H);
    const back = attentionBackward(s, rec, H, a);

    it(`attentionBackward(${label} spec, record, H, ∂c) gives ∂q and every ∂h_j within 1e-6 of central differences`, () => {
      expect(worstError(q, back.dq, (moved) => loss(s, moved, H))).toBeLessThanOrEqual(1e-6);
      for (let j = 0; j < T; j++) {
        expect(worstError(H[j]!, back.dH[j]!, (moved) => loss(s, q, H.map((h, k) => (k === j ? moved : h))))).toBeLessThanOrEqual(1e-6);
      }
    });

    it(`attentionBackward(${label} spec, record, H, ∂c) gives its weights' gradients within 1e-6 of central differences`, () => {
      const shapes = attentionParamShapes(s, m, dh);
      const grads = sumTerms(shapes, back.terms);
      expect(Object.keys(grads).length).toBe(score === "dot" || score === "scaled" ? 0 : score === "general" ? 1 : bias ? 6 : 3);
      for (const sh of shapes) {
        const p = s.weights[sh.name]!;
        const data = p instanceof Float64Array ? p : p.data;
        const rebuild = (moved: Vec): AttentionSpec => ({ ...s, weights: { ...s.weights, [sh.name]: p instanceof Float64Array ? moved : { ...p, data: moved } } });
        expect(worstError(data, grads[sh.path]!, (moved) => loss(rebuild(moved), q, H)), sh.path).toBeLessThanOrEqual(1e-6);
      }
    });
  }

  it("scoreGradient(record, H, ∂c) sums to zero over the source positions, as softmax ignores a common shift", () => {
    const { spec: s } = spec("dot");
    const de = scoreGradient(attend(s, randomVec(dh, 2), H), H, a);
    expect(Math.abs(de.reduce((x, y) => x + y, 0))).toBeLessThan(1e-15);
    expect(de.some((x) => Math.abs(x) > 1e-6)).toBe(true);
  });
});
