// The trained Transformer presets the chapter's pictures read: the entries of public/models/index.json
// of kind "transformer" (one per corpus), read through the page's preset source (kit/presetSource.ts,
// which the recurrent presets share), checked by parseTransformerText and cached; until they arrive,
// or if they fail, the pictures keep the untrained demo (demo.ts).

import { createContext, useContext, useEffect, useSyncExternalStore } from "react";
import type { TransformerModel } from "../../core/transformer/types.ts";
import { LANGUAGE_PAIRS, type LanguagePair } from "../../model/pairs.ts";
import { parseTransformerText } from "../../model/transformerFile.ts";
import { indexModels, isPresetFileName, pagePresetSource, reasonOf, type PresetSource } from "../kit/presetSource.ts";

export type PresetState = { readonly state: "pending" } | { readonly state: "ok"; readonly model: TransformerModel } | { readonly state: "failed"; readonly reason: string };

/** Each language pair's preset as it stands; a new object whenever one of them changes. */
export type TransformerPresets = Readonly<Record<LanguagePair, PresetState>>;

export interface TransformerPresetStore {
  /** Starts fetching the index and the presets; only the first call does anything. */
  load(): void;
  snapshot(): TransformerPresets;
  subscribe(listener: () => void): () => void;
}

/** The Transformer file of each pair that the index lists (the first one, if several). */
export function transformerPresetFiles(index: unknown): Partial<Record<LanguagePair, string>> {
  const files: Partial<Record<LanguagePair, string>> = {};
  for (const m of indexModels(index)) {
    const r = (typeof m === "object" && m !== null ? m : {}) as Record<string, unknown>;
    const pair = LANGUAGE_PAIRS.find((p) => p === r.corpus);
    if (r.kind !== "transformer" || !pair || !isPresetFileName(r.file)) continue;
    files[pair] ??= r.file;
  }
  return files;
}

function checked(text: string, file: string): TransformerModel {
  const parsed = parseTransformerText(text);
  if (!parsed.ok) throw new Error(`${file}: ${parsed.errors[0]?.message ?? "not a Transformer model file"}`);
  return parsed.model;
}

/** A store that reads each preset once from `source`. */
export function createTransformerPresetStore(source: PresetSource = pagePresetSource): TransformerPresetStore {
  let presets: TransformerPresets = { "en-fr": { state: "pending" }, "en-zh": { state: "pending" } };
  let started = false;
  const listeners = new Set<() => void>();
  const set = (pair: LanguagePair, state: PresetState) => {
    presets = { ...presets, [pair]: state };
    for (const listener of listeners) listener();
  };
  const failAll = (reason: string) => LANGUAGE_PAIRS.forEach((pair) => set(pair, { state: "failed", reason }));
  const loadPair = (pair: LanguagePair, file: string | undefined) => {
    if (file === undefined) return set(pair, { state: "failed", reason: `the preset index lists no Transformer for ${pair}` });
    source
      .file(file)
      .then((text) => checked(text, file))
      .then(
        (model) => set(pair, { state: "ok", model }),
        (e: unknown) => set(pair, { state: "failed", reason: reasonOf(e) }),
      );
  };
  return {
    load() {
      if (started) return;
      started = true;
      source
        .index()
        .then(transformerPresetFiles)
        .then((files) => LANGUAGE_PAIRS.forEach((pair) => loadPair(pair, files[pair])), (e: unknown) => failAll(reasonOf(e)));
    },
    snapshot: () => presets,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** The page's store: one fetch of each file per page load, shared by every picture. */
export const transformerPresetStore = createTransformerPresetStore();

/** The store the pictures read: the page's, unless a test or an embedding provides another. */
export const TransformerPresetContext = createContext<TransformerPresetStore>(transformerPresetStore);

/** The presets as React state: starts loading on first use and renders again as each one arrives. */
export function useTransformerPresets(given?: TransformerPresetStore): TransformerPresets {
  const fromContext = useContext(TransformerPresetContext);
  const store = given ?? fromContext;
  useEffect(() => store.load(), [store]);
  return useSyncExternalStore(store.subscribe, store.snapshot, store.snapshot);
}
