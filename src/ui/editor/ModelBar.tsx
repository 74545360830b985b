// Which model the edits start from (the trained preset, the untrained demo, or an imported file),
// how many numbers differ from it, and the actions on the whole model.

import { useState } from "react";
import { useStore } from "zustand";
import type { ModelChoice } from "../../model/defaults.ts";
import { NumberField } from "../fields/NumberField.tsx";
import { parseSeed } from "../fields/parseWeight.ts";
import { useModelContext } from "../model/modelContext.ts";
import type { SourceKind } from "../model/sources.ts";
import type { CurrentModel } from "../model/useCurrentModel.ts";

interface Props {
  readonly current: CurrentModel;
  readonly onResetModel: () => void;
  readonly onRandomiseModel: (seed: number) => void;
  /** Shows the imported model: the player takes on its choices. */
  readonly onChoice: (choice: ModelChoice) => void;
}

function presetLabel(current: CurrentModel): string {
  if (current.preset && current.presetStatus === "ready") return `Trained preset: ${current.preset.title}`;
  if (current.presetStatus === "loading") return "Trained preset (loading…)";
  if (current.presetStatus === "failed") return "Trained preset (could not be loaded)";
  return "Trained preset (none for these choices yet)";
}

function describe(current: CurrentModel): string {
  const base =
    current.kind === "preset"
      ? `the trained preset${current.preset?.accuracy !== undefined ? ` (training accuracy ${Math.round(current.preset.accuracy * 100)} %)` : ""}`
      : current.kind === "imported"
        ? "the imported model"
        : current.source === "preset"
          ? "the untrained model, as there is no trained preset for these choices yet"
          : "the untrained model";
  const edits = current.editCount === 0 ? "no weight edited" : current.editCount === 1 ? "1 weight edited" : `${current.editCount} weights edited`;
  return `Showing ${base}; ${edits}.`;
}

export function ModelBar({ current, onResetModel, onRandomiseModel, onChoice }: Props) {
  const { store } = useModelContext();
  const imported = useStore(store, (s) => s.imported);
  const [seed, setSeed] = useState(1);
  const choose = (source: SourceKind) => {
    store.getState().setSource(source);
    if (source === "imported" && imported) onChoice(imported.choice);
  };
  return (
    <div className="weights-model">
      <div className="weights-row">
        <label className="weights-source">
          <span>Start from</span>
          <select value={current.source} onChange={(e) => choose(e.target.value as SourceKind)}>
            <option value="preset">{presetLabel(current)}</option>
            <option value="demo">Untrained (seeded random weights)</option>
            {imported && <option value="imported">Imported: {imported.name}</option>}
          </select>
        </label>
        <button type="button" onClick={onResetModel} disabled={current.editCount === 0}>
          Reset all weights
        </button>
        <span className="weight-action">
          <span className="weight-action-label" aria-hidden="true">seed</span>
          <NumberField label="Seed for the whole model" value={seed} format={String} parse={parseSeed} onCommit={setSeed} />
          <button type="button" onClick={() => onRandomiseModel(seed)}>
            Randomise all
          </button>
        </span>
      </div>
      <p className="weights-summary">{describe(current)}</p>
    </div>
  );
}
