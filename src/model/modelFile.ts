// Reading and checking model files: `parseModel` (a JSON value), `parseModelText` (a JSON text) and
// `validateModel` (an in-memory model, as the editor holds it). The checks run in order: version,
// structure, the numbers' types, the configuration rules, then shapes and finiteness.

import type { Seq2SeqModel } from "../core/model.ts";
import { serializeModel, toModel } from "./convert.ts";
import { findJsonSyntaxError } from "./jsonSyntax.ts";
import { migrateModelFile } from "./migrate.ts";
import { describeJsonProblem, MAX_JSON_DEPTH, textDepth, valueProblem } from "./safeJson.ts";
import { elementErrors, finiteErrors } from "./numbers.ts";
import { checkStructure, type ParsedFile } from "./schema.ts";
import { ruleErrors, shapeErrors } from "./shapes.ts";
import { modelError, type ModelError } from "./types.ts";

export type ParseResult = { ok: true; model: Seq2SeqModel } | { ok: false; errors: readonly ModelError[] };

/** Every check on a file of the current version; an empty list when the model is sound. */
function fileErrors(json: unknown): { file?: ParsedFile; errors: ModelError[] } {
  const structure = checkStructure(json);
  if (!structure.ok) return { errors: structure.errors };
  const { file } = structure;
  const stages = [elementErrors, ruleErrors, (f: ParsedFile) => [...shapeErrors(f), ...finiteErrors(f)]];
  for (const stage of stages) {
    const errors = stage(file);
    if (errors.length > 0) return { errors };
  }
  return { file, errors: [] };
}

/**
 * The model in a parsed model file (any JSON value), or every error found, each naming its path.
 * Never throws; the input is not changed and the model shares nothing with it.
 */
export function parseModel(json: unknown): ParseResult {
  try {
    // Checked first: the checks below recurse, and a prototype key must never reach an object.
    const problem = valueProblem(json);
    if (problem?.kind === "forbiddenKey") return { ok: false, errors: [modelError(problem.path, `the key "${problem.key}" is not allowed`)] };
    if (problem) return { ok: false, errors: [modelError("", describeJsonProblem(problem))] };
    const migrated = migrateModelFile(json);
    if (!migrated.ok) return migrated;
    const { file, errors } = fileErrors(migrated.file);
    return file ? { ok: true, model: toModel(file) } : { ok: false, errors };
  } catch (e) {
    // A getter that throws or a cyclic object cannot come from JSON.parse; report rather than crash.
    return { ok: false, errors: [modelError("", `could not be read: ${e instanceof Error ? e.message : String(e)}`)] };
  }
}

/** The model in a model file's text; a syntax error is reported with its line and column. */
export function parseModelText(text: string): ParseResult {
  const body = text.replace(/^\uFEFF/, "");
  if (body.trim() === "") return { ok: false, errors: [modelError("", "expected a JSON object, got an empty text")] };
  if (textDepth(body) > MAX_JSON_DEPTH) return { ok: false, errors: [modelError("", describeJsonProblem({ kind: "tooDeep", limit: MAX_JSON_DEPTH }))] };
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch (e) {
    const where = findJsonSyntaxError(body);
    const detail = where ? `line ${where.line}, column ${where.column}: ${where.reason}` : e instanceof Error ? e.message : String(e);
    return { ok: false, errors: [modelError("", `not valid JSON: ${detail}`)] };
  }
  return parseModel(json);
}

/**
 * What is wrong with an in-memory model (the editor's), by the same checks as a file: shapes against
 * `paramShapes`, the configuration rules, and NaN or ±Infinity with the path of each bad value.
 */
export function validateModel(model: Seq2SeqModel): ModelError[] {
  try {
    return fileErrors(serializeModel(model)).errors;
  } catch (e) {
    return [modelError("", `could not be read: ${e instanceof Error ? e.message : String(e)}`)];
  }
}
