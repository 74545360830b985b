// The structure of a Transformer model file as valibot schemas (docs/model-format.md, "The Transformer
// model file"): types, required and unknown keys, integer ranges, vocabularies. Parameters are only
// "arrays" here; transformerChecks.ts checks their numbers and shapes against transformerShapesFor.

import * as v from "valibot";
import { got, intIn, issueErrors, record, vocabProblem } from "./schema.ts";
import { describe, isRecord, joinPath, modelError, type ModelError } from "./types.ts";

/** The format tag every Transformer model file carries. */
export const TRANSFORMER_FORMAT = "seq2seq-lab/transformer";
/** The version this code writes, and the newest it reads. */
export const TRANSFORMER_VERSION = 1;
/** Greedy decoding's defaults: the only strategy the Transformer core has, and its length limit. */
export const TRANSFORMER_DECODING = { strategy: "greedy", maxLength: 12 } as const;

const vocab = v.pipe(
  v.array(v.string(got("a token string")), got("an array of token strings")),
  v.check((list) => vocabProblem(list) === undefined, (issue) => vocabProblem(issue.input as string[]) ?? "invalid vocabulary"),
);

const decodingEntries = {
  strategy: v.optional(v.literal("greedy", got('"greedy" (the only strategy the Transformer core has)')), TRANSFORMER_DECODING.strategy),
  maxLength: v.optional(intIn(1, 200), TRANSFORMER_DECODING.maxLength),
};

const fileEntries = {
  format: v.literal(TRANSFORMER_FORMAT, got(JSON.stringify(TRANSFORMER_FORMAT))),
  version: v.literal(TRANSFORMER_VERSION, got(String(TRANSFORMER_VERSION))),
  name: v.string(got("a string")),
  description: v.optional(v.string(got("a string"))),
  source: record({ vocab }),
  target: record({ vocab }),
  d_model: intIn(1, 512),
  heads: intIn(1, 64),
  d_ff: intIn(1, 2048),
  layers: intIn(1, 16),
  params: v.pipe(
    v.custom<Record<string, unknown>>(isRecord, got("an object of parameters by path")),
    v.record(v.string(), v.array(v.unknown(), got("an array of numbers or of rows"))),
  ),
  decoding: v.optional(record(decodingEntries), { ...TRANSFORMER_DECODING }),
  meta: v.optional(v.custom<Record<string, unknown>>(isRecord, got("an object"))),
};

const fileSchema = record(fileEntries);

export type ParsedTransformerFile = v.InferOutput<typeof fileSchema>;

/** The keys each object may hold, and what a missing required key should hold. */
const KEYS: Record<string, readonly string[]> = { "": Object.keys(fileEntries), source: ["vocab"], target: ["vocab"], decoding: Object.keys(decodingEntries) };
const HINTS: Record<string, string> = {
  format: JSON.stringify(TRANSFORMER_FORMAT),
  version: String(TRANSFORMER_VERSION),
  name: "a string",
  vocab: "an array of token strings",
  d_model: "an integer from 1 to 512",
  heads: "an integer from 1 to 64",
  d_ff: "an integer from 1 to 2048",
  layers: "an integer from 1 to 16",
  params: "an object of parameters by path",
};

/**
 * Where an issue stands. A parameter is named by its path alone ("encoder.0.ffn.W_1", not
 * "params.encoder.0.ffn.W_1"), as every later check names it.
 */
function transformerPlace(keys: readonly (string | number)[]): { path: string; parent: string } {
  const inParams = keys[0] === "params" && keys.length > 1;
  const path = (inParams ? keys.slice(1) : keys).reduce<string>((p, k) => joinPath(p, k), "");
  return { path, parent: keys.slice(0, -1).join(".") };
}

/** The file with defaults filled in, or the structure errors. Expects the format and version checked. */
export function checkTransformerStructure(json: unknown): { ok: true; file: ParsedTransformerFile } | { ok: false; errors: ModelError[] } {
  const result = v.safeParse(fileSchema, json);
  return result.success ? { ok: true, file: result.output } : { ok: false, errors: issueErrors(result.issues, transformerPlace, KEYS, HINTS) };
}

/** Format and version first, so that a recurrent file or a newer version gets one clear line. */
export function versionErrors(json: unknown): ModelError[] {
  if (!isRecord(json)) return [modelError("", `expected a JSON object, got ${describe(json)}`)];
  if (json.format !== TRANSFORMER_FORMAT) {
    const what = json.format === undefined ? "required" : `expected ${JSON.stringify(TRANSFORMER_FORMAT)}, got ${describe(json.format)}`;
    return [modelError("format", `${what}; this does not look like a Seq2Seq Lab Transformer model file`)];
  }
  const version = json.version;
  if (typeof version !== "number" || !Number.isInteger(version) || version < 1) {
    return [modelError("version", version === undefined ? "required" : `expected a whole number from 1 to ${TRANSFORMER_VERSION}, got ${describe(version)}`)];
  }
  if (version > TRANSFORMER_VERSION) {
    return [modelError("version", `expected at most ${TRANSFORMER_VERSION}, got ${version}: this file was written by a newer Seq2Seq Lab; open it there, or update this one`)];
  }
  return [];
}
