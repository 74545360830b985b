// Versioning of the model file: each future version bump adds one function that turns a version-k
// file into a version-(k+1) file, and `migrateModelFile` applies them in turn up to MODEL_VERSION.
// Files newer than this code are refused with a message that says so (docs/model-format.md).

import { describe, isRecord, MODEL_FORMAT, MODEL_VERSION, modelError, type ModelError } from "./types.ts";

/** MIGRATIONS[k] turns a version-k file into a version-(k+1) file; none yet (version 1 is the first). */
const MIGRATIONS: Readonly<Record<number, (file: Record<string, unknown>) => Record<string, unknown>>> = {};

/**
 * A file of any known version, brought up to MODEL_VERSION (a new object; the input is not changed),
 * or why it cannot be: not an object, not a model file, or a version this code does not know.
 */
export function migrateModelFile(json: unknown): { ok: true; file: Record<string, unknown> } | { ok: false; errors: ModelError[] } {
  if (!isRecord(json)) return { ok: false, errors: [modelError("", `expected a JSON object, got ${describe(json)}`)] };
  if (json.format !== MODEL_FORMAT) {
    const what = json.format === undefined ? "required" : `expected ${JSON.stringify(MODEL_FORMAT)}, got ${describe(json.format)}`;
    return { ok: false, errors: [modelError("format", `${what}; this does not look like a Seq2Seq Lab model file`)] };
  }
  const version = json.version;
  if (typeof version !== "number" || !Number.isInteger(version) || version < 1) {
    const what = version === undefined ? "required" : `expected a whole number from 1 to ${MODEL_VERSION}, got ${describe(version)}`;
    return { ok: false, errors: [modelError("version", what)] };
  }
  if (version > MODEL_VERSION) {
    return {
      ok: false,
      errors: [modelError("version", `expected at most ${MODEL_VERSION}, got ${version}: this file was written by a newer Seq2Seq Lab; open it there, or update this one`)],
    };
  }
  let file: Record<string, unknown> = { ...json };
  for (let k = version; k < MODEL_VERSION; k++) {
    const step = MIGRATIONS[k];
    if (!step) return { ok: false, errors: [modelError("version", `no migration from version ${k} to ${k + 1}`)] };
    file = { ...step(file), version: k + 1 };
  }
  return { ok: true, file };
}
