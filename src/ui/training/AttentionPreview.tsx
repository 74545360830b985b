// The attention heatmap of one sentence under the latest weights, redrawn whenever the worker sends
// a model. It reuses the player's pure layout (heatmapScene) and drawing (drawScene), without motion,
// and the player's caps on a sentence: one the preview cannot show says why instead of vanishing.

import { memo, useEffect, useId, useMemo, useRef, useState } from "react";
import { forward } from "../../core/forward.ts";
import { PAIR_EXAMPLES } from "../../model/index.ts";
import { drawScene } from "../kit/drawScene.ts";
import { heatmapScene } from "../kit/heatmap.ts";
import { sentenceProblem } from "../components/sentenceLimits.ts";
import { useT } from "../i18n/index.ts";
import type { Trainer } from "./trainer.ts";
import { useTrainerState, useTrainingT } from "./useTrainer.ts";

const noHover = () => {};

export const AttentionPreview = memo(function AttentionPreview({ trainer }: { readonly trainer: Trainer }) {
  const t = useTrainingT();
  const all = useT();
  const model = useTrainerState(trainer, (s) => s.model);
  const corpus = useTrainerState(trainer, (s) => s.settings.corpus);
  const ownExample = useTrainerState(trainer, (s) => s.own?.example);
  const [typed, setTyped] = useState<string | null>(null);
  const sentence = typed ?? ownExample ?? PAIR_EXAMPLES[corpus];
  const id = useId();
  const ref = useRef<SVGSVGElement>(null);

  // Checked before every epoch's forward pass: a long sentence must not cost a frame at each epoch.
  const problem = useMemo(() => sentenceProblem(sentence, all, { empty: all.faults.training.previewEmpty, tooMany: all.faults.training.previewTooLong }), [sentence, all]);
  const trace = useMemo(() => {
    if (!model || problem) return null;
    try {
      return forward(model, sentence);
    } catch {
      return null;
    }
  }, [model, sentence, problem]);
  const attention = model?.decoder.variant === "attention";

  useEffect(() => {
    if (ref.current && trace && attention) drawScene(ref.current, heatmapScene(trace, trace.steps.length), 0, noHover);
  }, [trace, attention]);

  return (
    <section className="training-attention" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t.attention}</h2>
      <div className="training-field">
        <label htmlFor={id}>{t.sentence}</label>
        <input id={id} type="text" value={sentence} onChange={(e) => setTyped(e.target.value)} spellCheck={false} aria-invalid={problem !== null} aria-describedby={problem ? `${id}-problem` : undefined} />
      </div>
      {problem && (
        <p id={`${id}-problem`} className="training-error" role="alert">
          {problem}
        </p>
      )}
      {trace && <p className="training-translation">{t.translation(trace.output.text || "—")}</p>}
      {model && !attention ? <p>{t.noAttention}</p> : trace && <svg ref={ref} className="training-heatmap" role="img" aria-label={`${t.attention}: ${sentence}`} />}
    </section>
  );
});
