// The structure of a model file as valibot schemas: types, enums, required keys, ranges and the
// vocabularies. Parameter contents are only "arrays" here; numbers.ts and shapes.ts check them.
// `issueErrors` turns valibot issues into one-line errors that name the path, for this file and the
// Transformer's (transformerSchema.ts), which also takes `got`, `intIn` and `record` from here.

import * as v from "valibot";
import { CELL_KINDS, CONTEXT_MAPS, DECODER_VARIANTS, SCORE_KINDS, SPECIAL_TOKENS } from "../core/model.ts";
import { DEFAULT_DECODING } from "../core/init.ts";
import { describe, isRecord, joinPath, MODEL_FORMAT, MODEL_VERSION, modelError, type ModelError } from "./types.ts";

/** A valibot message: "expected …, got …" with the value described. */
export const got = (expected: string) => (issue: { input: unknown }) => `expected ${expected}, got ${describe(issue.input)}`;
const oneOf = (options: readonly string[]) => `one of ${options.map((o) => JSON.stringify(o)).join(", ")}`;

function choice<const T extends string>(options: readonly T[]) {
  return v.picklist(options, got(oneOf(options)));
}

/** An integer from lo to hi, with one message for every way to miss. */
export function intIn(lo: number, hi: number) {
  const what = `an integer from ${lo} to ${hi}`;
  return v.pipe(v.number(got(what)), v.check((x) => Number.isInteger(x) && x >= lo && x <= hi, got(what)));
}

/** A JSON object with exactly these keys (arrays and null are refused, unlike valibot's object). */
export function record<const E extends v.ObjectEntries>(entries: E) {
  return v.pipe(v.custom<Record<string, unknown>>(isRecord, got("an object")), v.strictObject(entries));
}

const text = v.string(got("a string"));
const params = v.pipe(
  v.custom<Record<string, unknown>>(isRecord, got("an object of named weights")),
  v.record(v.string(), v.array(v.unknown(), got("an array of numbers or of rows"))),
);

/** Why a vocabulary is unusable, or undefined: duplicates and missing special tokens. */
export function vocabProblem(vocab: readonly string[]): string | undefined {
  const first = new Map<string, number>();
  for (let i = 0; i < vocab.length; i++) {
    const seen = first.get(vocab[i]!);
    if (seen !== undefined) return `expected unique tokens, got ${describe(vocab[i])} twice (ids ${seen} and ${i})`;
    first.set(vocab[i]!, i);
  }
  const missing = Object.values(SPECIAL_TOKENS).filter((t) => !first.has(t));
  if (missing.length > 0) return `expected the special tokens ${Object.values(SPECIAL_TOKENS).join(", ")}, missing ${missing.join(", ")}`;
  return undefined;
}

const vocab = v.pipe(
  v.array(v.string(got("a token string")), got("an array of token strings")),
  v.check((list) => vocabProblem(list) === undefined, (issue) => vocabProblem(issue.input as string[]) ?? "invalid vocabulary"),
);

const embeddingEntries = { vocab, embeddings: v.array(v.unknown(), got("an array of rows, one per token")) };
const embedding = record(embeddingEntries);
/** The source may also say that the encoder reads <eos> after the words (absent: it does not). */
const sourceEntries = { ...embeddingEntries, appendEos: v.optional(v.boolean(got("true or false"))) };

const cell = choice(CELL_KINDS);
const hidden = intIn(1, 512);

const encoderEntries = {
  cell,
  hidden,
  bidirectional: v.optional(v.boolean(got("true or false")), false),
  context: v.optional(choice(CONTEXT_MAPS), "last"),
  weights: params,
  backwardWeights: v.optional(params),
};

const attentionEntries = {
  score: choice(SCORE_KINDS),
  query: v.optional(choice(["previous", "current"] as const), "previous"),
  weights: v.optional(params, {}),
};

const decoderEntries = {
  cell,
  hidden,
  variant: choice(DECODER_VARIANTS),
  init: v.optional(choice(["context", "zeros"] as const), "context"),
  weights: params,
  attention: v.optional(record(attentionEntries)),
  output: params,
};

