// The choices a run is made of: the player's architecture choices (the same menus as the playground),
// then the optimiser and when to stop. Changing one while a run exists starts a new run on the next
// Start; the fields are locked while training runs, so what the chart shows matches what is selected.
// A typed number outside its range is refused with a message, and the last good value stays.

import { memo, useId } from "react";
import { NumberField } from "../fields/NumberField.tsx";
import { ArchitectureSelects } from "../components/ArchitectureSelects.tsx";
import { Select } from "../components/Select.tsx";
import { choiceOfSettings, type TrainSettings } from "./protocol.ts";
import { formatNumberSetting, HIDDEN, NUMBER_FIELDS, parseNumberSetting, type NumberSetting } from "./settings.ts";
import type { Trainer } from "./trainer.ts";
import { useTrainerState, useTrainingT } from "./useTrainer.ts";

function TypedSetting({ field, value, disabled, onCommit }: { readonly field: NumberSetting; readonly value: number; readonly disabled: boolean; readonly onCommit: (value: number) => void }) {
  const t = useTrainingT();
  const id = useId();
  const { min, max, integer } = NUMBER_FIELDS[field];
  const parse = (text: string) => {
    const x = parseNumberSetting(field, text);
    return x === null ? { ok: false as const, reason: t.notInRange(text.trim(), min, max, integer) } : { ok: true as const, value: x };
  };
  return (
    <div className="training-field">
      <label htmlFor={id}>{t[field]}</label>
      <NumberField id={id} label={t[field]} value={value} format={(x) => formatNumberSetting(field, x)} parse={parse} onCommit={onCommit} commit="enter" disabled={disabled} className="number-field training-number" />
    </div>
  );
}

export const SettingsForm = memo(function SettingsForm({ trainer }: { readonly trainer: Trainer }) {
  const t = useTrainingT();
  const s = useTrainerState(trainer, (st) => st.settings);
  const running = useTrainerState(trainer, (st) => st.progress?.status === "running");
  const set = (patch: Partial<TrainSettings>) => trainer.setSettings(patch);
  const hidden = Object.fromEntries(HIDDEN.map((n) => [String(n), String(n)])) as Record<string, string>;
  return (
    <fieldset className="training-settings">
      <legend>{t.settings}</legend>
      <ArchitectureSelects pair={s.corpus} choice={choiceOfSettings(s)} onPair={(corpus) => set({ corpus })} onChoice={set} disabled={running} fieldClass="training-field" checkClass="training-field training-check" />
      <Select label={t.hidden} value={String(s.hidden)} names={hidden} onChange={(n) => set({ hidden: Number(n) })} disabled={running} className="training-field" />
      <Select label={t.optimizer} value={s.optimizer} names={t.optimizers} onChange={(optimizer) => set({ optimizer })} disabled={running} className="training-field" />
      <TypedSetting field="learningRate" value={s.learningRate} disabled={running} onCommit={(learningRate) => set({ learningRate })} />
      <TypedSetting field="epochs" value={s.epochs} disabled={running} onCommit={(epochs) => set({ epochs })} />
      <TypedSetting field="targetAccuracy" value={s.targetAccuracy} disabled={running} onCommit={(targetAccuracy) => set({ targetAccuracy })} />
      <TypedSetting field="patience" value={s.patience} disabled={running} onCommit={(patience) => set({ patience })} />
      <p className="training-rule">{t.stopRule}</p>
    </fieldset>
  );
});
