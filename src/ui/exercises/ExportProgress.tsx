// Two download buttons: the reader's progress in every lesson as JSON and as CSV (progressExport.ts),
// saved through a Blob and a download link (kit/download.ts).

import { downloadText } from "../kit/download.ts";
import type { ExerciseRecord } from "./progress.ts";
import { progressCsv, progressFileName, progressJson } from "./progressExport.ts";
import type { ProgressMessages } from "./progressMessages.ts";

export function ExportProgress({ record, p }: { record: ExerciseRecord; p: ProgressMessages }) {
  const save = (format: "json" | "csv") => {
    const now = new Date();
    const text = format === "json" ? progressJson(record, now) : progressCsv(record);
    downloadText(text, progressFileName(now, format), format === "json" ? "application/json" : "text/csv;charset=utf-8");
  };
  return (
    <p className="exercises-export" role="group" aria-label={p.exportLabel}>
      <span>{p.exportLabel}</span>
      <button type="button" onClick={() => save("json")}>
        {p.json}
      </button>
      <button type="button" onClick={() => save("csv")}>
        {p.csv}
      </button>
    </p>
  );
}
