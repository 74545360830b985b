// A model's parameters as flat arrays by `paramShapes` path (the layout of Grads), and the model
// rebuilt around new ones. This is how optimisers and gradient checks read and replace θ without
// touching the model they were given.

import type { Param, Params, Seq2SeqModel } from "../model.ts";
import { getParam, isMat, paramShapes } from "../model.ts";

/** Parameters or gradients by path; each a Float64Array (a matrix flattened row-major). */
export type FlatParams = Record<string, Float64Array>;

/** Every parameter's numbers, copied, by path. Shapes: rows × cols flattened row-major, or rows. */
export function paramValues(model: Seq2SeqModel): FlatParams {
  const out: FlatParams = {};
  for (const { path } of paramShapes(model)) {
    const p = getParam(model, path);
    if (p === undefined) throw new RangeError(`${path}: missing from the model`);
    out[path] = Float64Array.from(isMat(p) ? p.data : p);
  }
  return out;
}

function replace(old: Param, path: string, values: Readonly<Record<string, Float64Array>>): Param {
  const data = values[path];
  if (data === undefined) return old;
  const size = isMat(old) ? old.rows * old.cols : old.length;
  if (data.length !== size) throw new RangeError(`${path}: expected ${size} numbers, got ${data.length}`);
  return isMat(old) ? { rows: old.rows, cols: old.cols, data } : data;
}

function group(prefix: string, params: Params, values: Readonly<Record<string, Float64Array>>): Params {
  return Object.fromEntries(Object.entries(params).map(([name, p]) => [name, replace(p, `${prefix}.${name}`, values)]));
}

/**
 * The model with the given parameters (by path) in place of its own; paths not given keep theirs.
 * The arrays are used as they are, not copied: hand over arrays nobody else will write to.
 */
export function withParams(model: Seq2SeqModel, values: Readonly<Record<string, Float64Array>>): Seq2SeqModel {
  const { encoder: e, decoder: d } = model;
  return {
    ...model,
    source: { ...model.source, embeddings: replace(model.source.embeddings, "source.embeddings", values) as typeof model.source.embeddings },
    target: { ...model.target, embeddings: replace(model.target.embeddings, "target.embeddings", values) as typeof model.target.embeddings },
    encoder: { ...e, weights: group("encoder.weights", e.weights, values), ...(e.backwardWeights ? { backwardWeights: group("encoder.backwardWeights", e.backwardWeights, values) } : {}) },
    decoder: {
      ...d,
      weights: group("decoder.weights", d.weights, values),
      ...(d.attention ? { attention: { ...d.attention, weights: group("decoder.attention.weights", d.attention.weights, values) } } : {}),
      output: group("decoder.output", d.output, values),
    },
  };
}

/** The values rounded to `digits` significant digits (how model files store them), in place. */
export function roundValues(values: FlatParams, digits: number): FlatParams {
  for (const path of Object.keys(values)) values[path] = values[path]!.map((x) => Number(x.toPrecision(digits)));
  return values;
}

/** The model with every parameter rounded to `digits` significant digits. */
export function roundModel(model: Seq2SeqModel, digits: number): Seq2SeqModel {
  return withParams(model, roundValues(paramValues(model), digits));
}
