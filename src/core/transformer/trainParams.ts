// A Transformer's parameters (and gradients) as flat arrays by `transformerParamShapes` path, the
// layout src/core/train's optimisers and clipping read ("named parameters → gradients"), and the
// model rebuilt around new ones. Matrices are flattened row-major, as Mat.data.

import type { Param } from "../model.ts";
import type { FlatParams } from "../train/params.ts";
import { getTransformerParam, transformerParamShapes, withTransformerParam } from "./shapes.ts";
import type { TransformerGradients, TransformerModel } from "./types.ts";

function flat(p: Param): Float64Array {
  return Float64Array.from(p instanceof Float64Array ? p : p.data);
}

/** Every parameter's numbers, copied, by path, in table order. Shapes: rows × cols flattened, or rows. */
export function transformerParamValues(model: TransformerModel): FlatParams {
  const out: FlatParams = {};
  for (const { path } of transformerParamShapes(model)) {
    const p = getTransformerParam(model, path);
    if (p === undefined) throw new RangeError(`${path}: missing from the model`);
    out[path] = flat(p);
  }
  return out;
}

/** The gradients of `model`'s parameters, flattened by path like transformerParamValues. */
export function flatGradients(model: TransformerModel, grads: TransformerGradients): FlatParams {
  const out: FlatParams = {};
  for (const { path } of transformerParamShapes(model)) {
    const g = getTransformerParam(grads, path);
    if (g === undefined) throw new RangeError(`${path}: no gradient`);
    out[path] = flat(g);
  }
  return out;
}

/**
 * The model with the given parameters (by path) in place of its own; paths not given keep theirs.
 * The arrays are used as they are, not copied: hand over arrays nobody else will write to.
 */
export function withTransformerParams(model: TransformerModel, values: Readonly<FlatParams>): TransformerModel {
  let out = model;
  for (const { path, rows, cols } of transformerParamShapes(model)) {
    const data = values[path];
    if (data === undefined) continue;
    const size = cols === undefined ? rows : rows * cols;
    if (data.length !== size) throw new RangeError(`${path}: expected ${size} numbers, got ${data.length}`);
    out = withTransformerParam(out, path, cols === undefined ? data : { rows, cols, data });
  }
  return out;
}

/** Σ_k w_k · g_k over flat gradients with the same paths (fresh arrays). */
export function weightedSum(terms: readonly { readonly weight: number; readonly grads: Readonly<FlatParams> }[]): FlatParams {
  const out: FlatParams = {};
  for (const { weight, grads } of terms) {
    for (const [path, g] of Object.entries(grads)) {
      const acc = (out[path] ??= new Float64Array(g.length));
      for (let i = 0; i < g.length; i++) acc[i]! += weight * g[i]!;
    }
  }
  return out;
}
