// The Transformer model file: versioned JSON with the vocabularies, the sizes, every parameter under its
// transformerParamShapes path as nested row-major arrays (inputs × outputs, Y = X W), decoding options
// and meta. Reading never throws and names the path of every problem (docs/model-format.md).

import { createRng } from "../core/rng.ts";
import { matToRows } from "../core/tensor.ts";
import { createTransformer } from "../core/transformer/init.ts";
import { getTransformerParam, transformerParamShapes } from "../core/transformer/shapes.ts";
import { withTransformerParams } from "../core/transformer/trainParams.ts";
import type { TransformerModel } from "../core/transformer/types.ts";
import { findJsonSyntaxError } from "./jsonSyntax.ts";
import { formatJson } from "./stringify.ts";
import { transformerElementErrors, transformerFiniteErrors, transformerRuleErrors, transformerShapeErrors } from "./transformerChecks.ts";
import { checkTransformerStructure, TRANSFORMER_FORMAT, TRANSFORMER_VERSION, versionErrors, type ParsedTransformerFile } from "./transformerSchema.ts";
import { modelError, type ModelError, type ParamJson } from "./types.ts";

export { TRANSFORMER_DECODING, TRANSFORMER_FORMAT, TRANSFORMER_VERSION } from "./transformerSchema.ts";

export interface TransformerFileJson {
  format: typeof TRANSFORMER_FORMAT;
  version: typeof TRANSFORMER_VERSION;
  name: string;
  description?: string;
  source: { vocab: string[] };
  target: { vocab: string[] };
  d_model: number;
  heads: number;
  d_ff: number;
  /** N, for the encoder and the decoder alike. */
  layers: number;
  /** Every parameter by its transformerParamShapes path: a matrix as rows, a vector flat. */
  params: Record<string, ParamJson>;
  decoding: { strategy: "greedy"; maxLength: number };
  meta?: Record<string, unknown>;
}

export type TransformerParseResult = { ok: true; model: TransformerModel } | { ok: false; errors: readonly ModelError[] };

/** A copy of free-form metadata, or undefined. */
function copyMeta(meta: Readonly<Record<string, unknown>> | undefined): Record<string, unknown> | undefined {
  return meta === undefined ? undefined : (structuredClone(meta) as Record<string, unknown>);
}

/** The model file of a model: a plain JSON-able object that shares nothing with the model. */
export function serializeTransformer(model: TransformerModel): TransformerFileJson {
  const params: Record<string, ParamJson> = {};
  for (const { path } of transformerParamShapes(model)) {
    const p = getTransformerParam(model, path);
    if (p !== undefined) params[path] = p instanceof Float64Array ? Array.from(p) : matToRows(p);
  }
  const meta = copyMeta(model.meta);
  return {
    format: TRANSFORMER_FORMAT,
    version: TRANSFORMER_VERSION,
    name: model.name,
    ...(model.description !== undefined ? { description: model.description } : {}),
    source: { vocab: [...model.source.vocab] },
    target: { vocab: [...model.target.vocab] },
    d_model: model.d_model,
    heads: model.heads,
    d_ff: model.d_ff,
    layers: model.encoder.length,
    params,
    decoding: { strategy: "greedy", maxLength: model.maxLength },
    ...(meta !== undefined ? { meta } : {}),
  };
}

/** The text of a model file (one line per vector and matrix row), ending in a newline. Throws RangeError on NaN or ±Infinity. */
export function stringifyTransformerFile(file: TransformerFileJson): string {
  return formatJson(file);
}

/** The in-memory model of a checked file; the layout comes from createTransformer, the numbers from the file. */
function toTransformer(file: ParsedTransformerFile): TransformerModel {
  const skeleton = createTransformer(
    { name: file.name, sourceVocab: file.source.vocab, targetVocab: file.target.vocab, d_model: file.d_model, heads: file.heads, d_ff: file.d_ff, layers: file.layers, maxLength: file.decoding.maxLength },
    createRng(0),
  );
  const values = Object.fromEntries(Object.entries(file.params).map(([path, x]) => [path, Float64Array.from((Array.isArray(x[0]) ? x.flat() : x) as number[])]));
  const meta = copyMeta(file.meta);
  return {
    ...withTransformerParams(skeleton, values),
    ...(file.description !== undefined ? { description: file.description } : {}),
    ...(meta !== undefined ? { meta } : {}),
  };
}

/** Every check in order (version, structure, rules, entries, shapes and finiteness); each stage runs only if the previous found nothing. */
function fileErrors(json: unknown): { file?: ParsedTransformerFile; errors: ModelError[] } {
  const version = versionErrors(json);
  if (version.length > 0) return { errors: version };
  const structure = checkTransformerStructure(json);
  if (!structure.ok) return { errors: structure.errors };
  const { file } = structure;
  const stages = [transformerRuleErrors, transformerElementErrors, transformerShapeErrors, transformerFiniteErrors];
  for (const stage of stages) {
    const errors = stage(file);
    if (errors.length > 0) return { errors };
  }
  return { file, errors: [] };
}

const unreadable = (e: unknown): ModelError => modelError("", `could not be read: ${e instanceof Error ? e.message : String(e)}`);

/** The model in a parsed file (any JSON value), or every error, each naming its path. Never throws; shares nothing with the input. */
export function parseTransformer(json: unknown): TransformerParseResult {
  try {
    const { file, errors } = fileErrors(json);
    return file ? { ok: true, model: toTransformer(file) } : { ok: false, errors };
  } catch (e) {
    // A throwing getter or a cycle cannot come from JSON.parse; report rather than crash.
    return { ok: false, errors: [unreadable(e)] };
  }
}

/** The model in a file's text; a JSON syntax error is reported with its line and column. */
export function parseTransformerText(text: string): TransformerParseResult {
  const body = text.replace(/^\uFEFF/u, "");
  if (body.trim() === "") return { ok: false, errors: [modelError("", "expected a JSON object, got an empty text")] };
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch (e) {
    const where = findJsonSyntaxError(body);
    return { ok: false, errors: [modelError("", `not valid JSON: ${where ? `line ${where.line}, column ${where.column}: ${where.reason}` : e instanceof Error ? e.message : String(e)}`)] };
  }
  return parseTransformer(json);
}

/** What is wrong with an in-memory (edited) model, by the same checks as a file: shapes, then NaN or ±Infinity by path. */
export function validateTransformer(model: TransformerModel): ModelError[] {
  try {
    return fileErrors(serializeTransformer(model)).errors;
  } catch (e) {
    return [unreadable(e)];
  }
}
