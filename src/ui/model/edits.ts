// The reader's edits as a sparse difference from a base model: parameter path → flat row-major index
// → value. Pure functions over plain objects, so the store can keep them, storage and links can carry
// them, and the effective model is always recomputed from (base, edits), never stored.

import { getParam, isMat, paramShapes, type ParamShape, type Seq2SeqModel } from "../../core/model.ts";
import { withParams } from "../../core/train/params.ts";

/** The edited values of one parameter: flat index (row * cols + col) → value. */
export type ParamEdits = Readonly<Record<number, number>>;
/** Every edited parameter of one base model, by `paramShapes` path. */
export type Edits = Readonly<Record<string, ParamEdits>>;

export const NO_EDITS: Edits = Object.freeze({});

/** How many numbers a parameter holds. */
export function paramSize(shape: Pick<ParamShape, "rows" | "cols">): number {
  return shape.rows * (shape.cols ?? 1);
}

/** The numbers of a parameter of `model` (shared, not copied: read only). */
export function paramData(model: Seq2SeqModel, path: string): Float64Array | undefined {
  const p = getParam(model, path);
  return p === undefined ? undefined : isMat(p) ? p.data : p;
}

/** The number of edited values. */
export function countEdits(edits: Edits): number {
  let n = 0;
  for (const path of Object.keys(edits)) n += Object.keys(edits[path]!).length;
  return n;
}

/**
 * What is wrong with `edits` for `base`, one sentence each: an unknown path, an index outside the
 * parameter, a value that is not a finite number. An empty list when every edit applies.
 */
export function editErrors(base: Seq2SeqModel, edits: Edits): string[] {
  const shapes = new Map(paramShapes(base).map((s) => [s.path, s]));
  const errors: string[] = [];
  for (const [path, values] of Object.entries(edits)) {
    const shape = shapes.get(path);
    if (!shape) {
      errors.push(`${path}: this model has no such parameter`);
      continue;
    }
    const size = paramSize(shape);
    for (const [key, value] of Object.entries(values)) {
      const index = Number(key);
      if (!Number.isInteger(index) || index < 0 || index >= size) errors.push(`${path}[${key}]: outside the parameter, which holds ${size} numbers`);
      else if (typeof value !== "number" || !Number.isFinite(value)) errors.push(`${path}[${key}]: ${String(value)} is not a finite number`);
    }
  }
  return errors;
}

/**
 * The edits that fit `base` (a known path, an index inside the parameter, a finite value) and how
 * many did not. The edits themselves come back when all fit, so a caller can compare by identity.
 */
export function validEdits(base: Seq2SeqModel, edits: Edits): { edits: Edits; dropped: number } {
  const shapes = new Map(paramShapes(base).map((s) => [s.path, s]));
  const out = new Map<string, Record<number, number>>();
  let dropped = 0;
  for (const [path, values] of Object.entries(edits)) {
    const shape = shapes.get(path);
    const size = shape ? paramSize(shape) : 0;
    const kept: Record<number, number> = {};
    for (const [key, value] of Object.entries(values)) {
      const index = Number(key);
      if (Number.isInteger(index) && index >= 0 && index < size && typeof value === "number" && Number.isFinite(value)) kept[index] = value;
      else dropped++;
    }
    if (Object.keys(kept).length > 0) out.set(path, kept);
  }
  return dropped === 0 ? { edits, dropped } : { edits: Object.fromEntries(out), dropped };
}

/**
 * The base model with the edits written over it. Parameters without edits are shared with the base
 * (so a picture of an unchanged matrix need not redraw); edits that do not fit the base are skipped
 * (callers check `editErrors` first where that matters).
 */
export function applyEdits(base: Seq2SeqModel, edits: Edits): Seq2SeqModel {
  const paths = Object.keys(edits);
  if (paths.length === 0) return base;
  const values: Record<string, Float64Array> = {};
  for (const path of paths) {
    const data = paramData(base, path);
    if (!data) continue;
    const copy = Float64Array.from(data);
    for (const [key, value] of Object.entries(edits[path]!)) {
      const index = Number(key);
      if (Number.isInteger(index) && index >= 0 && index < copy.length && Number.isFinite(value)) copy[index] = value;
    }
    values[path] = copy;
  }
  return withParams(base, values);
}

/** The edits with one value set; a value bit-identical to the base's removes the edit instead. */
export function withValue(edits: Edits, base: Seq2SeqModel, path: string, index: number, value: number): Edits {
  const original = paramData(base, path)?.[index];
  const current: Record<number, number> = { ...edits[path] };
  if (original !== undefined && Object.is(original, value)) delete current[index];
  else current[index] = value;
  return withParamEdits(edits, path, current);
}

/** The edits with a whole parameter replaced by `values` (same length), kept as a difference. */
export function withParamValues(edits: Edits, base: Seq2SeqModel, path: string, values: ArrayLike<number>): Edits {
  const original = paramData(base, path);
  if (!original || original.length !== values.length) return edits;
  const current: Record<number, number> = {};
  for (let i = 0; i < values.length; i++) if (!Object.is(original[i], values[i])) current[i] = values[i]!;
  return withParamEdits(edits, path, current);
}

/** The edits with several parameters replaced by `values` (by path), each kept as a difference. */
export function withParamsValues(edits: Edits, base: Seq2SeqModel, values: Readonly<Record<string, ArrayLike<number>>>): Edits {
  let out = edits;
  for (const [path, v] of Object.entries(values)) out = withParamValues(out, base, path, v);
  return out;
}

/** The edits without the value at (path, index). */
export function withoutValue(edits: Edits, path: string, index: number): Edits {
  if (!edits[path] || !(index in edits[path])) return edits;
  const current: Record<number, number> = { ...edits[path] };
  delete current[index];
  return withParamEdits(edits, path, current);
}

/** The edits without any edit of `path`. */
export function withoutParam(edits: Edits, path: string): Edits {
  return withParamEdits(edits, path, {});
}

function withParamEdits(edits: Edits, path: string, values: ParamEdits): Edits {
  const out: Record<string, ParamEdits> = { ...edits };
  if (Object.keys(values).length === 0) delete out[path];
  else out[path] = values;
  return out;
}
