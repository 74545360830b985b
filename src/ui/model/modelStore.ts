// The model's inputs: which base the reader chose, the one imported model file, and the reader's
// edits of each base as a sparse difference. The effective model and its trace are derived from
// these (useCurrentModel), never stored. Plain TypeScript (zustand/vanilla); React binds through hooks.

import { createStore } from "zustand/vanilla";
import type { Seq2SeqModel } from "../../core/model.ts";
import type { ModelChoice } from "../../model/defaults.ts";
import { NO_EDITS, withoutParam, withoutValue, withParamsValues, withParamValues, withValue, type Edits } from "./edits.ts";
import type { Messages } from "../i18n/en.ts";
import type { StorageStatus, UndoAction } from "../i18n/faultKinds.ts";
import { IMPORTED_ID, type SourceKind } from "./sources.ts";
import { choiceOfModel } from "../../model/choice.ts";

export interface ImportedModel {
  /** Where it came from, for the reader: a file name, or the model's own name (a link, the trainer). */
  readonly name: string;
  readonly model: Seq2SeqModel;
  /** The player's choices that show it. */
  readonly choice: ModelChoice;
}

/** A button beside a notice: undo, download or delete what was set aside. */
export interface NoticeAction {
  readonly label: (t: Messages) => string;
  readonly run: () => void;
}

/**
 * A message for the reader: a refused link or file, what a link did, saved data that could not be
 * restored. A function of the dictionary follows the page's language while it is shown.
 */
export interface Notice {
  readonly tone: "info" | "error";
  readonly text: string | ((t: Messages) => string);
  readonly actions?: readonly NoticeAction[];
}


/** The inputs before the last action that replaced or removed something of the reader's. */
export interface UndoEntry {
  readonly action: UndoAction;
  readonly inputs: ModelInputs;
}

export interface ModelInputs {
  readonly source: SourceKind;
  readonly imported: ImportedModel | null;
  /** Edits by base id (sources.ts). */
  readonly edits: Readonly<Record<string, Edits>>;
}

export interface ModelState extends ModelInputs {
  readonly notice: Notice | null;
  /** Whether the edits could be saved in this browser; null before the first save. */
  readonly storage: StorageStatus | null;
  /** What the Undo button brings back; null when there is nothing to undo. */
  readonly undo: UndoEntry | null;
}

export interface ModelActions {
  setSource(source: SourceKind): void;
  setValue(baseId: string, base: Seq2SeqModel, path: string, index: number, value: number): void;
  resetValue(baseId: string, path: string, index: number): void;
  /** Replaces every number of one parameter (randomise, scale). */
  setParam(baseId: string, base: Seq2SeqModel, path: string, values: ArrayLike<number>): void;
  /** Replaces several parameters at once (randomise the model). */
  setParams(baseId: string, base: Seq2SeqModel, values: Readonly<Record<string, ArrayLike<number>>>): void;
  resetParam(baseId: string, path: string): void;
  /**
   * The edits of a base replaced as a whole by the reader's own doing (a gradient step, or undoing
   * one): like an edit of a weight, it moves on from the last action rather than offering its Undo.
   */
  setEdits(baseId: string, edits: Edits): void;
  resetModel(baseId: string): void;
  /** Keeps only `edits` of a base: stored edits that do not fit it are dropped (no Undo: they never applied). */
  dropInvalidEdits(baseId: string, edits: Edits): void;
  /** The edits of a base replaced as a whole (a shared link). */
  replaceEdits(baseId: string, edits: Edits): void;
  /** A new imported model; `via` says whether it came from a file (or the trainer) or a link. */
  importModel(model: Seq2SeqModel, name: string, via?: "file" | "link"): void;
  forgetImported(): void;
  /** Brings back the inputs before the last reset, randomise, import or link. */
  undoLast(): void;
  notify(notice: Notice | null): void;
  /** Adds to the notice shown (its words and buttons after the ones there), or shows it. */
  addNotice(notice: Notice): void;
  setStorage(status: StorageStatus | null): void;
}

export type ModelStoreState = ModelState & ModelActions;

