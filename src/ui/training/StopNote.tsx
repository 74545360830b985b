// Why the run is not running, in words: the target accuracy reached, patience run out, the epoch
// limit, the reader's pause, or an error (the model of the last good update stays).

import type { TrainingMessages } from "../i18n/training.ts";
import type { StopReason } from "./protocol.ts";
import type { Trainer } from "./trainer.ts";
import { useTrainerState, useTrainingT } from "./useTrainer.ts";

export function stopText(stop: StopReason, t: TrainingMessages): string {
  const s = t.stopped;
  switch (stop.kind) {
    case "target":
      return s.target(stop.epoch, stop.accuracy, stop.target);
    case "patience":
      return s.patience(stop.epoch, stop.patience, stop.bestEpoch);
    case "epochs":
      return s.epochs(stop.limit);
    case "reader":
      return s.reader;
    case "error":
      return s.error(stop.message);
  }
}

export function StopNote({ trainer }: { readonly trainer: Trainer }) {
  const t = useTrainingT();
  const stop = useTrainerState(trainer, (s) => s.stop);
  return (
    <p className={stop?.kind === "error" ? "training-stop training-error" : "training-stop"} role="status" data-stop={stop?.kind ?? ""}>
      {stop ? stopText(stop, t) : ""}
    </p>
  );
}
