// The four attention scores on the same states: the encoder states h_j and one decoder state of the
// dot model's trace serve as the query for all four; general and additive bring their own seeded
// weights (W_a; W_s, W_h, v). Each panel shows the scores e_j and the weights α_j = softmax(e)_j.

import { useMemo, useState } from "react";
import { softmax } from "../../core/activations.ts";
import { scores } from "../../core/attention.ts";
import type { ScoreKind, Seq2SeqModel } from "../../core/model.ts";
import type { DecoderStep, Trace } from "../../core/trace.ts";
import { SymbolText } from "../editor/SymbolText.tsx";
import { ComparisonFrame } from "./ComparisonFrame.tsx";
import { useCjkFont } from "../i18n/cjkFont.ts";
import { useT } from "../i18n/index.ts";
import { SCORE_TEX } from "./formulas.ts";
import { scoresScene } from "./layouts/scores.ts";
import { SceneSvg } from "./SceneSvg.tsx";
import { Tex } from "./Tex.tsx";
import { isTrained, useDemoModel, useLocalSentence, useWidgetPair } from "./usePlayerStore.ts";
import { useTrace } from "./useTrace.ts";
import { scoreComparisonChoices } from "./widgetChoices.ts";
import { readWidgetProps, type WidgetProps } from "./widgetProps.ts";

export interface ScoreRow {
  readonly score: ScoreKind;
  readonly e: Float64Array;
  readonly alpha: Float64Array;
}

/** e and α of each score for the query s_{t'-1} of decoder step t' of the trace. */
export function compareScores(trace: Trace, t: number, models: readonly Seq2SeqModel[]): ScoreRow[] {
  const steps = trace.steps.filter((s): s is DecoderStep => s.kind === "decoder");
  const q = steps[t - 1]!.s_prev;
  return models.map((m) => {
    const { e } = scores(m.decoder.attention!, q, trace.H);
    return { score: m.decoder.attention!.score, e, alpha: softmax(e) };
  });
}

export function ScoreComparison(props: WidgetProps) {
  const t = useT();
  const { choice, notes, pair: named } = readWidgetProps(props as Record<string, unknown>, t);
  const pair = useWidgetPair(named);
  const [sentence, setSentence] = useLocalSentence(pair);
  useCjkFont(pair === "en-zh");
  const [wanted, setT] = useState(1);
  // One model per score (a fixed list, so the hooks keep their order); the dot model's trace gives the states.
  const models = scoreComparisonChoices(choice).map((c) => useDemoModel(c, undefined, pair));
  const { trace, error } = useTrace(models[0]!, sentence);
  const steps = trace ? trace.steps.filter((s): s is DecoderStep => s.kind === "decoder").length : 1;
  const at = Math.min(wanted, steps);
  const rows = useMemo(() => (trace ? compareScores(trace, at, models) : []), [trace, at, ...models]);
  const slider = (
    <label>
      {t.comparisons.queryFor(at)}
      <input type="range" min={1} max={steps} value={at} onChange={(e) => setT(Number(e.target.value))} />
    </label>
  );
  return (
    <ComparisonFrame label={t.comparisons.scores} untrained={!isTrained(models[0]!)} notes={notes} sentence={sentence} onSentence={setSentence} error={error} source={trace?.source ?? []} controls={slider}>
      <p className="comparison-summary">
        <SymbolText text={t.comparisons.scoresSummary} />
      </p>
      <div className="comparison-grid">
        {trace &&
          rows.map((row) => (
            <section key={row.score} className="comparison-panel" aria-label={t.comparisons.scoreRegion(t.names.scores[row.score])}>
              <h3>{t.names.scores[row.score]}</h3>
              <Tex tex={SCORE_TEX[row.score]} className="comparison-formula" />
              <SceneSvg
                scene={scoresScene(trace.source, row.e, row.alpha, at)}
                label={t.comparisons.scoreLabel(t.names.scores[row.score], Array.from(row.e, (x) => x.toFixed(3)).join(", "), Array.from(row.alpha, (x) => x.toFixed(3)).join(", "))}
              />
            </section>
          ))}
      </div>
    </ComparisonFrame>
  );
}
