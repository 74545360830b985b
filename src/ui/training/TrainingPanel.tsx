// The training view folded into a lesson: collapsed until the reader opens it, so a lesson's page
// costs nothing until then (the view, and its worker, mount on opening).

import { useState } from "react";
import { TrainingView } from "./TrainingView.tsx";
import { useTrainingT } from "./useTrainer.ts";

export function TrainingPanel() {
  const t = useTrainingT();
  const [open, setOpen] = useState(false);
  return (
    <details className="training-panel" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{t.panelSummary}</summary>
      {open && <TrainingView compact />}
    </details>
  );
}