const temperature = "a finite number greater than 0";
const decodingEntries = {
  strategy: v.optional(choice(["greedy", "sample"] as const), DEFAULT_DECODING.strategy),
  temperature: v.optional(v.pipe(v.number(got(temperature)), v.check((x) => Number.isFinite(x) && x > 0, got(temperature))), DEFAULT_DECODING.temperature),
  seed: v.optional(v.pipe(v.number(got("an integer")), v.check((x: number) => Number.isSafeInteger(x), got("an integer"))), DEFAULT_DECODING.seed),
  maxLength: v.optional(intIn(1, 200), DEFAULT_DECODING.maxLength),
};

const fileEntries = {
  format: v.literal(MODEL_FORMAT, got(JSON.stringify(MODEL_FORMAT))),
  version: v.literal(MODEL_VERSION, got(String(MODEL_VERSION))),
  name: text,
  description: v.optional(text),
  source: record(sourceEntries),
  target: embedding,
  encoder: record(encoderEntries),
  decoder: record(decoderEntries),
  decoding: v.optional(record(decodingEntries), { ...DEFAULT_DECODING }),
  meta: v.optional(v.custom<Record<string, unknown>>(isRecord, got("an object"))),
};

/** The whole file's structure. Output: the file with defaults filled in. */
export const modelFileSchema = record(fileEntries);

/** The keys each object of the file may hold, by path, for "unknown key" messages. */
const KEYS: Record<string, readonly string[]> = {
  "": Object.keys(fileEntries),
  source: Object.keys(sourceEntries),
  target: Object.keys(embeddingEntries),
  encoder: Object.keys(encoderEntries),
  decoder: Object.keys(decoderEntries),
  "decoder.attention": Object.keys(attentionEntries),
  decoding: Object.keys(decodingEntries),
};

/** What a missing key should hold, for "required" messages. */
const HINTS: Record<string, string> = {
  cell: oneOf(CELL_KINDS),
  hidden: "an integer from 1 to 512",
  variant: oneOf(DECODER_VARIANTS),
  score: oneOf(SCORE_KINDS),
  weights: "an object of named weights",
  output: "an object with W_out and b_out",
  vocab: "an array of token strings",
  embeddings: "an array of rows, one per token",
  format: JSON.stringify(MODEL_FORMAT),
  version: String(MODEL_VERSION),
  name: "a string",
};

/** Where an issue stands: its path as errors name it, and the path of its object (a key of `keys`). */
export type IssuePlace = (keys: readonly (string | number)[]) => { readonly path: string; readonly parent: string };

/**
 * valibot's issues as one-line errors, one per path: an unknown key lists what `keys[parent]` allows,
 * a missing one says what `hints` says it should hold. Both model files' checks word errors so.
 */
export function issueErrors(
  issues: readonly v.BaseIssue<unknown>[],
  place: IssuePlace,
  keys: Record<string, readonly string[]>,
  hints: Record<string, string>,
): ModelError[] {
  const errors: ModelError[] = [];
  const seen = new Set<string>();
  for (const issue of issues) {
    const { path, parent } = place((issue.path ?? []).map((item) => item.key as string | number));
    if (seen.has(path)) continue;
    seen.add(path);
    const last = issue.path?.[issue.path.length - 1];
    if (issue.type === "strict_object" && issue.expected === "never") {
      errors.push(modelError(path, `unknown key; expected one of ${(keys[parent] ?? []).join(", ")}`));
    } else if (issue.type === "strict_object" && last && isRecord(last.input) && !((last.key as string) in last.input)) {
      const hint = hints[last.key as string];
      errors.push(modelError(path, hint ? `required (${hint})` : "required"));
    } else {
      errors.push(modelError(path, issue.message));
    }
  }
  return errors;
}

/** The recurrent file's places: the whole path, its object's path without the last key or index. */
function recurrentPlace(keys: readonly (string | number)[]): { path: string; parent: string } {
  const path = keys.reduce<string>((p, k) => joinPath(p, k), "");
  return { path, parent: path.replace(/(\.[^.[\]]+|\[\d+\])$/, "") };
}

/** valibot's issues as one-line errors, one per path. */
export function issuesToErrors(issues: readonly v.BaseIssue<unknown>[]): ModelError[] {
  return issueErrors(issues, recurrentPlace, KEYS, HINTS);
}

export type ParsedFile = v.InferOutput<typeof modelFileSchema>;

/** The file with defaults filled in, or the structure errors. */
export function checkStructure(json: unknown): { ok: true; file: ParsedFile } | { ok: false; errors: ModelError[] } {
  const result = v.safeParse(modelFileSchema, json);
  return result.success ? { ok: true, file: result.output } : { ok: false, errors: issuesToErrors(result.issues) };
}
