// The checks that relate one part of a model file to another: the configuration rules (which widths
// must agree, which parts must be present), then every parameter's shape against `paramShapes`
// (src/core/model.ts), the one table of paths and shapes; unknown weight names are errors too.

import { ADDITIVE_BIASES, encoderOutputWidth, paramShapes, type Param, type Params, type ParamShape, type Seq2SeqModel } from "../core/model.ts";
import type { Mat } from "../core/tensor.ts";
import { paramEntries } from "./numbers.ts";
import type { ParsedFile } from "./schema.ts";
import { article, describe, joinPath, modelError, type ModelError } from "./types.ts";

/** Parts that must agree: presence of attention and backward weights, and the widths that meet. */
export function ruleErrors(file: ParsedFile): ModelError[] {
  const { encoder: e, decoder: d } = file;
  const errors: ModelError[] = [];
  const width = encoderOutputWidth(e);
  const widthName = e.bidirectional ? `2n = ${width}` : `n = ${width}`;
  if (d.variant === "attention" && !d.attention) errors.push(modelError("decoder.attention", 'required when decoder.variant is "attention"'));
  if (d.variant !== "attention" && d.attention) errors.push(modelError("decoder.attention", `only allowed when decoder.variant is "attention", got variant "${d.variant}"`));
  if (e.bidirectional && !e.backwardWeights) errors.push(modelError("encoder.backwardWeights", "required when encoder.bidirectional is true"));
  if (!e.bidirectional && e.backwardWeights) errors.push(modelError("encoder.backwardWeights", "only allowed when encoder.bidirectional is true"));
  if (d.init === "context" && d.hidden !== width) {
    errors.push(modelError("decoder.hidden", `expected ${width} (the encoder output width ${widthName}, since decoder.init "context" sets s_0 = h_T), got ${d.hidden}`));
  }
  const score = d.variant === "attention" ? d.attention?.score : undefined;
  if ((score === "dot" || score === "scaled") && d.hidden !== width) {
    errors.push(modelError("decoder.hidden", `expected ${width} (the encoder output width ${widthName}, since ${article(score)} score multiplies s·h), got ${d.hidden}`));
  }
  if (d.cell === "lstm" && d.init === "context" && e.cell !== "lstm") {
    errors.push(modelError("decoder.init", `expected "zeros" with encoder.cell "${e.cell}": an lstm decoder with init "context" starts from the encoder's memory cell C_T, which only an lstm encoder has`));
  }
  return errors;
}

/** Just enough of a parameter for `paramShapes` to read widths from: shapes, no numbers. */
function shell(value: readonly unknown[]): Param {
  if (Array.isArray(value[0])) return { rows: value.length, cols: value[0].length, data: new Float64Array(0) } satisfies Mat;
  return new Float64Array(value.length);
}

function shellGroup(group: Record<string, readonly unknown[]>): Params {
  return Object.fromEntries(Object.entries(group).map(([k, x]) => [k, shell(x)]));
}

/** A model with the file's configuration and empty parameters, for `paramShapes`. */
function skeleton(file: ParsedFile): Seq2SeqModel {
  const { encoder: e, decoder: d } = file;
  const emb = (x: ParsedFile["source"]) => ({ vocab: x.vocab, embeddings: { rows: x.embeddings.length, cols: widthOf(x.embeddings), data: new Float64Array(0) } });
  return {
    name: file.name,
    source: emb(file.source),
    target: emb(file.target),
    encoder: { ...e, weights: {}, backwardWeights: undefined },
    decoder: { ...d, weights: {}, output: {}, attention: d.attention && { ...d.attention, weights: shellGroup(d.attention.weights) } },
    decoding: file.decoding,
  };
}

/** d, the number of values in the first row of an embedding table (0 when there is none). */
function widthOf(rows: readonly unknown[]): number {
  return Array.isArray(rows[0]) ? rows[0].length : 0;
}

