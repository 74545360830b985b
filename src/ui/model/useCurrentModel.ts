// The one place that decides the model a player shows: the imported model when the reader chose it,
// else the trained preset of the choice when the index lists one and it has arrived, else (no
// preset for the choice) the model trained on demand in this browser once it is ready, else the
// untrained demo; then the reader's edits of that base written over it (those that fit it). Derived
// and memoised.

import { useEffect, useMemo } from "react";
import { useStore } from "zustand";
import type { Seq2SeqModel } from "../../core/model.ts";
import { DEMO_SEED, demoModel, type LanguagePair, type ModelChoice } from "../../model/defaults.ts";
import { applyEdits, countEdits, validEdits, type Edits } from "./edits.ts";
import { useModelContext } from "./modelContext.ts";
import { editsOf } from "./modelStore.ts";
import type { PresetEntry } from "../kit/presets.ts";
import { demoId, IMPORTED_ID, presetId, type SourceKind } from "./sources.ts";
import { sameChoice } from "../../model/choice.ts";
import { usePreset, type PresetStatus } from "../kit/usePreset.ts";
import { cacheKey } from "../ondemand/cache.ts";
import type { OnDemandEntry } from "../ondemand/onDemand.ts";
import { useOnDemand } from "../ondemand/useOnDemand.ts";

/** What a player's base is: a source the reader can choose, or the model trained on demand for a "preset" choice without a preset. */
export type BaseKind = SourceKind | "trained";

export interface CurrentModel {
  /** The base with the edits applied: what the player computes with. */
  readonly model: Seq2SeqModel;
  readonly base: Seq2SeqModel;
  /** The id the base's edits are kept under. */
  readonly baseId: string;
  /** What the base is (a "preset" choice shows the demo until the preset, or the model trained on demand, arrives). */
  readonly kind: BaseKind;
  /** The source the reader chose. */
  readonly source: SourceKind;
  readonly preset?: PresetEntry;
  readonly presetStatus: PresetStatus;
  /** Training on demand, when the reader asked for a trained model and the choice has no preset. */
  readonly onDemand?: OnDemandEntry;
  /**
   * Whether the reader asked for the preset and it may still arrive (the index or its file is on
   * its way, or it is being trained on demand): the demo shown meanwhile is about to be replaced, so
   * nothing should be edited on it.
   */
  readonly loading: boolean;
  readonly edits: Edits;
  readonly editCount: number;
  /** The language pair of the demo and the preset. */
  readonly pair: LanguagePair;
}

/** The model for a player's choice and language pair (English → French unless told). */
export function useCurrentModel(choice: ModelChoice, pair: LanguagePair = "en-fr"): CurrentModel {
  const { store, presets, onDemand } = useModelContext();
  const source = useStore(store, (s) => s.source);
  const imported = useStore(store, (s) => s.imported);
  const { cell, variant, score, query, bidirectional } = choice;
  // Rebuilt only when a field of the choice changes, not when the choice object does.
  const demo = useMemo(() => demoModel({ cell, variant, score, query, bidirectional }, DEMO_SEED, pair), [cell, variant, score, query, bidirectional, pair]);
  const preset = usePreset(presets, choice, pair);
  const wantsImported = source === "imported" && imported !== null && sameChoice(imported.choice, choice);
  const trained = useOnDemand(onDemand, choice, pair, source !== "demo" && !wantsImported && preset.status === "none");

  let base: Seq2SeqModel = demo;
  let baseId = demoId(choice, pair);
  let kind: BaseKind = "demo";
  if (wantsImported && imported) {
    [base, baseId, kind] = [imported.model, IMPORTED_ID, "imported"];
  } else if (source !== "demo" && preset.model && preset.entry) {
    [base, baseId, kind] = [preset.model, presetId(preset.entry.file), "preset"];
  } else if (trained?.model) {
    [base, baseId, kind] = [trained.model, `trained:${cacheKey(choice, pair)}`, "trained"];
  }
  const stored = useStore(store, (s) => editsOf(s, baseId));
  // A stored edit that names a parameter or a position this base lacks is no edit at all: it is not
  // counted, not applied, not shared, and dropped from the store with a notice.
  const { edits, dropped } = useMemo(() => validEdits(base, stored), [base, stored]);
  useEffect(() => {
    if (dropped === 0) return;
    store.getState().dropInvalidEdits(baseId, edits);
    store.getState().addNotice({ tone: "error", text: (t) => t.faults.stored.discardedEdits(dropped) });
  }, [store, baseId, edits, dropped]);
  const model = useMemo(() => applyEdits(base, edits), [base, edits]);
  const editCount = useMemo(() => countEdits(edits), [edits]);
  const training = trained !== undefined && trained.status !== "ready" && trained.status !== "failed";
  const loading = kind === "demo" && source !== "demo" && (preset.status === "loading" || training);
  return { model, base, baseId, kind, source, ...(preset.entry ? { preset: preset.entry } : {}), presetStatus: preset.status, ...(trained ? { onDemand: trained } : {}), loading, edits, editCount, pair };
}
