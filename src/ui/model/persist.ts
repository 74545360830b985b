// Keeping the model's inputs across reloads: one localStorage key holding `{ version, … }`. Older
// versions are brought up to date by the functions of MIGRATIONS, one step at a time. Storage may be
// missing, blocked or full: every access is guarded and reported in words, never thrown.

import type { Seq2SeqModel } from "../../core/model.ts";
import { parseModelText } from "../../model/modelFile.ts";
import { serializeModel } from "../../model/convert.ts";
import { stringifyModelFile } from "../../model/stringify.ts";
import type { Edits } from "./edits.ts";
import type { ImportedModel, ModelInputs } from "./modelStore.ts";
import { choiceOfModel, SOURCE_KINDS, type SourceKind } from "./sources.ts";

export const STORAGE_KEY = "seq2seq-lab:weights";
export const STORAGE_VERSION = 1;

type StorageLike = Pick<Storage, "getItem" | "setItem" | "removeItem">;
type Json = Record<string, unknown>;

/**
 * MIGRATIONS[k] turns a version-k record into a version-(k+1) one. Version 0 had no version field and
 * kept a flat list of edits, `{ weights: [{ base, path, index, value }] }`.
 */
export const MIGRATIONS: Readonly<Record<number, (old: Json) => Json>> = {
  0: (old) => {
    const edits: Record<string, Record<string, [number, unknown][]>> = {};
    for (const w of Array.isArray(old.weights) ? old.weights : []) {
      if (typeof w !== "object" || w === null) continue;
      const { base, path, index, value } = w as Json;
      if (typeof base !== "string" || typeof path !== "string" || typeof index !== "number") continue;
      ((edits[base] ??= {})[path] ??= []).push([index, value]);
    }
    return { version: 1, source: "preset", edits, imported: null };
  },
};

/** A record of any known version brought up to STORAGE_VERSION, or why it cannot be. */
export function migrate(raw: unknown): { ok: true; record: Json } | { ok: false; reason: string } {
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) return { ok: false, reason: "the saved edits are not an object" };
  let record = raw as Json;
  let version = record.version === undefined ? 0 : record.version;
  if (typeof version !== "number" || !Number.isInteger(version) || version < 0) return { ok: false, reason: `the saved edits have an unknown version (${String(version)})` };
  if (version > STORAGE_VERSION) return { ok: false, reason: `the saved edits come from a newer version of this site (${version})` };
  while (version < STORAGE_VERSION) {
    const step = MIGRATIONS[version];
    if (!step) return { ok: false, reason: `no migration from version ${version}` };
    record = step(record);
    version += 1;
  }
  return { ok: true, record };
}

// JSON cannot write -0, which a reader may type: it is kept as the string "-0".
const toJsonNumber = (x: number): number | string => (Object.is(x, -0) ? "-0" : x);
const fromJsonNumber = (x: unknown): number | undefined => (x === "-0" ? -0 : typeof x === "number" && Number.isFinite(x) ? x : undefined);

function editsToJson(edits: Readonly<Record<string, Edits>>): Json {
  const out: Json = {};
  for (const [base, params] of Object.entries(edits)) {
    out[base] = Object.fromEntries(Object.entries(params).map(([path, values]) => [path, Object.entries(values).map(([i, v]) => [Number(i), toJsonNumber(v)])]));
  }
  return out;
}

function editsFromJson(raw: unknown): Record<string, Edits> {
  const out: Record<string, Edits> = {};
  if (typeof raw !== "object" || raw === null) return out;
  for (const [base, params] of Object.entries(raw)) {
    if (typeof params !== "object" || params === null) continue;
    const edits: Record<string, Record<number, number>> = {};
    for (const [path, pairs] of Object.entries(params)) {
      if (!Array.isArray(pairs)) continue;
      for (const pair of pairs) {
        const index = Array.isArray(pair) ? pair[0] : undefined;
        const value = Array.isArray(pair) ? fromJsonNumber(pair[1]) : undefined;
        if (Number.isSafeInteger(index) && (index as number) >= 0 && value !== undefined) (edits[path] ??= {})[index as number] = value;
      }
    }
    if (Object.keys(edits).length > 0) out[base] = edits;
  }
  return out;
}

