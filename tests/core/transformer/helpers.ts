// Shared test helpers for the Transformer core: matrices from rows, closeness checks, and small
// random models whose every parameter (biases, γ, β included) is drawn from a seeded generator.

import { expect } from "vitest";
import fc from "fast-check";
import type { Mat } from "../../../src/core/tensor.ts";
import { matFromRows, matToRows } from "../../../src/core/tensor.ts";
import { createRng } from "../../../src/core/rng.ts";
import { createTransformer, getTransformerParam, transformerParamShapes, withTransformerParam } from "../../../src/core/transformer/index.ts";
import type { TransformerModel } from "../../../src/core/transformer/index.ts";

export const M = matFromRows;

/** Every entry of A within tol of the expected rows (and the same shape). */
export function expectMat(A: Mat, rows: readonly (readonly number[])[], tol = 1e-12): void {
  expect([A.rows, A.cols]).toEqual([rows.length, rows[0]?.length ?? 0]);
  const got = matToRows(A);
  rows.forEach((r, i) =>
    r.forEach((v, j) => {
      const g = got[i]![j]!;
      if (!Number.isFinite(v)) expect(g, `entry (${i}, ${j})`).toBe(v);
      else expect(Math.abs(g - v), `entry (${i}, ${j}): ${g} vs ${v}`).toBeLessThanOrEqual(tol);
    }),
  );
}

/** A fast-check arbitrary for a rows × cols matrix of values in [−range, range]. */
export function arbMat(rows: number, cols: number, range = 10): fc.Arbitrary<Mat> {
  return fc
    .array(fc.double({ min: -range, max: range, noNaN: true, noDefaultInfinity: true }), { minLength: rows * cols, maxLength: rows * cols })
    .map((values) => ({ rows, cols, data: Float64Array.from(values) }));
}

export interface SmallModelOptions {
  readonly d_model?: number;
  readonly heads?: number;
  readonly d_ff?: number;
  readonly layers?: number;
}

/**
 * A tiny model from createTransformer with every parameter then redrawn uniformly in [−scale, scale]
 * (γ around 1), so biases, β and γ are not at their trivial initial values.
 */
export function randomModel(seed: number, o: SmallModelOptions = {}, scale = 0.5): TransformerModel {
  const base = createTransformer(
    { name: "test", sourceVocab: ["a", "b", "c"], targetVocab: ["x", "y", "z"], d_model: o.d_model ?? 4, heads: o.heads ?? 2, d_ff: o.d_ff ?? 6, layers: o.layers ?? 1 },
    createRng(seed),
  );
  return redrawParams(base, seed + 1000, scale);
}

/** Every parameter redrawn uniformly in [−scale, scale] (γ around 1) from a generator seeded with `seed`. */
export function redrawParams(base: TransformerModel, seed: number, scale: number): TransformerModel {
  const rng = createRng(seed);
  let model = base;
  for (const s of transformerParamShapes(base)) {
    const p = getTransformerParam(model, s.path)!;
    const n = p instanceof Float64Array ? p.length : p.data.length;
    const data = Float64Array.from({ length: n }, () => (s.name === "gamma" ? 1 : 0) + (2 * rng.next() - 1) * scale);
    model = withTransformerParam(model, s.path, p instanceof Float64Array ? data : { rows: p.rows, cols: p.cols, data });
  }
  return model;
}
