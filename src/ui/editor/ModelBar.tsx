// Which model the edits start from (the trained preset, the untrained demo, or an imported file),
// how many numbers differ from it, the actions on the whole model, and the Undo of the last one that
// replaced or removed numbers (reset, randomise, import, a share link).

import { useState } from "react";
import { useStore } from "zustand";
import type { ModelChoice } from "../../model/defaults.ts";
import { NumberField } from "../fields/NumberField.tsx";
import { parseSeed } from "../fields/parseWeight.ts";
import type { Messages } from "../i18n/en.ts";
import { useT } from "../i18n/index.ts";
import { useModelContext } from "../model/modelContext.ts";
import { UndoButton } from "../model/ModelNotice.tsx";
import type { SourceKind } from "../model/sources.ts";
import type { CurrentModel } from "../model/useCurrentModel.ts";
import type { PlayerStore } from "../playerStore.ts";

interface Props {
  readonly current: CurrentModel;
  readonly onResetModel: () => void;
  readonly onRandomiseModel: (seed: number) => void;
  /** Shows the imported model: the player takes on its choices. */
  readonly onChoice: (choice: ModelChoice) => void;
  /** False while the model is being trained on demand: only the source can be chosen (the demo shown meanwhile is not for editing). */
  readonly editable?: boolean;
  /** The player's store, which an Undo of an import sets the choices of. */
  readonly player: PlayerStore;
}

type Words = Messages["editor"]["model"];

function presetLabel(current: CurrentModel, m: Words, o: Messages["onDemand"]): string {
  if (current.preset && current.presetStatus === "ready") return m.presetReady(current.preset.title);
  const trained = current.onDemand;
  if (trained) {
    if (trained.status === "training") return o.option.training(Math.round((trained.progress?.fraction ?? 0) * 100));
    return trained.status === "ready" ? o.option.ready : trained.status === "failed" ? o.option.failed : o.option.waiting;
  }
  if (current.presetStatus === "loading") return m.presetLoading;
  if (current.presetStatus === "failed") return m.presetFailed;
  return m.presetNone;
}

function describe(current: CurrentModel, m: Words, o: Messages["onDemand"]): string {
  const accuracy = current.preset?.accuracy;
  const base =
    current.kind === "preset"
      ? m.trainedPreset(accuracy === undefined ? undefined : Math.round(accuracy * 100))
      : current.kind === "imported"
        ? m.importedModel
        : current.kind === "trained"
          ? o.describe
          : current.source === "preset"
            ? m.untrainedNoPreset
            : m.untrained;
  return m.showing(base, m.edits(current.editCount));
}

export function ModelBar({ current, onResetModel, onRandomiseModel, onChoice, player, editable = true }: Props) {
  const { store } = useModelContext();
  const imported = useStore(store, (s) => s.imported);
  const [seed, setSeed] = useState(1);
  const { editor: e, fields: words, onDemand: o } = useT();
  const m = e.model;
  const choose = (source: SourceKind) => {
    store.getState().setSource(source);
    if (source === "imported" && imported) onChoice(imported.choice);
  };
  return (
    <div className="weights-model">
      <div className="weights-row">
        <label className="weights-source">
          <span>{m.startFrom}</span>
          <select value={current.source} onChange={(e) => choose(e.target.value as SourceKind)}>
            <option value="preset">{presetLabel(current, m, o)}</option>
            <option value="demo">{m.untrainedOption}</option>
            {imported && <option value="imported">{m.importedOption(imported.name)}</option>}
          </select>
        </label>
        {editable && (
          <>
            <button type="button" onClick={onResetModel} disabled={current.editCount === 0}>
              {m.resetAll}
            </button>
            <span className="weight-action">
              <span className="weight-action-label" aria-hidden="true">
                {e.seed}
              </span>
              <NumberField label={m.seedAll} value={seed} format={String} parse={(text) => parseSeed(text, words)} onCommit={setSeed} />
              <button type="button" onClick={() => onRandomiseModel(seed)}>
                {m.randomiseAll}
              </button>
            </span>
          </>
        )}
        <UndoButton player={player} />
      </div>
      {editable && <p className="weights-summary">{describe(current, m, o)}</p>}
    </div>
  );
}
