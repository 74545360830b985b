// The #/train page: the training view at full width.

import { TrainingView } from "./TrainingView.tsx";
import { useTrainingT } from "./useTrainer.ts";
import { PageHeader } from "../components/PageHeader.tsx";

export function TrainingPage() {
  const t = useTrainingT();
  return (
    <article className="training-page" aria-labelledby="page-title">
      <PageHeader title={t.title} summary={t.summary} />
      <div className="figure-wide">
        <TrainingView />
      </div>
    </article>
  );
}
