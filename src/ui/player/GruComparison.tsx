// The two GRU forms on the same input and the same weights (gruTwin.ts): the encoder of each, the
// candidate and state formulas at a chosen position, how far the states drift apart, and the output.

import { useMemo, useState } from "react";
import type { EncoderStep, Trace } from "../../core/trace.ts";
import { useCjkFont } from "../i18n/cjkFont.ts";
import { useT } from "../i18n/index.ts";
import { ComparisonFrame } from "./ComparisonFrame.tsx";
import { fmt } from "../kit/format.ts";
import { FormulaPanel } from "./FormulaPanel.tsx";
import { GRU_TEX } from "./formulas.ts";
import { resetAfterTwin } from "./gruTwin.ts";
import { SymbolText } from "../components/SymbolText.tsx";
import { EncoderPicture } from "./pictures.tsx";
import { stepFormulas, stepTitle } from "./stepFormulas.ts";
import { Tex } from "../components/Tex.tsx";
import { useLocalSentence, useWidgetPair } from "./usePlayerStore.ts";
import { isTrained } from "../model/useTrainedModel.ts";
import { useTrainedModel } from "../model/useTrainedModel.ts";
import { useTrace } from "./useTrace.ts";
import { gruComparisonChoice } from "../components/widgetChoices.ts";
import { readWidgetProps, type WidgetProps } from "./widgetProps.ts";

/** max_i |h_t,i − h'_t,i| at each forward position t: how far the two encoders' states differ. */
export function stateGaps(a: Trace, b: Trace): number[] {
  return a.H.map((h, j) => h.reduce((m, x, i) => Math.max(m, Math.abs(x - b.H[j]![i]!)), 0));
}

function encoderSteps(trace: Trace): { step: EncoderStep; index: number }[] {
  return trace.steps.flatMap((step, index) => (step.kind === "encoder" ? [{ step, index }] : []));
}

function Side({ name, tex, trace, position, vocab }: { name: string; tex: string; trace: Trace; position: number; vocab: readonly string[] }) {
  const t = useT();
  const at = encoderSteps(trace)[position]!;
  const lines = stepFormulas(trace, at.step, vocab, t).filter((l) => /gru\.(n|h)/u.test(l.key));
  return (
    <section className="comparison-panel" aria-label={name}>
      <h3>{name}</h3>
      <Tex tex={tex} className="comparison-formula" />
      <FormulaPanel title={stepTitle(at.step, trace, t)} lines={lines} label={t.player.formulasOf(name)} />
      <EncoderPicture trace={trace} cursor={at.index} rows={PICTURE_ROWS} />
      <p className="player-output">
        <span className="player-output-label">{t.player.output}:</span> {trace.output.text || "—"}
      </p>
    </section>
  );
}

/** The cells x_t and h_t may take in all: the preset's 8 + 16 entries fold (to 4 + 4 and "+N more") so that both forms' controls, formulas and pictures share a laptop screen. */
const PICTURE_ROWS = 10;

export function GruComparison(props: WidgetProps) {
  const t = useT();
  const { choice, notes, pair: named } = readWidgetProps(props as Record<string, unknown>, t);
  const pair = useWidgetPair(named);
  const [sentence, setSentence] = useLocalSentence(pair);
  const [wanted, setPosition] = useState(0);
  useCjkFont(pair === "en-zh");
  const shown = useTrainedModel(gruComparisonChoice(choice), pair);
  const before = shown.model;
  const after = useMemo(() => resetAfterTwin(before), [before]);
  const a = useTrace(before, sentence);
  const b = useTrace(after, sentence);
  const count = a.trace ? encoderSteps(a.trace).length : 1;
  const position = Math.min(wanted, count - 1);
  const slider = (
    <label>
      {t.comparisons.encoderStepOf(position + 1, count)}
      <input type="range" min={0} max={count - 1} value={position} onChange={(e) => setPosition(Number(e.target.value))} />
    </label>
  );
  const gaps = a.trace && b.trace ? stateGaps(a.trace, b.trace) : [];
  return (
    <ComparisonFrame label={t.comparisons.gru} models={[shown]} notes={notes} sentence={sentence} onSentence={setSentence} error={a.error} source={a.trace?.source ?? []} controls={slider}>
      {gaps.length > 0 && <p className="comparison-summary">{t.comparisons.gruGaps(gaps.map((g, j) => `h${j + 1}: ${fmt(g)}`).join(", "))}</p>}
      <div className="comparison-grid">
        {a.trace && <Side name={t.comparisons.resetBefore} tex={GRU_TEX.before} trace={a.trace} position={position} vocab={before.target.vocab} />}
        {b.trace && <Side name={t.comparisons.resetAfter} tex={GRU_TEX.after} trace={b.trace} position={position} vocab={after.target.vocab} />}
      </div>
      <p className="comparison-summary">
        <SymbolText text={isTrained(before) ? `${t.comparisons.gruSummary} ${t.comparisons.gruTrained}` : t.comparisons.gruSummary} />
      </p>
    </ComparisonFrame>
  );
}
