// Lesson 20's live experiment: ‖∂L/∂h_t‖ for every encoder step of an RNN, an LSTM and a GRU on a
// reversal task, as the reader scales the recurrent weights, and the global gradient norm before and
// after clipping. Every number comes from src/model/gradientFlow.ts (the core's stateGradients and
// clipGradients); this file lays them out.

import { useDeferredValue, useId, useMemo, useState } from "react";
import { FLOW_CELLS, FLOW_GATE_BIAS, FLOW_WIDTH, flowModel, gradientFlow, reversalPair, scaleRecurrent, type FlowCell, type FlowResult } from "../../model/gradientFlow.ts";
import { NumberField, type Parsed } from "../fields/NumberField.tsx";
import { useT } from "../i18n/index.ts";
import { ClipTable, NormTable } from "./FlowTables.tsx";
import { FlowChart } from "./FlowChart.tsx";
import { decadesOf, formatNorm } from "./format.ts";
import { undrawnSteps } from "./flowChart.ts";
import "./gradients.css";

/** The slider's range and step, and the clipping threshold the widget opens with. */
export const SCALE_RANGE = { min: 0.25, max: 3, step: 0.05 } as const;
export const DEFAULT_MAX_NORM = 100;

const formatScale = (k: number) => k.toFixed(2);

export function GradientFlow() {
  const t = useT().gradients;
  const [scale, setScale] = useState(1);
  const [clipOn, setClipOn] = useState(true);
  const [maxNorm, setMaxNorm] = useState(DEFAULT_MAX_NORM);
  const summaryId = useId();
  const models = useMemo(() => FLOW_CELLS.map((cell) => flowModel(cell)), []);
  const pair = useMemo(() => reversalPair(), []);
  // The slider's thumb moves at once; the three backward passes (about 10 ms) follow.
  const k = useDeferredValue(scale);
  const results = useMemo(() => models.map((m) => gradientFlow(scaleRecurrent(m, k), pair, clipOn ? maxNorm : undefined)), [models, pair, k, clipOn, maxNorm]);
  const T = pair.source.length;
  const parseNorm = (text: string): Parsed<number> => {
    const v = Number(text.trim());
    return text.trim() !== "" && Number.isFinite(v) && v > 0 ? { ok: true, value: v } : { ok: false, reason: t.notPositive(text) };
  };
  const cellName = (r: FlowResult) => t.cells[r.cell as FlowCell];
  return (
    <section className="gradient-flow" aria-label={t.region}>
      <p className="flow-task">{t.task(T, FLOW_WIDTH, FLOW_GATE_BIAS)}</p>
      <div className="flow-controls">
        <label className="flow-scale">
          <span>{t.scale}</span>
          <input type="range" min={SCALE_RANGE.min} max={SCALE_RANGE.max} step={SCALE_RANGE.step} value={scale} aria-valuetext={`k = ${formatScale(scale)}`} onChange={(e) => setScale(Number(e.target.value))} />
          <output>k = {formatScale(scale)}</output>
        </label>
        <div className="flow-clip">
          <label>
            <input type="checkbox" checked={clipOn} onChange={(e) => setClipOn(e.target.checked)} /> {t.clip}
          </label>
          <NumberField label={t.threshold} value={maxNorm} format={String} parse={parseNorm} onCommit={setMaxNorm} disabled={!clipOn} className="flow-threshold" />
        </div>
      </div>
      <p className="flow-hint">{t.scaleHint}</p>
      <FlowChart results={results} label={t.chartLabel(formatScale(k))} describedBy={summaryId} />
      <ul className="flow-legend" id={summaryId} aria-live="polite">
        {results.map((r) => {
          const undrawn = undrawnSteps(r.norms);
          return (
            <li key={r.cell} className={`flow-${r.cell}`} data-cell={r.cell}>
              {t.summary(cellName(r), T, formatNorm(r.norms[0]!), decadesOf(r.ratio))}
              {undrawn.length > 0 && <> {t.notDrawn(undrawn.join(", "))}</>}
            </li>
          );
        })}
      </ul>
      <ClipTable results={results} cellName={cellName} />
      <NormTable results={results} cellName={cellName} scale={formatScale(k)} />
    </section>
  );
}
