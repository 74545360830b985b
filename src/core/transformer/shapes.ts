// Every Transformer parameter with its dotted path and shape, in one table that validation,
// initialisation, training and editing read; plus reading and immutably replacing one by path.
// Shapes follow the inputs × outputs convention of types.ts (Vaswani et al. 2017, seed 004).

import type { Param, ParamShape } from "../model.ts";
import type { TransformerGradients, TransformerModel } from "./types.ts";

type Dims = Pick<TransformerModel, "d_model" | "d_ff"> & {
  readonly sourceVocab: number;
  readonly targetVocab: number;
  readonly encoderLayers: number;
  readonly decoderLayers: number;
};

const m = (path: string, rows: number, cols: number): ParamShape => ({ path, name: path.slice(path.lastIndexOf(".") + 1), rows, cols });
const v = (path: string, rows: number): ParamShape => ({ path, name: path.slice(path.lastIndexOf(".") + 1), rows });

function attentionShapes(prefix: string, d: number): ParamShape[] {
  return ["W_Q", "W_K", "W_V", "W_O"].map((name) => m(`${prefix}.${name}`, d, d));
}

function normShapes(prefix: string, d: number): ParamShape[] {
  return [v(`${prefix}.gamma`, d), v(`${prefix}.beta`, d)];
}

function ffnShapes(prefix: string, d: number, d_ff: number): ParamShape[] {
  return [m(`${prefix}.W_1`, d, d_ff), v(`${prefix}.b_1`, d_ff), m(`${prefix}.W_2`, d_ff, d), v(`${prefix}.b_2`, d)];
}

/** The table for given sizes (what createTransformer fills in this order). */
export function transformerShapesFor(dims: Dims): ParamShape[] {
  const { d_model: d, d_ff } = dims;
  const shapes: ParamShape[] = [
    { path: "source.embeddings", name: "E_src", rows: dims.sourceVocab, cols: d },
    { path: "target.embeddings", name: "E_tgt", rows: dims.targetVocab, cols: d },
  ];
  for (let l = 0; l < dims.encoderLayers; l++) {
    const p = `encoder.${l}`;
    shapes.push(...attentionShapes(`${p}.selfAttention`, d), ...normShapes(`${p}.norm1`, d), ...ffnShapes(`${p}.ffn`, d, d_ff), ...normShapes(`${p}.norm2`, d));
  }
  for (let l = 0; l < dims.decoderLayers; l++) {
    const p = `decoder.${l}`;
    shapes.push(...attentionShapes(`${p}.selfAttention`, d), ...normShapes(`${p}.norm1`, d));
    shapes.push(...attentionShapes(`${p}.crossAttention`, d), ...normShapes(`${p}.norm2`, d));
    shapes.push(...ffnShapes(`${p}.ffn`, d, d_ff), ...normShapes(`${p}.norm3`, d));
  }
  shapes.push(m("output.W_out", d, dims.targetVocab), v("output.b_out", dims.targetVocab));
  return shapes;
}

/**
 * Every parameter of a model with its path and expected shape, in file order. Layer numbers in
 * paths are array indices from 0 ("encoder.0.ffn.W_1" is the first layer's W_1).
 */
export function transformerParamShapes(model: TransformerModel): ParamShape[] {
  return transformerShapesFor({
    d_model: model.d_model,
    d_ff: model.d_ff,
    sourceVocab: model.source.vocab.length,
    targetVocab: model.target.vocab.length,
    encoderLayers: model.encoder.length,
    decoderLayers: model.decoder.length,
  });
}

/** The parameter (or gradient) at a dotted path, or undefined. */
export function getTransformerParam(model: TransformerModel | TransformerGradients, path: string): Param | undefined {
  let node: unknown = model;
  for (const key of path.split(".")) {
    if (node === null || typeof node !== "object" || node instanceof Float64Array) return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  if (node instanceof Float64Array) return node;
  if (node !== null && typeof node === "object" && "data" in node && "rows" in node && "cols" in node) return node as Param;
  return undefined;
}

/** A copy of the model with the parameter at path replaced; everything else is shared, not copied. */
export function withTransformerParam(model: TransformerModel, path: string, value: Param): TransformerModel {
  const put = (node: unknown, keys: readonly string[]): unknown => {
    if (keys.length === 0) return value;
    if (node === null || typeof node !== "object") throw new RangeError(`withTransformerParam: no parameter at ${path}`);
    const [key, ...rest] = keys as [string, ...string[]];
    if (!(key in node)) throw new RangeError(`withTransformerParam: no parameter at ${path}`);
    const child = put((node as Record<string, unknown>)[key], rest);
    if (Array.isArray(node)) return node.map((c, i) => (String(i) === key ? child : c));
    return { ...(node as object), [key]: child };
  };
  if (getTransformerParam(model, path) === undefined) throw new RangeError(`withTransformerParam: no parameter at ${path}`);
  return put(model, path.split(".")) as TransformerModel;
}

/** One line per parameter that is missing or has the wrong shape; [] when the model is sound. */
export function transformerShapeErrors(model: TransformerModel): string[] {
  const errors: string[] = [];
  if (model.d_model % model.heads !== 0) errors.push(`d_model ${model.d_model} is not a multiple of heads ${model.heads}`);
  for (const s of transformerParamShapes(model)) {
    const p = getTransformerParam(model, s.path);
    const want = s.cols === undefined ? `${s.rows}` : `${s.rows} × ${s.cols}`;
    if (p === undefined) errors.push(`${s.path}: missing, expected ${want}`);
    else if (p instanceof Float64Array) {
      if (s.cols !== undefined || p.length !== s.rows) errors.push(`${s.path}: vector of ${p.length}, expected ${want}`);
    } else if (s.cols === undefined || p.rows !== s.rows || p.cols !== s.cols || p.data.length !== p.rows * p.cols) {
      errors.push(`${s.path}: ${p.rows} × ${p.cols}, expected ${want}`);
    }
  }
  return errors;
}