/** One parameter against its expected shape; the first mismatch only. */
export function shapeError(shape: ParamShape, value: readonly unknown[] | undefined): ModelError | undefined {
  const { path, rows, cols } = shape;
  const matrix = value !== undefined && Array.isArray(value[0]);
  const size = (x: readonly unknown[]) => `${x.length}×${widthOf(x)}`;
  if (cols === undefined) {
    const values = rows === 1 ? "1 value" : `${rows} values`;
    if (value === undefined) return modelError(path, `required (${values})`);
    if (matrix) return modelError(path, `expected ${values}, got a ${size(value)} matrix`);
    return value.length === rows ? undefined : modelError(path, `expected ${values}, got ${value.length}`);
  }
  if (value === undefined) return modelError(path, `required (a ${rows}×${cols} matrix)`);
  if (!matrix && value.length > 0) return modelError(path, `expected a ${rows}×${cols} matrix, got a vector of ${value.length} values`);
  if (value.length !== rows || widthOf(value) !== cols) return modelError(path, `expected ${rows}×${cols}, got ${size(value)}`);
  const bad = value.findIndex((r) => (r as unknown[]).length !== cols);
  return bad < 0 ? undefined : modelError(joinPath(path, bad), `expected ${cols} values (row ${bad} of ${rows}×${cols}), got ${(value[bad] as unknown[]).length}`);
}

const BIASES_TOGETHER = `required with the other biases: the additive score's ${ADDITIVE_BIASES.join(", ")} come together (leave all three out for the score without biases)`;

/** Whether a shape is one of the additive score's optional biases. */
function isAdditiveBias(shape: ParamShape): boolean {
  return shape.path.startsWith("decoder.attention.weights.") && (ADDITIVE_BIASES as readonly string[]).includes(shape.name);
}

const GROUPS = ["encoder.weights", "encoder.backwardWeights", "decoder.weights", "decoder.attention.weights", "decoder.output"];

/** Every parameter against `paramShapes`, plus names that no formula uses. */
export function shapeErrors(file: ParsedFile): ModelError[] {
  const errors: ModelError[] = [];
  for (const side of ["source", "target"] as const) {
    const { embeddings } = file[side];
    if (widthOf(embeddings) === 0) {
      errors.push(modelError(`${side}.embeddings`, `expected ${file[side].vocab.length} rows of at least one number (one row per token), got ${describe(embeddings[0] ?? embeddings)}`));
    }
  }
  const v = file.decoder.attention?.score === "additive" ? file.decoder.attention.weights.v : undefined;
  if (v !== undefined && v.length === 0) {
    errors.push(modelError("decoder.attention.weights.v", "expected at least one value (the length of v is the additive width a), got an empty array"));
  }
  if (errors.length > 0) return errors;
  const expected = paramShapes(skeleton(file));
  const present = new Map(paramEntries(file));
  for (const shape of expected) {
    const value = present.get(shape.path);
    const e = value === undefined && isAdditiveBias(shape) ? modelError(shape.path, BIASES_TOGETHER) : shapeError(shape, value);
    if (e) errors.push(e);
  }
  const known = new Set(expected.map((s) => s.path));
  for (const path of present.keys()) {
    if (known.has(path)) continue;
    const group = GROUPS.find((g) => path.startsWith(`${g}.`)) ?? path;
    const names = expected.filter((s) => s.path.startsWith(`${group}.`)).map((s) => s.name);
    errors.push(modelError(path, `unknown weight name; expected ${names.length > 0 ? `only ${names.join(", ")}` : "no weights"} in ${group}${groupWhy(file, group)}`));
  }
  return errors;
}

/** Why a group holds the weights it does ("for an lstm cell"), for unknown-name messages. */
function groupWhy(file: ParsedFile, group: string): string {
  if (group.startsWith("encoder.")) return ` for ${article(file.encoder.cell)} cell`;
  if (group === "decoder.weights") return ` for ${article(file.decoder.cell)} cell`;
  if (group === "decoder.attention.weights") return ` for ${article(file.decoder.attention?.score ?? "")} score`;
  return "";
}

