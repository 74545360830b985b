// The same sentence pair through a recurrent encoder–decoder with attention and through the
// Transformer, step by step: the recurrent side computes one state per step, the Transformer one
// whole layer per step (teacher-forced, as in training). Below, the attention weights each one uses.

import { useEffect, useMemo, useRef } from "react";
import { forward } from "../../core/forward.ts";
import type { Mat } from "../../core/tensor.ts";
import type { Seq2SeqModel } from "../../core/model.ts";
import { RECURRENT_VS_TRANSFORMER_CHOICE } from "../components/widgetChoices.ts";
import { isTrained } from "../model/useTrainedModel.ts";
import { useTrainedModel } from "../model/useTrainedModel.ts";
import { useT } from "../i18n/index.ts";
import { DEMO_SEED, PAIRS } from "./demo.ts";
import { drawTimeline, type TimelineSpec } from "./drawTimeline.ts";
import { MatrixFlow } from "./MatrixFlow.tsx";
import { useShownTransformer } from "./shown.ts";
import { Transport } from "../components/Transport.tsx";
import { useStepper } from "./useStepper.ts";
import { useWidth } from "../kit/useWidth.ts";
import { attentionView } from "./views.ts";

const PAIR = PAIRS[0]!;

function recurrentWeights(model: Seq2SeqModel): { alpha: Mat; written: string[]; source: string[] } {
  const trace = forward(model, PAIR.source, { target: PAIR.target });
  const steps = trace.steps.flatMap((s) => (s.kind === "decoder" && s.attention ? [s] : []));
  const T = trace.source.length;
  const data = new Float64Array(steps.length * T);
  steps.forEach((s, i) => data.set(s.attention!.alpha, i * T));
  return { alpha: { rows: steps.length, cols: T, data }, written: steps.map((s) => s.token), source: trace.source.map((t) => t.token) };
}

function Side({ spec, label }: { spec: TimelineSpec; label: string }) {
  const box = useRef<HTMLDivElement>(null);
  const svg = useRef<SVGSVGElement>(null);
  const width = useWidth(box, 360);
  const words = useT().tf.rvt;
  useEffect(() => {
    if (svg.current) drawTimeline(svg.current, spec, width, words);
  }, [spec, width, words]);
  return (
    <div ref={box} className="tl-picture">
      <svg ref={svg} role="img" aria-label={label} />
    </div>
  );
}

export function RecurrentVsTransformer() {
  const recurrent = useTrainedModel(RECURRENT_VS_TRANSFORMER_CHOICE, "en-fr");
  const rec = useMemo(() => recurrentWeights(recurrent.model), [recurrent.model]);
  // Head 1 of the preset's 2: the head trained to look at the word being translated.
  const shown = useShownTransformer(2, PAIR);
  const cross = useMemo(() => attentionView(shown.trace, shown.model, "cross", 0), [shown]);
  const T = rec.source.length;
  const Tdec = rec.written.length;
  const stepper = useStepper(T + Tdec);
  const t = useT();
  const r = t.tf.rvt;
  const k = stepper.step + 1;
  const recSpec: TimelineSpec = { mode: "recurrent", encTokens: rec.source, decTokens: rec.written, encDone: Math.min(k, T), decDone: Math.max(0, k - T) };
  const tfSpec: TimelineSpec = { mode: "transformer", encTokens: cross.keyTokens, decTokens: cross.queryTokens, encDone: k >= 1 ? T : 0, decDone: k >= 2 ? Tdec : 0 };
  const recTitle = k <= T ? r.recurrentStep(k, rec.source[k - 1] ?? "") : r.recurrentWrite(k - T, rec.written[k - T - 1] ?? "");
  const tfTitle = k === 1 ? r.encoderLayer : k === 2 ? r.decoderLayer : r.finished;
  const title = r.title(recTitle, tfTitle);
  const said = (spec: TimelineSpec, name: string) => r.said(name, k, spec.encDone, T, spec.decDone, Tdec);

  return (
    <div className="tf-card rvt" role="group" aria-label={r.region} tabIndex={0} onKeyDown={stepper.onKeyDown} aria-keyshortcuts="ArrowRight ArrowLeft Space Home End">
      <p className="tf-note" role="note">
        {!shown.trained ? t.tf.untrained(DEMO_SEED) : recurrent.loading ? t.comparisons.loadingTrained : isTrained(recurrent.model) ? r.bothTrained : r.recurrentUntrained}
      </p>
      <Transport stepper={stepper} title={title} />
      <div className="rvt-sides">
        <section aria-label={r.recurrentRegion}>
          <p className="rvt-head">{r.recurrentHead}</p>
          <Side spec={recSpec} label={said(recSpec, r.recurrent)} />
          <MatrixFlow items={[{ type: "matrix", key: "alpha", name: "α", caption: r.alphaCaption, symbol: "alpha", data: rec.alpha, rowLabels: rec.written, colLabels: rec.source }]} label={r.alphaLabel} />
        </section>
        <section aria-label={r.transformer}>
          <p className="rvt-head">{r.transformerHead}</p>
          <Side spec={tfSpec} label={said(tfSpec, r.transformer)} />
          <MatrixFlow items={[{ type: "matrix", key: "A", name: "A", caption: r.crossCaption, symbol: "alpha", data: cross.weights, rowLabels: cross.queryTokens, colLabels: cross.keyTokens }]} label={r.crossLabel} />
        </section>
      </div>
    </div>
  );
}
