// The same sentence pair through a recurrent encoder–decoder with attention and through the
// Transformer, step by step: the recurrent side computes one state per step, the Transformer one
// whole layer per step (teacher-forced, as in training). Below, the attention weights each one uses.

import { useEffect, useMemo, useRef } from "react";
import { forward } from "../../core/forward.ts";
import type { Mat } from "../../core/tensor.ts";
import { demoModel } from "../../model/defaults.ts";
import { PAIRS, UNTRAINED_NOTE, demoTrace, demoTransformer } from "./demo.ts";
import { drawTimeline, type TimelineSpec } from "./drawTimeline.ts";
import { MatrixFlow } from "./MatrixFlow.tsx";
import { StepControls } from "./StepControls.tsx";
import { useStepper } from "./useStepper.ts";
import { useWidth } from "./useWidth.ts";
import { attentionView } from "./views.ts";

const PAIR = PAIRS[0]!;

function recurrentWeights(): { alpha: Mat; written: string[]; source: string[] } {
  const model = demoModel({ cell: "gru-reset-after", variant: "attention", score: "scaled", query: "previous", bidirectional: false });
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
  useEffect(() => {
    if (svg.current) drawTimeline(svg.current, spec, width);
  }, [spec, width]);
  return (
    <div ref={box} className="tl-picture">
      <svg ref={svg} role="img" aria-label={label} />
    </div>
  );
}

export function RecurrentVsTransformer() {
  const rec = useMemo(recurrentWeights, []);
  const cross = useMemo(() => attentionView(demoTrace(1, PAIR), demoTransformer(1), "cross", 0), []);
  const T = rec.source.length;
  const Tdec = rec.written.length;
  const stepper = useStepper(T + Tdec);
  const k = stepper.step + 1;
  const recSpec: TimelineSpec = { mode: "recurrent", encTokens: rec.source, decTokens: rec.written, encDone: Math.min(k, T), decDone: Math.max(0, k - T) };
  const tfSpec: TimelineSpec = { mode: "transformer", encTokens: cross.keyTokens, decTokens: cross.queryTokens, encDone: k >= 1 ? T : 0, decDone: k >= 2 ? Tdec : 0 };
  const recTitle = k <= T ? `h${k} from h${k - 1} and “${rec.source[k - 1]}”` : `s${k - T}, writing “${rec.written[k - T - 1]}”`;
  const tfTitle = k === 1 ? "the whole encoder layer: every word at once" : k === 2 ? "the whole decoder layer: every position at once" : "already finished";
  const title = `recurrent: ${recTitle}; Transformer: ${tfTitle}`;
  const said = (spec: TimelineSpec, name: string) => `${name} after step ${k}: ${spec.encDone} of ${T} encoder positions and ${spec.decDone} of ${Tdec} decoder positions computed.`;

  return (
    <div className="tf-card rvt" role="group" aria-label="Recurrent attention and the Transformer, side by side" tabIndex={0} onKeyDown={stepper.onKeyDown} aria-keyshortcuts="ArrowRight ArrowLeft Space Home End">
      <p className="tf-note" role="note">
        {UNTRAINED_NOTE}
      </p>
      <StepControls stepper={stepper} title={title} />
      <div className="rvt-sides">
        <section aria-label="Recurrent encoder–decoder with attention">
          <p className="rvt-head">Recurrent with attention: one state per step</p>
          <Side spec={recSpec} label={said(recSpec, "Recurrent")} />
          <MatrixFlow items={[{ type: "matrix", key: "alpha", name: "α", caption: "α, the attention weights of the recurrent decoder: a row per word written", symbol: "alpha", data: rec.alpha, rowLabels: rec.written, colLabels: rec.source }]} label="Recurrent attention weights" />
        </section>
        <section aria-label="Transformer">
          <p className="rvt-head">Transformer: one layer per step</p>
          <Side spec={tfSpec} label={said(tfSpec, "Transformer")} />
          <MatrixFlow items={[{ type: "matrix", key: "A", name: "A", caption: "A, the cross-attention weights of the Transformer: a row per decoder position", symbol: "alpha", data: cross.weights, rowLabels: cross.queryTokens, colLabels: cross.keyTokens }]} label="Transformer cross-attention weights" />
        </section>
      </div>
    </div>
  );
}
