// The trained model of a choice, for a figure that shows models as they are (the comparisons: no
// edits, no imported model): the preset when the index lists one, else the model trained on demand
// in this browser, else the untrained demo while either is on its way, or when neither can be had
// (then `model.meta.trained` is false and the figure says so).

import type { Seq2SeqModel } from "../../core/model.ts";
import type { LanguagePair, ModelChoice } from "../../model/defaults.ts";
import { useModelContext } from "../model/modelContext.ts";
import { usePreset } from "../kit/usePreset.ts";
import type { OnDemandEntry } from "../ondemand/onDemand.ts";
import { useOnDemand } from "../ondemand/useOnDemand.ts";
import { useDemoModel } from "./usePlayerStore.ts";

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
