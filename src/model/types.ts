// The model file as plain JSON (docs/model-format.md): the in-memory `Seq2SeqModel` with matrices as
// nested row-major arrays (one inner array per output unit, or per token for embeddings) and vectors
// as flat arrays, plus a format tag and a version. Also the error type every check reports.

import type { CellKind, ContextMap, DecoderInit, DecoderVariant, DecodingOptions, QueryKind, ScoreKind } from "../core/model.ts";

/** The format tag every model file carries. */
export const MODEL_FORMAT = "seq2seq-lab/model";
/** The version this code writes, and the newest it reads. */
export const MODEL_VERSION = 1;

/** A matrix, rows × cols, as nested rows; or a vector as a flat array. */
export type ParamJson = number[][] | number[];
export type ParamsJson = Record<string, ParamJson>;

export interface EmbeddingJson {
  vocab: string[];
  /** V × d: one row per token. */
  embeddings: number[][];
}

export interface ModelFileJson {
  format: typeof MODEL_FORMAT;
  version: typeof MODEL_VERSION;
  name: string;
  description?: string;
  source: EmbeddingJson & { appendEos?: boolean };
  target: EmbeddingJson;
  encoder: {
    cell: CellKind;
    hidden: number;
    bidirectional: boolean;
    context: ContextMap;
    weights: ParamsJson;
    backwardWeights?: ParamsJson;
  };
  decoder: {
    cell: CellKind;
    hidden: number;
    variant: DecoderVariant;
    init: DecoderInit;
    weights: ParamsJson;
    attention?: { score: ScoreKind; query: QueryKind; weights: ParamsJson };
    output: ParamsJson;
  };
  decoding: { -readonly [K in keyof DecodingOptions]: DecodingOptions[K] };
  meta?: Record<string, unknown>;
}

/** One problem with a model: where (a dotted path such as "decoder.weights.W_f[2][5]") and the whole sentence. */
export interface ModelError {
  readonly path: string;
  /** One line that starts with the path: "decoder.weights.W_f: expected 4×11, got 4×10". */
  readonly message: string;
}

/** An error at `path` whose message starts with the path (or "model file" for the whole file). */
export function modelError(path: string, text: string): ModelError {
  return { path, message: `${path === "" ? "model file" : path}: ${text}` };
}

/** "a dot", "an lstm", "an additive": the article for a kind's name as it is read aloud. */
export function article(word: string): string {
  return /^([aeiou]|lstm|rnn)/i.test(word) ? `an ${word}` : `a ${word}`;
}

/** A short, one-line description of a received value, for "expected …, got …". */
export function describe(value: unknown): string {
  if (value === undefined) return "nothing";
  if (value === null) return "null";
  if (typeof value === "number") return Object.is(value, -0) ? "-0" : String(value);
  if (typeof value === "string") return JSON.stringify(value.length > 40 ? `${value.slice(0, 37)}...` : value);
  if (typeof value === "boolean") return String(value);
  if (Array.isArray(value)) return value.length === 0 ? "an empty array" : `an array of ${value.length}`;
  if (value instanceof Float64Array) return `a vector of ${value.length}`;
  if (typeof value === "object") return "an object";
  return typeof value;
}

/** "a.b" + "c" → "a.b.c"; "a.b" + 3 → "a.b[3]". */
export function joinPath(base: string, key: string | number): string {
  if (typeof key === "number") return `${base}[${key}]`;
  return base === "" ? key : `${base}.${key}`;
}

/** Whether a value is a plain object (not null, not an array). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
