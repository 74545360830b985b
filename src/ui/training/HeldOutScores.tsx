// The held-out scores of the last epoch: exact match and corpus BLEU (src/core/train/bleu.ts).

import { memo } from "react";
import type { Trainer } from "./trainer.ts";
import { useTrainerState } from "./useTrainer.ts";
import { useOwnDataT } from "./useOwnDataT.ts";

export const HeldOutScores = memo(function HeldOutScores({ trainer }: { readonly trainer: Trainer }) {
  const m = useOwnDataT();
  const last = useTrainerState(trainer, (s) => s.history.at(-1));
  if (last?.heldOutBleu === undefined) return null;
  return (
    <p className="training-scores">
      {m.scores(last.epoch, last.heldOutAccuracy, last.heldOutBleu)} <span className="training-scores-note">{m.scoresNote}</span>
    </p>
  );
});
