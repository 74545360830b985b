// The model's inputs: which base the reader chose, the one imported model file, and the reader's
// edits of each base as a sparse difference. The effective model and its trace are derived from
// these (useCurrentModel), never stored. Plain TypeScript (zustand/vanilla); React binds through hooks.

import { createStore } from "zustand/vanilla";
import type { Seq2SeqModel } from "../../core/model.ts";
import type { ModelChoice } from "../../model/defaults.ts";
import { NO_EDITS, withoutParam, withoutValue, withParamValues, withValue, type Edits } from "./edits.ts";
import type { StorageStatus } from "./persist.ts";
import { choiceOfModel, IMPORTED_ID, type SourceKind } from "./sources.ts";

export interface ImportedModel {
  /** Where it came from, for the reader: a file name or "a shared link". */
  readonly name: string;
  readonly model: Seq2SeqModel;
  /** The player's choices that show it. */
  readonly choice: ModelChoice;
}

/** A message for the reader: a refused link or file, or what a link did. */
export interface Notice {
  readonly tone: "info" | "error";
  readonly text: string;
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
  resetModel(baseId: string): void;
  /** The edits of a base replaced as a whole (a shared link). */
  replaceEdits(baseId: string, edits: Edits): void;
  importModel(model: Seq2SeqModel, name: string): void;
  forgetImported(): void;
  notify(notice: Notice | null): void;
  setStorage(status: StorageStatus | null): void;
}

export type ModelStoreState = ModelState & ModelActions;

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

export function createModelStore(initial: Partial<ModelInputs> = {}) {
  return createStore<ModelStoreState>()((set) => ({
    ...DEFAULT_INPUTS,
    ...initial,
    notice: null,
    storage: null,
    setSource: (source) => set({ source }),
    setValue: (id, base, path, index, value) => set((s) => put(s, id, withValue(editsOf(s, id), base, path, index, value))),
    resetValue: (id, path, index) => set((s) => put(s, id, withoutValue(editsOf(s, id), path, index))),
    setParam: (id, base, path, values) => set((s) => put(s, id, withParamValues(editsOf(s, id), base, path, values))),
    setParams: (id, base, values) =>
      set((s) => {
        let edits = editsOf(s, id);
        for (const [path, v] of Object.entries(values)) edits = withParamValues(edits, base, path, v);
        return put(s, id, edits);
      }),
    resetParam: (id, path) => set((s) => put(s, id, withoutParam(editsOf(s, id), path))),
    resetModel: (id) => set((s) => put(s, id, NO_EDITS)),
    replaceEdits: (id, edits) => set((s) => put(s, id, edits)),
    importModel: (model, name) => set((s) => ({ imported: { name, model, choice: choiceOfModel(model) }, source: "imported", ...put(s, IMPORTED_ID, NO_EDITS) })),
    forgetImported: () => set((s) => ({ imported: null, source: s.source === "imported" ? "preset" : s.source, ...put(s, IMPORTED_ID, NO_EDITS) })),
    notify: (notice) => set({ notice }),
    setStorage: (storage) => set({ storage }),
  }));
}

export type ModelStore = ReturnType<typeof createModelStore>;
