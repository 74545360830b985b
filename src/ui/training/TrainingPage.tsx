// The #/train page: the training view at full width.

import { TrainingView } from "./TrainingView.tsx";
import { useTrainingT } from "./useTrainer.ts";

export function TrainingPage() {
  const t = useTrainingT();
  return (
    <article className="training-page" aria-labelledby="page-title">
      <div className="page-header">
        <h1 id="page-title" tabIndex={-1}>
          {t.title}
        </h1>
        <p className="page-summary">{t.summary}</p>
      </div>
      <div className="figure-wide">
        <TrainingView />
      </div>
    </article>
  );
}
