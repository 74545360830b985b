// Keeping the model's inputs across reloads: one localStorage key holding `{ version, … }`. Older
// versions are brought up to date by the functions of MIGRATIONS, one step at a time. Storage may be
// missing, blocked or full: every access is guarded and reported in words, never thrown. Every
// stored entry is checked (storedEdits.ts): what does not fit is left out and counted, and the
// caller sets the stored text aside (kit/setAside.ts) and says so.

import { paramShapes, type Seq2SeqModel } from "../../core/model.ts";
import { parseModelText } from "../../model/modelFile.ts";
import { serializeModel } from "../../model/convert.ts";
import { MAX_JSON_DEPTH, textDepth } from "../../model/safeJson.ts";
import { WEIGHTS_KEY } from "../kit/storageKeys.ts";
import { stringifyModelFile } from "../../model/stringify.ts";
import type { StorageStatus, StoredProblem, UndoAction } from "../i18n/faultKinds.ts";
import type { ImportedModel, ModelInputs, UndoEntry } from "./modelStore.ts";
import { SOURCE_KINDS, type SourceKind } from "./sources.ts";
import { choiceOfModel } from "../../model/choice.ts";
import { editsFromJson, editsToJson } from "./storedEdits.ts";

export const STORAGE_KEY = WEIGHTS_KEY;
export const STORAGE_VERSION = 1;

type StorageLike = Pick<Storage, "getItem" | "setItem" | "removeItem">;
type Json = Record<string, unknown>;


const isRecord = (x: unknown): x is Json => typeof x === "object" && x !== null && !Array.isArray(x);

/**
 * MIGRATIONS[k] turns a version-k record into a version-(k+1) one. Version 0 had no version field and
 * kept a flat list of edits, `{ weights: [{ base, path, index, value }] }`. Bases and paths are
 * values there, so they are gathered in Maps: no stored text can name an object's prototype.
 */
export const MIGRATIONS: Readonly<Record<number, (old: Json) => Json>> = {
  0: (old) => {
    const edits = new Map<string, Map<string, [number, unknown][]>>();
    for (const w of Array.isArray(old.weights) ? old.weights : []) {
      if (!isRecord(w)) continue;
      const { base, path, index, value } = w;
      if (typeof base !== "string" || typeof path !== "string" || typeof index !== "number") continue;
      if (!edits.has(base)) edits.set(base, new Map());
      const params = edits.get(base)!;
      if (!params.has(path)) params.set(path, []);
      params.get(path)!.push([index, value]);
    }
    const plain = Object.fromEntries([...edits].map(([base, params]) => [base, Object.fromEntries(params)]));
    return { version: 1, source: "preset", edits: plain, imported: null };
  },
};

/** A record of any known version brought up to STORAGE_VERSION, or why it cannot be. */
export function migrate(raw: unknown): { ok: true; record: Json } | { ok: false; problem: StoredProblem } {
  if (!isRecord(raw)) return { ok: false, problem: { kind: "notObject" } };
  let record = raw;
  let version = record.version === undefined ? 0 : record.version;
  if (typeof version !== "number" || !Number.isInteger(version) || version < 0) return { ok: false, problem: { kind: "unknownVersion", version: String(version).slice(0, 20) } };
  if (version > STORAGE_VERSION) return { ok: false, problem: { kind: "newer", version } };
  while (version < STORAGE_VERSION) {
    record = MIGRATIONS[version]!(record);
    version += 1;
  }
  return { ok: true, record };
}

const UNDO_ACTIONS: readonly UndoAction[] = ["resetWeight", "resetParam", "resetModel", "changeParam", "randomiseModel", "link", "import", "forget"];

/**
 * Larger imported models are not kept in storage: their text would not fit (browsers give a site about
 * 5 MB) and writing it would hold the page for a second at every save. The largest preset has a few
 * thousand numbers.
 */
export const MAX_STORED_NUMBERS = 100_000;

