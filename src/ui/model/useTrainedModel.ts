// The trained model of a choice, for a figure that shows models as they are (the comparisons: no
// edits, no imported model): the preset when the index lists one, else the model trained on demand
// in this browser, else the untrained demo while either is on its way, or when neither can be had
// (then `model.meta.trained` is false and the figure says so).

import { useMemo } from "react";
import type { Seq2SeqModel } from "../../core/model.ts";
import { DEMO_SEED, demoModel, type LanguagePair, type ModelChoice } from "../../model/defaults.ts";
import { useModelContext } from "./modelContext.ts";
import { usePreset } from "../kit/usePreset.ts";
import type { OnDemandEntry } from "../ondemand/onDemand.ts";
import { useOnDemand } from "../ondemand/useOnDemand.ts";

export interface ShownModel {
  readonly choice: ModelChoice;
  readonly pair: LanguagePair;
  readonly model: Seq2SeqModel;
  /** The preset or the on-demand model is still on its way: the demo shown meanwhile is about to be replaced. */
  readonly loading: boolean;
  /** Training on demand (the choice has no preset). */
  readonly onDemand?: OnDemandEntry;
}

export function useTrainedModel(choice: ModelChoice, pair: LanguagePair): ShownModel {
  const { presets, onDemand } = useModelContext();
  const demo = useDemoModel(choice, undefined, pair);
  const preset = usePreset(presets, choice, pair);
  const trained = useOnDemand(onDemand, choice, pair, preset.status === "none");
  const model = preset.model ?? trained?.model ?? demo;
  const training = trained !== undefined && trained.status !== "ready" && trained.status !== "failed";
  const loading = model === demo && (preset.status === "loading" || training);
  return { choice, pair, model, loading, ...(trained ? { onDemand: trained } : {}) };
}

/** The demo model of a choice and pair, rebuilt only when a field of the choice changes. */
export function useDemoModel(choice: ModelChoice, seed = DEMO_SEED, pair: LanguagePair = "en-fr"): Seq2SeqModel {
  const { cell, variant, score, query, bidirectional } = choice;
  return useMemo(() => demoModel({ cell, variant, score, query, bidirectional }, seed, pair), [cell, variant, score, query, bidirectional, seed, pair]);
}

/** Whether the model's weights came from training. */
export function isTrained(model: Seq2SeqModel): boolean {
  return model.meta?.trained === true;
}
