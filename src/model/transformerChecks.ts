// The checks of a Transformer model file after its structure: h must divide d_model; every parameter
// entry is a number in consistently nested rows; every path of transformerShapesFor is present with
// its shape and no other path is; every number is finite. Each error names the parameter's path.

import type { ParamShape } from "../core/model.ts";
import { transformerShapesFor } from "../core/transformer/shapes.ts";
import { firstBad } from "./numbers.ts";
import { shapeError } from "./shapes.ts";
import type { ParsedTransformerFile } from "./transformerSchema.ts";
import { modelError, type ModelError } from "./types.ts";

/** The parameter table the file's sizes call for, in file order. */
export function expectedShapes(file: ParsedTransformerFile): ParamShape[] {
  return transformerShapesFor({
    d_model: file.d_model,
    d_ff: file.d_ff,
    sourceVocab: file.source.vocab.length,
    targetVocab: file.target.vocab.length,
    encoderLayers: file.layers,
    decoderLayers: file.layers,
  });
}

/** Sizes that must agree: the heads split d_model into equal widths d_k = d_model / h. */
export function transformerRuleErrors(file: ParsedTransformerFile): ModelError[] {
  if (file.d_model % file.heads === 0) return [];
  return [modelError("heads", `expected a divisor of d_model ${file.d_model} (each head is d_k = d_model / h wide), got ${file.heads}`)];
}

/** Entries that are not numbers, or rows among numbers. */
export function transformerElementErrors(file: ParsedTransformerFile): ModelError[] {
  return Object.entries(file.params).flatMap(([path, value]) => {
    const e = firstBad(path, value, (x, want) => (want === "row" ? "a row of numbers, like row 0" : typeof x === "number" ? undefined : "a number"));
    return e ? [e] : [];
  });
}

/** Why a path is not one of the table's: a layer past `layers`, or a name its block does not have. */
function unknownPath(path: string, shapes: readonly ParamShape[], layers: number): ModelError {
  const layer = /^(encoder|decoder)\.(\d+)\./u.exec(path);
  if (layer && Number(layer[2]) >= layers) {
    return modelError(path, `unknown parameter: layers is ${layers}, so ${layer[1]} layers are numbered 0 to ${layers - 1}`);
  }
  const group = path.slice(0, Math.max(0, path.lastIndexOf(".")));
  const names = shapes.filter((s) => s.path.slice(0, s.path.lastIndexOf(".")) === group).map((s) => s.path.slice(group.length + 1));
  if (names.length > 0) return modelError(path, `unknown parameter; expected only ${names.join(", ")} in ${group}`);
  return modelError(path, `unknown parameter; expected the paths of transformerParamShapes, such as ${shapes[0]?.path ?? "source.embeddings"} and encoder.0.selfAttention.W_Q`);
}

/** Every parameter against the table: missing, misshapen, then unknown paths. */
export function transformerShapeErrors(file: ParsedTransformerFile): ModelError[] {
  const shapes = expectedShapes(file);
  const errors = shapes.flatMap((s) => shapeError(s, file.params[s.path]) ?? []);
  const known = new Set(shapes.map((s) => s.path));
  for (const path of Object.keys(file.params)) if (!known.has(path)) errors.push(unknownPath(path, shapes, file.layers));
  return errors;
}

/** NaN and ±Infinity (JSON.parse("1e999") is Infinity), each with its path. Assumes the shapes are right. */
export function transformerFiniteErrors(file: ParsedTransformerFile): ModelError[] {
  return Object.entries(file.params).flatMap(([path, value]) => firstBad(path, value, (x) => (Number.isFinite(x) ? undefined : "a finite number")) ?? []);
}