/** How many numbers a model holds. */
export function modelSize(model: Seq2SeqModel): number {
  return paramShapes(model).reduce((n, s) => n + s.rows * (s.cols ?? 1), 0);
}

// An imported model never changes (edits are kept apart), so its text is written once per model.
const texts = new WeakMap<Seq2SeqModel, string>();

function modelText(model: Seq2SeqModel): string {
  let text = texts.get(model);
  if (text === undefined) {
    text = stringifyModelFile(serializeModel(model));
    texts.set(model, text);
  }
  return text;
}

function importedToJson(imported: ImportedModel | null, current: ImportedModel | null): unknown {
  if (!imported) return null;
  // The undo slot often holds the model that is shown: it is written once.
  if (imported === current) return "current";
  const size = modelSize(imported.model);
  if (size > MAX_STORED_NUMBERS) return { name: imported.name, numbers: size };
  return { name: imported.name, file: modelText(imported.model) };
}

/** The stored text of the inputs and the Undo slot (exact: every number reads back bit for bit). */
export function inputsToText(inputs: ModelInputs, undo: UndoEntry | null = null): string {
  const imported = importedToJson(inputs.imported, null);
  const saved = undo ? { action: undo.action, source: undo.inputs.source, edits: editsToJson(undo.inputs.edits), imported: importedToJson(undo.inputs.imported, inputs.imported) } : undefined;
  return JSON.stringify({ version: STORAGE_VERSION, source: inputs.source, edits: editsToJson(inputs.edits), imported, ...(saved ? { undo: saved } : {}) });
}

/** An imported model read back: the model, or why it could not be (its name, in English, the parser's reason). */
type ReadImported = { readonly model: ImportedModel | null; readonly problem: { readonly name: string; readonly reason: string; readonly tooLarge?: boolean } | null };

function importedFromJson(raw: unknown, current: ImportedModel | null = null): ReadImported {
  if (raw === "current") return { model: current, problem: null };
  if (raw === null || raw === undefined) return { model: null, problem: null };
  const name = isRecord(raw) && typeof raw.name === "string" ? raw.name.slice(0, 200) : "";
  if (isRecord(raw) && typeof raw.numbers === "number" && raw.file === undefined) return { model: null, problem: { name, reason: "", tooLarge: true } };
  if (!isRecord(raw) || typeof raw.file !== "string") return { model: null, problem: { name, reason: "model file: not kept as text" } };
  const parsed = parseModelText(raw.file);
  if (!parsed.ok) return { model: null, problem: { name, reason: parsed.errors[0]!.message } };
  return { model: { name: name || "an imported model", model: parsed.model, choice: choiceOfModel(parsed.model) }, problem: null };
}

const sourceOf = (raw: unknown, imported: ImportedModel | null): SourceKind => {
  const source = SOURCE_KINDS.find((k) => k === raw) ?? "preset";
  return source === "imported" && !imported ? "preset" : source;
};

/** What a stored text held: the inputs, the Undo slot, and what of it could not be used. */
export interface ReadInputs {
  readonly ok: true;
  readonly inputs: ModelInputs;
  readonly undo: UndoEntry | null;
  /** How many stored values were left out (unknown bases or paths, bad indices or values, prototype keys). */
  readonly discarded: number;
  /** The imported model, when it was stored but could not be read. */
  readonly importedProblem: ReadImported["problem"];
}

function undoFromJson(raw: unknown, current: ImportedModel | null): { undo: UndoEntry | null; discarded: number } {
  if (raw === undefined) return { undo: null, discarded: 0 };
  const action = isRecord(raw) ? UNDO_ACTIONS.find((a) => a === raw.action) : undefined;
  if (!isRecord(raw) || !action) return { undo: null, discarded: 1 };
  const edits = editsFromJson(raw.edits);
  const imported = importedFromJson(raw.imported, current);
  const inputs: ModelInputs = { source: sourceOf(raw.source, imported.model), imported: imported.model, edits: edits.edits };
  return { undo: { action, inputs }, discarded: edits.discarded + (imported.problem ? 1 : 0) };
}

