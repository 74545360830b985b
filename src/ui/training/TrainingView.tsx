// Everything a training run shows, for the page and (compact) for a lesson's panel.

import type { TrainerNote } from "./trainer.ts";
import type { TrainingMessages } from "../i18n/training.ts";
import { AttentionPreview } from "./AttentionPreview.tsx";
import { HeldOutScores } from "./HeldOutScores.tsx";
import { GradientChart } from "./GradientChart.tsx";
import { LossChart } from "./LossChart.tsx";
import { OwnDataSection } from "./OwnDataSection.tsx";
import { SettingsForm } from "./SettingsForm.tsx";
import { TrainingActions } from "./TrainingActions.tsx";
import { TrainingControls } from "./TrainingControls.tsx";
import { TrainingNotices } from "./TrainingNotices.tsx";
import { useTrainerDeps } from "./deps.ts";
import { useTrainer, useTrainerState, useTrainingT } from "./useTrainer.ts";
import "./training.css";

function noteText(note: NonNullable<TrainerNote>, t: TrainingMessages): string {
  const text = t[note.kind];
  return typeof text === "function" ? (text as (detail: string) => string)(note.detail) : text;
}

export function TrainingView({ compact = false }: { readonly compact?: boolean }) {
  const trainer = useTrainer();
  const t = useTrainingT();
  const saved = useTrainerState(trainer, (s) => s.saved);
  const note = useTrainerState(trainer, (s) => s.note);
  const ownId = useTrainerState(trainer, (s) => s.own?.id ?? 0);
  const { storage } = useTrainerDeps();
  return (
    <div className={compact ? "training training-compact" : "training"}>
      <TrainingNotices trainer={trainer} storage={storage} />
      {saved && (
        <div className="training-resume" role="region" aria-label={t.resumeSaved}>
          <p>{t.resumeOffer(saved.epoch)}</p>
          <button type="button" className="button" onClick={() => void trainer.resumeSaved()}>
            {t.resumeSaved}
          </button>
          <button type="button" className="button" onClick={() => trainer.discardSaved()}>
            {t.discardSaved}
          </button>
        </div>
      )}
      <SettingsForm trainer={trainer} />
      {!compact && <OwnDataSection trainer={trainer} />}
      <TrainingControls trainer={trainer} />
      <div className="training-pictures">
        <LossChart trainer={trainer} />
        {/* A new corpus starts the preview again on one of its sentences. */}
        <AttentionPreview key={ownId} trainer={trainer} />
        {!compact && <GradientChart trainer={trainer} />}
      </div>
      <HeldOutScores trainer={trainer} />
      <TrainingActions trainer={trainer} />
      {/* An unreadable saved run is said at the top, with its set-aside copy (TrainingNotices). */}
      <p className={note?.kind === "saved" || !note ? "training-note" : "training-note training-error"} role="status">
        {note && note.kind !== "savedUnreadable" ? noteText(note, t) : ""}
      </p>
    </div>
  );
}