const wordsOf = (notice: Notice, t: Messages) => (typeof notice.text === "function" ? notice.text(t) : notice.text);

/** Two notices as one: both sentences, both sets of buttons, an error if either is. */
function joinNotices(a: Notice, b: Notice): Notice {
  return { tone: a.tone === "error" || b.tone === "error" ? "error" : "info", text: (t) => `${wordsOf(a, t)} ${wordsOf(b, t)}`, actions: [...(a.actions ?? []), ...(b.actions ?? [])] };
}

export const DEFAULT_INPUTS: ModelInputs = { source: "preset", imported: null, edits: {} };

export function editsOf(state: ModelInputs, baseId: string): Edits {
  return state.edits[baseId] ?? NO_EDITS;
}

function put(state: ModelInputs, baseId: string, edits: Edits): Pick<ModelInputs, "edits"> {
  if (edits === editsOf(state, baseId)) return { edits: state.edits };
  const all: Record<string, Edits> = { ...state.edits };
  if (Object.keys(edits).length === 0) delete all[baseId];
  else all[baseId] = edits;
  return { edits: all };
}

const inputsOf = ({ source, imported, edits }: ModelInputs): ModelInputs => ({ source, imported, edits });

export function createModelStore(initial: Partial<ModelInputs> & { readonly undo?: UndoEntry | null } = {}) {
  return createStore<ModelStoreState>()((set) => {
    // Every action that replaces or removes the reader's numbers keeps what was there for Undo.
    const undoable = (action: UndoAction, change: (s: ModelStoreState) => Partial<ModelInputs>) =>
      set((s) => {
        const next = change(s);
        const changed = (next.edits !== undefined && next.edits !== s.edits) || (next.imported !== undefined && next.imported !== s.imported) || (next.source !== undefined && next.source !== s.source);
        return changed ? { ...next, undo: { action, inputs: inputsOf(s) } } : {};
      });
    return {
      ...DEFAULT_INPUTS,
      undo: null,
      ...initial,
      notice: null,
      storage: null,
      setSource: (source) => set({ source }),
      // A new edit moves on from the last action: its Undo would now throw the new edit away too.
      setValue: (id, base, path, index, value) => set((s) => ({ ...put(s, id, withValue(editsOf(s, id), base, path, index, value)), undo: null })),
      resetValue: (id, path, index) => undoable("resetWeight", (s) => put(s, id, withoutValue(editsOf(s, id), path, index))),
      setParam: (id, base, path, values) => undoable("changeParam", (s) => put(s, id, withParamValues(editsOf(s, id), base, path, values))),
      setParams: (id, base, values) => undoable("randomiseModel", (s) => put(s, id, withParamsValues(editsOf(s, id), base, values))),
      setEdits: (id, edits) => set((s) => ({ ...put(s, id, edits), undo: null })),
      resetParam: (id, path) => undoable("resetParam", (s) => put(s, id, withoutParam(editsOf(s, id), path))),
      resetModel: (id) => undoable("resetModel", (s) => put(s, id, NO_EDITS)),
      dropInvalidEdits: (id, edits) => set((s) => put(s, id, edits)),
      replaceEdits: (id, edits) => undoable("link", (s) => put(s, id, edits)),
      importModel: (model, name, via = "file") =>
        undoable(via === "link" ? "link" : "import", (s) => ({ imported: { name, model, choice: choiceOfModel(model) }, source: "imported", ...put(s, IMPORTED_ID, NO_EDITS) })),
      forgetImported: () => undoable("forget", (s) => ({ imported: null, source: s.source === "imported" ? "preset" : s.source, ...put(s, IMPORTED_ID, NO_EDITS) })),
      undoLast: () => set((s) => (s.undo ? { ...s.undo.inputs, undo: null } : {})),
      notify: (notice) => set({ notice }),
      addNotice: (notice) => set((s) => ({ notice: s.notice ? joinNotices(s.notice, notice) : notice })),
      setStorage: (storage) => set({ storage }),
    };
  });
}

export type ModelStore = ReturnType<typeof createModelStore>;
