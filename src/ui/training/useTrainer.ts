// One trainer per mounted training view; its worker is made on the first start and ended on unmount.

import { useEffect, useState } from "react";
import { useStore } from "zustand";
import { defaultPairOf } from "../../model/pairs.ts";
import { usePageState } from "../storeContext.ts";
import { useT } from "../i18n/index.ts";
import type { TrainingMessages } from "../i18n/training.ts";
import { useTrainerDeps } from "./deps.ts";
import { createTrainer, type Trainer, type TrainerState } from "./trainer.ts";

export function useTrainer(): Trainer {
  const deps = useTrainerDeps();
  const lang = usePageState((s) => s.lang);
  const [trainer] = useState(() => createTrainer(deps, defaultPairOf(lang)));
  useEffect(() => () => trainer.dispose(), [trainer]);
  return trainer;
}

export function useTrainerState<T>(trainer: Trainer, selector: (s: TrainerState) => T): T {
  return useStore(trainer.store, selector);
}

/** The training words of the page's language. */
export function useTrainingT(): TrainingMessages {
  return useT().training;
}
