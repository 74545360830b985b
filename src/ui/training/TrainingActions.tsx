// What to do with the trained weights: make them the player's model (through the model store's
// import, the same path as opening a model file) or save them as a model file.

import { memo, useState } from "react";
import type { Seq2SeqModel } from "../../core/model.ts";
import { serializeModel, stringifyModelFile, validateModel } from "../../model/index.ts";
import { useT } from "../i18n/index.ts";
import { useAppStore } from "../storeContext.ts";
import { PLAYGROUND } from "../urlState.ts";
import { useModelContext } from "../model/modelContext.ts";
import { downloadText, fileStem } from "../kit/download.ts";
import { choiceOfSettings, type EpochPoint, type Progress, type TrainSettings } from "./protocol.ts";
import type { OwnData, Trainer } from "./trainer.ts";
import { useTrainerState, useTrainingT } from "./useTrainer.ts";

/**
 * The model with what its training was in `meta`; `trained` (which the player reads to drop its
 * "untrained weights" note) only once at least one update was made, and the held-out accuracy (which
 * the playground shows) only when the weights are those the last epoch's evaluation measured.
 */
export function withTrainingMeta(model: Seq2SeqModel, settings: TrainSettings, progress: Progress | null, history: readonly EpochPoint[], own?: OwnData | null): Seq2SeqModel {
  const last = history.at(-1);
  const ownData = own ? { ownData: { file: own.name, ...own.options, ...own.stats } } : {};
  const scores = last ? { trainAccuracy: last.trainAccuracy, heldOutAccuracy: last.heldOutAccuracy, ...(last.heldOutBleu !== undefined ? { heldOutBleu: last.heldOutBleu } : {}) } : {};
  const training = { ...settings, steps: progress?.step ?? 0, epochs: progress?.epoch ?? 0, ...scores, ...ownData };
  const measured = last !== undefined && progress !== null && progress.epoch === last.epoch && progress.batch === 0;
  return { ...model, meta: { ...model.meta, trained: (progress?.step ?? 0) > 0, training, ...(measured ? { heldOutAccuracy: last.heldOutAccuracy } : {}) } };
}

/**
 * Opens the playground on the trained model: the model store's import (the player shows an imported
 * model when its choice builds that architecture), and the app's pair and choice set to exactly the
 * ones it was trained with, score and query included even where the decoder does not read them.
 */
export function useSendToPlayer(): (model: Seq2SeqModel, settings: TrainSettings, sentence?: string) => void {
  const { store } = useModelContext();
  const app = useAppStore();
  return (model, settings, sentence) => {
    store.getState().importModel(model, model.name);
    const a = app.getState();
    a.setPair(settings.corpus);
    a.setChoice(choiceOfSettings(settings));
    // A model of the reader's own pairs opens on one of their sentences (the pair's example would be <unk>s).
    if (sentence !== undefined) a.setSentence(sentence);
    a.setLesson(PLAYGROUND);
  };
}

export const TrainingActions = memo(function TrainingActions({ trainer }: { readonly trainer: Trainer }) {
  const t = useTrainingT();
  // Only what enables the buttons is subscribed to: progress arrives every 50 ms while training.
  const ready = useTrainerState(trainer, (s) => s.model !== null && s.progress?.status !== "running");
  const send = useSendToPlayer();
  const notFinite = useT().faults.overflow.trainedNotFinite;
  const [refused, setRefused] = useState(false);
  // Weights that overflowed (NaN or ±∞) are no model: they are neither sent nor written to a file.
  const trained = (): Seq2SeqModel | null => {
    const s = trainer.store.getState();
    const model = s.model && withTrainingMeta(s.model, s.settings, s.progress, s.history, s.own);
    const usable = model !== null && validateModel(model).length === 0;
    setRefused(model !== null && !usable);
    return usable ? model : null;
  };
  const sendModel = () => {
    const model = trained();
    const { settings, own } = trainer.store.getState();
    if (model) send(model, settings, own?.example);
  };
  const exportFile = () => {
    const model = trained();
    if (model) downloadText(stringifyModelFile(serializeModel(model)), `${fileStem(model.name)}.json`, "application/json");
  };
  return (
    <div className="training-actions">
      <button type="button" className="button" disabled={!ready} onClick={sendModel}>
        {t.sendToPlayer}
      </button>
      <button type="button" className="button" disabled={!ready} onClick={exportFile}>
        {t.export}
      </button>
      {refused && (
        <p className="training-error" role="alert">
          {notFinite}
        </p>
      )}
    </div>
  );
});
