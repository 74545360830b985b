// What the training page says about the run saved on the last visit, beyond the offer to continue
// it: settings that could not be used (their defaults are used instead) and chart points that were
// left out; and a run that could not be read at all, with its set-aside copy to download or delete.

import { useState } from "react";
import { forgetSetAside, readSetAside } from "../kit/setAside.ts";
import type { Messages } from "../i18n/en.ts";
import { useT } from "../i18n/index.ts";
import { downloadText } from "../kit/download.ts";
import type { TrainSettings } from "./protocol.ts";
import { TRAINING_STORAGE_KEY } from "./storage.ts";
import type { Trainer, TrainerDeps } from "./trainer.ts";
import { useTrainerState } from "./useTrainer.ts";

/** A setting's name as the form shows it (the architecture's from the player's menus). */
export function settingLabel(key: keyof TrainSettings, t: Messages): string {
  const { player: p, faults: f, training } = t;
  const labels: Record<keyof TrainSettings, string> = {
    corpus: p.pair, cell: p.cell, variant: p.decoder, score: p.score, query: p.query, bidirectional: p.bidirectional,
    hidden: training.hidden, optimizer: training.optimizer, learningRate: training.learningRate, epochs: training.epochs,
    targetAccuracy: training.targetAccuracy, patience: training.patience, batchSize: f.training.batchSize, seed: f.training.seed,
  };
  return labels[key];
}

export function TrainingNotices({ trainer, storage }: { readonly trainer: Trainer; readonly storage: TrainerDeps["storage"] }) {
  const t = useT();
  const repairs = useTrainerState(trainer, (s) => s.repairs);
  const unreadable = useTrainerState(trainer, (s) => (s.note?.kind === "savedUnreadable" ? s.note.detail : null));
  const [aside, setAside] = useState(() => readSetAside(storage, TRAINING_STORAGE_KEY));
  const f = t.faults;
  const label = (key: keyof TrainSettings): string => settingLabel(key, t);
  return (
    <>
      {repairs && (
        <div className="training-repairs" role="alert">
          {repairs.refused.length > 0 && <p>{f.training.settingsRefused(repairs.refused.map(label).join(", "))}</p>}
          {repairs.dropped > 0 && <p>{f.training.historyDropped(repairs.dropped)}</p>}
          <button type="button" className="button" onClick={() => trainer.dismissRepairs()}>
            {t.editor.model.dismiss}
          </button>
        </div>
      )}
      {unreadable !== null && (
        <div className="training-repairs" role="alert">
          <p>{t.training.savedUnreadable(unreadable)}</p>
          {aside !== null && (
            <>
              <button type="button" className="button" onClick={() => downloadText(aside, "seq2seq-lab-set-aside-training.json", "application/json")}>
                {f.stored.download}
              </button>
              <button
                type="button"
                className="button"
                onClick={() => {
                  forgetSetAside(storage, TRAINING_STORAGE_KEY);
                  setAside(null);
                }}
              >
                {f.stored.delete}
              </button>
            </>
          )}
        </div>
      )}
    </>
  );
}
