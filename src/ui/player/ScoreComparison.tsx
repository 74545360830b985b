// The four attention scores on one sentence, each in a model trained with it (its preset, or trained
// on demand): each panel shows, for decoder step t', its model's scores e_j of its query (s_{t'}, or
// s_{t'-1} when the props ask for the previous state) against its own encoder states h_j, and the
// weights α_j = softmax(e)_j the model attends with.

import { useMemo, useState } from "react";
import type { ScoreKind } from "../../core/model.ts";
import type { DecoderStep, Trace } from "../../core/trace.ts";
import { SymbolText } from "../components/SymbolText.tsx";
import { ComparisonFrame } from "./ComparisonFrame.tsx";
import { useCjkFont } from "../i18n/cjkFont.ts";
import { useT } from "../i18n/index.ts";
import { scoreTex } from "./formulas.ts";
import { scoresScene } from "./layouts/scores.ts";
import { SceneSvg } from "./SceneSvg.tsx";
import { Tex } from "../components/Tex.tsx";
import { useLocalSentence, useWidgetPair } from "./usePlayerStore.ts";
import { useTrainedModel } from "../model/useTrainedModel.ts";
import { useTrace } from "./useTrace.ts";
import { scoreComparisonChoices } from "../components/widgetChoices.ts";
import { readWidgetProps, type WidgetProps } from "./widgetProps.ts";

export interface ScoreRow {
  readonly score: ScoreKind;
  readonly e: Float64Array;
  readonly alpha: Float64Array;
  /** The word the model writes at this step, with these weights. */
  readonly token: string;
}

/** e and α of decoder step t' (or its last, for a shorter output) in each model's own trace: its query (s_{t'} or s_{t'-1}) against its states h_j, as the forward pass recorded them. */
export function compareScores(traces: readonly Trace[], t: number): ScoreRow[] {
  return traces.map((trace) => {
    const steps = trace.steps.filter((s): s is DecoderStep => s.kind === "decoder");
    const step = steps[Math.min(t, steps.length) - 1]!;
    const { score, e, alpha } = step.attention!;
    return { score, e, alpha, token: step.token };
  });
}

export function ScoreComparison(props: WidgetProps) {
  const t = useT();
  const { choice, notes, pair: named } = readWidgetProps(props as Record<string, unknown>, t);
  const pair = useWidgetPair(named);
  const [sentence, setSentence] = useLocalSentence(pair);
  useCjkFont(pair === "en-zh");
  const [wanted, setT] = useState(1);
  // One model and trace per score (a fixed list, so the hooks keep their order).
  const choices = scoreComparisonChoices(choice);
  const query = choices[0]!.query;
  const shown = choices.map((c) => useTrainedModel(c, pair));
  const models = shown.map((m) => m.model);
  const results = models.map((m) => useTrace(m, sentence));
  const traces = results.flatMap((r) => (r.trace ? [r.trace] : []));
  const trace = traces.length === models.length ? traces[0]! : null;
  const error = results[0]!.error;
  const steps = trace ? Math.max(...traces.map((tr) => tr.steps.filter((s) => s.kind === "decoder").length)) : 1;
  const at = Math.min(wanted, steps);
  const rows = useMemo(() => (trace ? compareScores(traces, at) : []), [trace, at, ...traces]);
  const slider = (
    <label>
      {t.comparisons.queryFor(at, query)}
      <input type="range" min={1} max={steps} value={at} onChange={(e) => setT(Number(e.target.value))} />
    </label>
  );
  return (
    <ComparisonFrame label={t.comparisons.scores} models={shown} notes={notes} sentence={sentence} onSentence={setSentence} error={error} source={trace?.source ?? []} controls={slider}>
      <p className="comparison-summary">
        <SymbolText text={t.comparisons.scoresSummary(query)} />
      </p>
      <div className="comparison-grid">
        {trace &&
          rows.map((row) => (
            <section key={row.score} className="comparison-panel" aria-label={t.comparisons.scoreRegion(t.names.scores[row.score])}>
              <h3>{t.names.scores[row.score]}</h3>
              <Tex tex={scoreTex(row.score, query)} className="comparison-formula" />
              <p className="comparison-writes">{t.comparisons.writes(row.token)}</p>
              <SceneSvg
                scene={scoresScene(trace, row.e, row.alpha, at)}
                label={t.comparisons.scoreLabel(t.names.scores[row.score], Array.from(row.e, (x) => x.toFixed(3)).join(", "), Array.from(row.alpha, (x) => x.toFixed(3)).join(", "))}
              />
            </section>
          ))}
      </div>
    </ComparisonFrame>
  );
}
