// cellBackward for each cell kind, alone: the loss L = a·h_t + b·C_t with fixed random a and b, so
// that ∂L/∂h_t = a and ∂L/∂C_t = b; every input and weight gradient against central differences.

import { describe, expect, it } from "vitest";
import { cellBackward, sumTerms } from "../../../src/core/grad/index.ts";
import { cellStep } from "../../../src/core/cells/index.ts";
import { CELL_KINDS, cellParamShapes, type CellKind, type Params } from "../../../src/core/model.ts";
import { createRng } from "../../../src/core/rng.ts";
import { dot, type Mat, type Vec } from "../../../src/core/tensor.ts";
import { centralDifference, relativeError } from "./gradcheck.ts";

const n = 3;
const d = 2;

function randomVec(size: number, seed: number): Vec {
  const rng = createRng(seed);
  return Float64Array.from({ length: size }, () => rng.normal());
}

function randomWeights(kind: CellKind): Params {
  const out: Record<string, Mat | Vec> = {};
  cellParamShapes(kind, n, d, "cell").forEach((s, i) => {
    const data = randomVec(s.rows * (s.cols ?? 1), 100 + i).map((x) => 0.6 * x);
    out[s.name] = s.cols === undefined ? data : { rows: s.rows, cols: s.cols, data };
  });
  return out;
}

const a = randomVec(n, 1);
const b = randomVec(n, 2);

function loss(kind: CellKind, w: Params, h_prev: Vec, C_prev: Vec, x_t: Vec): number {
  const r = cellStep(kind, w, h_prev, C_prev, x_t);
  return dot(a, r.h_t) + (r.kind === "lstm" ? dot(b, r.C_t) : 0);
}

/** The worst relative error of `grad` against central differences of `f` moving each entry of `v`. */
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

describe("cellBackward", () => {
  for (const kind of CELL_KINDS) {
    const w = randomWeights(kind);
    const h_prev = randomVec(n, 3);
    const C_prev = randomVec(n, 4);
    const x_t = randomVec(d, 5);
    const record = cellStep(kind, w, h_prev, C_prev, x_t);
    const back = cellBackward(w, record, a, b, "cell");

    it(`cellBackward(w, ${kind} record, ∂h, ∂C) gives ∂h_{t-1}, ∂C_{t-1} and ∂x_t within 1e-6 of central differences`, () => {
      expect(worstError(h_prev, back.dh_prev, (m) => loss(kind, w, m, C_prev, x_t))).toBeLessThanOrEqual(1e-6);
      expect(worstError(C_prev, back.dC_prev, (m) => loss(kind, w, h_prev, m, x_t))).toBeLessThanOrEqual(1e-6);
      expect(worstError(x_t, back.dx, (m) => loss(kind, w, h_prev, C_prev, m))).toBeLessThanOrEqual(1e-6);
    });

    it(`cellBackward(w, ${kind} record, ∂h, ∂C) gives every weight gradient within 1e-6 of central differences`, () => {
      const shapes = cellParamShapes(kind, n, d, "cell");
      const grads = sumTerms(shapes, back.terms);
      for (const s of shapes) {
        const p = w[s.name]!;
        const data = p instanceof Float64Array ? p : p.data;
        const rebuild = (moved: Vec): Params => ({ ...w, [s.name]: p instanceof Float64Array ? moved : { ...p, data: moved } });
        expect(worstError(data, grads[s.path]!, (moved) => loss(kind, rebuild(moved), h_prev, C_prev, x_t)), s.path).toBeLessThanOrEqual(1e-6);
      }
    });
  }

  it("cellBackward(w, record, ∂h, ∂C) leaves the record and the gradients it was given unchanged", () => {
    const w = randomWeights("lstm");
    const record = cellStep("lstm", w, randomVec(n, 3), randomVec(n, 4), randomVec(d, 5));
    const before = JSON.stringify(Object.values(record).map((v) => (v instanceof Float64Array ? Array.from(v) : v)));
    const dh = a.slice();
    cellBackward(w, record, dh, b, "cell");
    expect(JSON.stringify(Object.values(record).map((v) => (v instanceof Float64Array ? Array.from(v) : v)))).toBe(before);
    expect(Array.from(dh)).toEqual(Array.from(a));
  });
});
