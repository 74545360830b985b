// Why a training run stopped, as data the page words in the reader's language. After each epoch the
// session asks stopAfterEpoch: the target accuracy on the training sentences first (a success), then
// patience (early stopping: no new lowest held-out loss for `patience` epochs), then the epoch limit.
// The reader's pause and an error are the other two ways a run stops. Imports nothing but types.

import type { EpochPoint, StopReason, TrainSettings } from "./protocol.ts";

/** The epoch of the lowest held-out loss in the history (the first, on a tie), or null for an empty history. */
export function bestEpoch(history: readonly EpochPoint[]): EpochPoint | null {
  let best: EpochPoint | null = null;
  for (const p of history) if (best === null || p.heldOutLoss < best.heldOutLoss) best = p;
  return best;
}

/** Whether the run ends after the last epoch of `history`, and why; null to go on. */
export function stopAfterEpoch(history: readonly EpochPoint[], rule: Pick<TrainSettings, "epochs" | "targetAccuracy" | "patience">): StopReason | null {
  const last = history.at(-1);
  if (!last) return null;
  const { epoch } = last;
  if (last.trainAccuracy >= rule.targetAccuracy) return { kind: "target", epoch, accuracy: last.trainAccuracy, target: rule.targetAccuracy };
  const best = bestEpoch(history)!;
  if (epoch - best.epoch >= rule.patience) return { kind: "patience", epoch, patience: rule.patience, bestEpoch: best.epoch, bestLoss: best.heldOutLoss };
  if (epoch >= rule.epochs) return { kind: "epochs", epoch, limit: rule.epochs };
  return null;
}