function importedFromJson(raw: unknown): ImportedModel | null {
  if (typeof raw !== "object" || raw === null) return null;
  const { name, file } = raw as Json;
  if (typeof file !== "string") return null;
  const parsed = parseModelText(file);
  if (!parsed.ok) return null;
  return { name: typeof name === "string" ? name : "an imported model", model: parsed.model, choice: choiceOfModel(parsed.model) };
}

/** The stored text of the inputs (exact: every number reads back bit for bit). */
export function inputsToText(inputs: ModelInputs): string {
  const imported = inputs.imported ? { name: inputs.imported.name, file: modelText(inputs.imported.model) } : null;
  return JSON.stringify({ version: STORAGE_VERSION, source: inputs.source, edits: editsToJson(inputs.edits), imported });
}

function modelText(model: Seq2SeqModel): string {
  return stringifyModelFile(serializeModel(model));
}

/** The inputs in a stored text of any known version, or why they cannot be read. */
export function inputsFromText(text: string): { ok: true; inputs: ModelInputs } | { ok: false; reason: string } {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, reason: "the saved edits are not valid JSON" };
  }
  const migrated = migrate(raw);
  if (!migrated.ok) return migrated;
  const r = migrated.record;
  const imported = importedFromJson(r.imported);
  const source = SOURCE_KINDS.find((k) => k === r.source) ?? "preset";
  return { ok: true, inputs: { source: source === "imported" && !imported ? "preset" : (source as SourceKind), imported, edits: editsFromJson(r.edits) } };
}

/**
 * What storage said, for the editor's status line, which words it in the reader's language
 * (`editor.storage` in the dictionaries): saved, nothing to keep, full, blocked, refused (with the
 * browser's reason), no storage at all, or saved edits that could not be restored (with the reason).
 */
export type StorageKind = "saved" | "empty" | "full" | "blocked" | "refused" | "none" | "notRestored";

export interface StorageStatus {
  readonly kind: StorageKind;
  /** The browser's or the reader's reason, for "refused" and "notRestored". */
  readonly detail?: string;
}

export function storageProblem(e: unknown): StorageStatus {
  const name = e instanceof Error || (typeof e === "object" && e !== null && "name" in e) ? String((e as { name: unknown }).name) : "";
  if (name === "QuotaExceededError" || name === "NS_ERROR_DOM_QUOTA_REACHED") return { kind: "full" };
  if (name === "SecurityError") return { kind: "blocked" };
  return { kind: "refused", detail: e instanceof Error ? e.message : String(e) };
}

export const NO_STORAGE: StorageStatus = { kind: "none" };

/** The saved inputs (empty when there are none) and a status for the reader, or null when all is well. */
export function loadInputs(storage: StorageLike | undefined): { inputs: Partial<ModelInputs>; status: StorageStatus | null } {
  if (!storage) return { inputs: {}, status: NO_STORAGE };
  let text: string | null;
  try {
    text = storage.getItem(STORAGE_KEY);
  } catch (e) {
    return { inputs: {}, status: storageProblem(e) };
  }
  if (text === null) return { inputs: {}, status: null };
  const read = inputsFromText(text);
  return read.ok ? { inputs: read.inputs, status: null } : { inputs: {}, status: { kind: "notRestored", detail: read.reason } };
}

/** Saves the inputs (or forgets them when there is nothing to keep); what the status line says. */
export function saveInputs(storage: StorageLike | undefined, inputs: ModelInputs): StorageStatus {
  if (!storage) return NO_STORAGE;
  try {
    const empty = Object.keys(inputs.edits).length === 0 && !inputs.imported && inputs.source === "preset";
    if (empty) storage.removeItem(STORAGE_KEY);
    else storage.setItem(STORAGE_KEY, inputsToText(inputs));
    return { kind: empty ? "empty" : "saved" };
  } catch (e) {
    return storageProblem(e);
  }
}
