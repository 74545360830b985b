// The model and the recorded training step a TrainingStepPlayer shows: the trained preset of the
// choice (or, by the reader's toggle, the untrained demo model) on the pair's running example
// (PAIR_CHECKS: "I love you" → "Je t'aime", "I love China" → "我 爱 中国"), with the reader's
// optimiser. Every number comes from the core's trainingStepTrace.

import { useMemo } from "react";
import { trainingStepTrace, type TrainingStepTrace } from "../../core/grad/backTrace.ts";
import { sentenceIds } from "../../core/train/corpus.ts";
import { adam, type OptimizerConfig } from "../../core/train/optimizers.ts";
import { PAIR_CHECKS } from "../../core/train/recipe.ts";
import { demoModel, type LanguagePair, type ModelChoice } from "../../model/defaults.ts";
import { useModelContext } from "../model/modelContext.ts";
import { usePreset } from "../kit/usePreset.ts";

export type OptimizerKind = "sgd" | "momentum" | "adam";
export type ModelKind = "trained" | "untrained";

export function optimizerConfig(kind: OptimizerKind, learningRate: number): OptimizerConfig {
  if (kind === "adam") return adam(learningRate);
  return { kind: "sgd", learningRate, momentum: kind === "momentum" ? 0.9 : 0 };
}

export interface StepTrace {
  readonly st: TrainingStepTrace | undefined;
  /** Why the pair could not be read (a word the model does not know). */
  readonly error: string | undefined;
  readonly source: string;
  readonly target: string;
  /** The preset is still loading (the demo model shows meanwhile). */
  readonly loading: boolean;
  readonly trained: boolean;
}

export function useStepTrace(choice: ModelChoice, pair: LanguagePair, which: ModelKind, config: OptimizerConfig): StepTrace {
  const { presets } = useModelContext();
  const preset = usePreset(presets, choice, pair);
  const demo = useMemo(() => demoModel(choice, undefined, pair), [choice, pair]);
  const model = which === "trained" && preset.model ? preset.model : demo;
  const { source, target } = PAIR_CHECKS[pair];
  const result = useMemo(() => {
    try {
      const ids = { source: sentenceIds(source, model.source.vocab), target: sentenceIds(target, model.target.vocab) };
      return { st: trainingStepTrace(model, ids, config), error: undefined };
    } catch (e) {
      return { st: undefined, error: e instanceof Error ? e.message : String(e) };
    }
  }, [model, source, target, config]);
  return { ...result, source, target, loading: which === "trained" && preset.status === "loading", trained: model !== demo };
}
