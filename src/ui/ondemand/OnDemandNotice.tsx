// Said in the player while a model is trained on demand, and after: a progress bar while it trains
// (the player meanwhile shows the untrained demo, and says so), then where the trained model came
// from (just now, or earlier from the cache), and anything that went wrong on the way.

import { useT } from "../i18n/index.ts";
import type { OnDemandEntry } from "./onDemand.ts";
import "./ondemand.css";

interface Props {
  readonly entry: OnDemandEntry;
  readonly onRetry: () => void;
}

export function OnDemandNotice({ entry, onRetry }: Props) {
  const m = useT().onDemand;
  const { status, progress, error } = entry;
  const pct = Math.round((progress?.fraction ?? 0) * 100);
  const detail = progress ? m.progressText(progress.epoch, progress.maxEpochs, progress.seedTry, progress.seedTries) : "";
  const said =
    status === "checking" ? m.checking
    : status === "queued" ? m.queued
    : status === "training" ? m.training
    : status === "ready" ? (entry.origin === "now" ? m.justNow(entry.seconds ?? 0) : m.earlier(entry.seconds ?? 0))
    : error?.kind === "corpus" ? m.failedCorpus(error.detail)
    : m.failedWorker(error?.detail ?? "");
  return (
    <div className={`ondemand-notice is-${status}`} data-status={status}>
      {/* The sentence changes only when the status does: a live region that the progress bar stays out of. */}
      <p role={status === "failed" ? "alert" : "status"}>
        {said}
        {status === "ready" && entry.passed === false && ` ${m.notPassed}`}
      </p>
      {status === "training" && (
        <div className="ondemand-progress">
          <div
            className="ondemand-bar"
            role="progressbar"
            aria-label={m.progressLabel}
            aria-valuemin={0}
            aria-valuemax={100}
            aria-valuenow={pct}
            aria-valuetext={detail ? m.progressValue(pct, detail) : `${pct} %`}
          >
            <div className="ondemand-fill" style={{ width: `${pct}%` }} />
          </div>
          <span className="ondemand-count" aria-hidden="true">
            {detail}
          </span>
        </div>
      )}
      {entry.notes.length > 0 && (
        <ul className="ondemand-notes">
          {entry.notes.map((n, i) => (
            <li key={i}>{m.notes[n.kind](n.detail)}</li>
          ))}
        </ul>
      )}
      {status === "failed" && (
        <button type="button" onClick={onRetry}>
          {m.retry}
        </button>
      )}
    </div>
  );
}