/** The inputs in a stored text of any known version, or why they cannot be read. Never throws. */
export function inputsFromText(text: string): ReadInputs | { ok: false; problem: StoredProblem } {
  if (textDepth(text) > MAX_JSON_DEPTH) return { ok: false, problem: { kind: "tooDeep" } };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, problem: { kind: "syntax" } };
  }
  const migrated = migrate(raw);
  if (!migrated.ok) return migrated;
  const r = migrated.record;
  const imported = importedFromJson(r.imported);
  const edits = editsFromJson(r.edits);
  const undo = undoFromJson(r.undo, imported.model);
  const inputs: ModelInputs = { source: sourceOf(r.source, imported.model), imported: imported.model, edits: edits.edits };
  return { ok: true, inputs, undo: undo.undo, discarded: edits.discarded + undo.discarded, importedProblem: imported.problem };
}


export function storageProblem(e: unknown): StorageStatus {
  const name = e instanceof Error || (typeof e === "object" && e !== null && "name" in e) ? String((e as { name: unknown }).name) : "";
  if (name === "QuotaExceededError" || name === "NS_ERROR_DOM_QUOTA_REACHED") return { kind: "full" };
  if (name === "SecurityError") return { kind: "blocked" };
  return { kind: "refused", detail: e instanceof Error ? e.message : String(e) };
}

export const NO_STORAGE: StorageStatus = { kind: "none" };

/** What did not come back from storage, for the notice above the players (faults.stored words it). */
export type LoadTrouble =
  | { readonly kind: "unreadable"; readonly problem: StoredProblem }
  | { readonly kind: "partly"; readonly discarded: number; readonly imported: ReadInputs["importedProblem"] };

export interface Loaded {
  readonly inputs: Partial<ModelInputs>;
  readonly undo?: UndoEntry | null;
  readonly status: StorageStatus | null;
  /** Set when something stored could not be used; its text was then set aside (setAside.ts). */
  readonly trouble?: LoadTrouble;
  /** The stored text, when there is trouble with it. */
  readonly text?: string;
}

/** The saved inputs (empty when there are none), a status for the reader, and what could not be used. */
export function loadInputs(storage: StorageLike | undefined): Loaded {
  if (!storage) return { inputs: {}, status: NO_STORAGE };
  let text: string | null;
  try {
    text = storage.getItem(STORAGE_KEY);
  } catch (e) {
    return { inputs: {}, status: storageProblem(e) };
  }
  if (text === null) return { inputs: {}, status: null };
  const read = inputsFromText(text);
  if (!read.ok) return { inputs: {}, status: { kind: "notRestored", problem: read.problem }, trouble: { kind: "unreadable", problem: read.problem }, text };
  const partly = read.discarded > 0 || read.importedProblem !== null;
  return { inputs: read.inputs, undo: read.undo, status: null, ...(partly ? { trouble: { kind: "partly", discarded: read.discarded, imported: read.importedProblem }, text } : {}) };
}

/** Saves the inputs and the Undo slot (or forgets them when there is nothing to keep); what the status line says. */
export function saveInputs(storage: StorageLike | undefined, inputs: ModelInputs, undo: UndoEntry | null = null): StorageStatus {
  if (!storage) return NO_STORAGE;
  try {
    const empty = Object.keys(inputs.edits).length === 0 && !inputs.imported && inputs.source === "preset" && !undo;
    if (empty) storage.removeItem(STORAGE_KEY);
    else storage.setItem(STORAGE_KEY, inputsToText(inputs, undo));
    const tooLarge = inputs.imported !== null && modelSize(inputs.imported.model) > MAX_STORED_NUMBERS;
    return { kind: empty ? "empty" : tooLarge ? "savedButModel" : "saved" };
  } catch (e) {
    return storageProblem(e);
  }
}
