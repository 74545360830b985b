// Which model store, preset loader and on-demand trainer the players read. The page has one of
// each, made on first use (the saved edits are read then, and what could not be read is set aside
// with a notice); a test or an embedding can provide its own through ModelContext.

import { createContext, useContext } from "react";
import { browserStorage } from "../kit/storage.ts";
import { createModelStore, type ModelStore } from "./modelStore.ts";
import { loadInputs } from "./persist.ts";
import { startPersistence } from "./persistence.ts";
import { restoreNotice } from "./restoreNotice.ts";
import type { PresetLoader } from "../kit/presets.ts";
import { pagePresetLoader } from "../kit/presetLoaderContext.ts";
import type { OnDemand } from "../ondemand/onDemand.ts";
import { pageOnDemand } from "../ondemand/pageDeps.ts";

export interface ModelContextValue {
  readonly store: ModelStore;
  readonly presets: PresetLoader;
  /** Trains the choices that have no preset; without it (a test's context) they show the demo. */
  readonly onDemand?: OnDemand;
}

let pageContext: ModelContextValue | undefined;

/** The page's store (restored from storage, saved on change) and its preset loader. */
export function pageModelContext(): ModelContextValue {
  if (!pageContext) {
    const storage = browserStorage();
    const loaded = loadInputs(storage);
    const store = createModelStore({ ...loaded.inputs, undo: loaded.undo ?? null });
    if (loaded.status) store.getState().setStorage(loaded.status);
    const notice = restoreNotice(loaded, storage, () => store.getState().notify(null));
    if (notice) store.getState().notify(notice);
    startPersistence(store, storage);
    pageContext = { store, presets: pagePresetLoader(), onDemand: pageOnDemand() };
  }
  return pageContext;
}

export const ModelContext = createContext<ModelContextValue | null>(null);

export function useModelContext(): ModelContextValue {
  return useContext(ModelContext) ?? pageModelContext();
}
