// Start / pause / resume as one button whose label says what it will do, then step and reset, and
// the progress bar with the epoch and an estimate of the time left.

import { memo } from "react";
import type { Progress } from "./protocol.ts";
import { StopNote } from "./StopNote.tsx";
import type { Trainer } from "./trainer.ts";
import { useTrainerState, useTrainingT } from "./useTrainer.ts";

/** Seconds left at the pace so far, or null before there is a pace. */
export function etaSeconds(p: Progress): number | null {
  const total = p.epochs * p.batchesPerEpoch;
  if (p.step === 0 || p.trainingMs <= 0 || p.status === "done") return null;
  return Math.max(0, total - p.step) * (p.trainingMs / p.step) / 1000;
}

export const TrainingControls = memo(function TrainingControls({ trainer }: { readonly trainer: Trainer }) {
  const t = useTrainingT();
  const progress = useTrainerState(trainer, (s) => s.progress);
  const epochs = useTrainerState(trainer, (s) => s.settings.epochs);
  const status = progress?.status ?? "idle";
  const started = (progress?.step ?? 0) > 0;
  const primary = status === "running" ? t.pause : status === "paused" || (status === "idle" && started) ? t.resume : t.start;
  const onPrimary = () => (status === "running" ? trainer.pause() : void trainer.start());
  const epoch = progress?.epoch ?? 0;
  const eta = progress ? etaSeconds(progress) : null;
  const text = t.progressText(epoch, epochs, eta === null ? "" : t.seconds(eta));
  return (
    <div className="training-controls">
      <div role="group" aria-label={t.controls} className="training-buttons">
        <button type="button" className="button training-primary" onClick={onPrimary} disabled={status === "done"}>
          {primary}
        </button>
        <button type="button" className="button" onClick={() => void trainer.step()} disabled={status === "running" || status === "done"}>
          {t.step}
        </button>
        <button type="button" className="button" onClick={() => trainer.reset()} disabled={!progress}>
          {t.reset}
        </button>
      </div>
      <div className="training-progress">
        <div
          role="progressbar"
          aria-label={t.progress}
          aria-valuemin={0}
          aria-valuemax={epochs}
          aria-valuenow={epoch}
          aria-valuetext={text}
          className="training-bar"
        >
          <div className="training-bar-fill" style={{ width: `${Math.min(100, (100 * epoch) / epochs)}%` }} />
        </div>
        <p className="training-status">
          {/* Only the status is announced: the ETA changes every 50 ms. */}
          <span aria-live="polite">{t.status[status]}</span> · <span>{text}</span>
        </p>
        <p className="training-step">{t.stepLoss(progress?.step ?? 0, progress?.loss ?? NaN)}</p>
        <StopNote trainer={trainer} />
      </div>
    </div>
  );
});
