// The choices a run is made of. Changing one while a run exists starts a new run on the next Start;
// the fields are locked while training runs, so what the chart shows matches what is selected.

import { memo, useId } from "react";
import { CELL_KINDS, DECODER_VARIANTS, SCORE_KINDS } from "../../core/model.ts";
import type { TrainSettings } from "./protocol.ts";
import { CORPORA, EPOCHS, HIDDEN, OPTIMIZERS, RATES } from "./settings.ts";
import type { Trainer } from "./trainer.ts";
import { useT } from "../i18n/index.ts";
import { useTrainerState, useTrainingT } from "./useTrainer.ts";

interface FieldProps<T extends string | number> {
  readonly label: string;
  readonly value: T;
  readonly options: readonly T[];
  readonly name?: (option: T) => string;
  readonly disabled: boolean;
  readonly onChange: (value: T) => void;
}

function Field<T extends string | number>({ label, value, options, name = String, disabled, onChange }: FieldProps<T>) {
  const id = useId();
  return (
    <div className="training-field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={String(value)} disabled={disabled} onChange={(e) => onChange(options.find((o) => String(o) === e.target.value) ?? value)}>
        {options.map((o) => (
          <option key={String(o)} value={String(o)}>
            {name(o)}
          </option>
        ))}
      </select>
    </div>
  );
}

export const SettingsForm = memo(function SettingsForm({ trainer }: { readonly trainer: Trainer }) {
  const t = useTrainingT();
  const names = useT().names;
  const s = useTrainerState(trainer, (st) => st.settings);
  const running = useTrainerState(trainer, (st) => st.progress?.status === "running");
  const set = (patch: Partial<TrainSettings>) => trainer.setSettings(patch);
  return (
    <fieldset className="training-settings">
      <legend>{t.settings}</legend>
      <Field label={t.corpus} value={s.corpus} options={CORPORA} name={(c) => t.corpora[c]} disabled={running} onChange={(corpus) => set({ corpus })} />
      <Field label={t.cell} value={s.cell} options={CELL_KINDS} name={(c) => names.cells[c]} disabled={running} onChange={(cell) => set({ cell })} />
      <Field label={t.variant} value={s.variant} options={DECODER_VARIANTS} name={(v) => names.variants[v]} disabled={running} onChange={(variant) => set({ variant })} />
      <Field label={t.score} value={s.score} options={SCORE_KINDS} name={(k) => names.scores[k]} disabled={running || s.variant !== "attention"} onChange={(score) => set({ score })} />
      <Field label={t.hidden} value={s.hidden} options={HIDDEN} disabled={running} onChange={(hidden) => set({ hidden })} />
      <Field label={t.optimizer} value={s.optimizer} options={OPTIMIZERS} name={(o) => t.optimizers[o]} disabled={running} onChange={(optimizer) => set({ optimizer })} />
      <Field label={t.learningRate} value={s.learningRate} options={RATES} disabled={running} onChange={(learningRate) => set({ learningRate })} />
      <Field label={t.epochs} value={s.epochs} options={EPOCHS} disabled={running} onChange={(epochs) => set({ epochs })} />
    </fieldset>
  );
});
