// The three curves of ‖∂L/∂h_t‖ against t on one log-scale chart, drawn by React from the scales of
// flowChart.ts. A norm that is 0, ∞ or NaN is not drawn: the curve breaks, and a mark at the top edge
// names it. The summary beside the chart (GradientFlow) is its text alternative.

import { useRef } from "react";
import type { FlowResult } from "../../model/gradientFlow.ts";
import { useT } from "../i18n/index.ts";
import { useWidth } from "../kit/useWidth.ts";
import { curvePath, FLOW_CHART, flowScales, stepTicks, undrawnSteps } from "./flowChart.ts";
import { formatNorm, tenTo } from "./format.ts";

interface Props {
  readonly results: readonly FlowResult[];
  readonly label: string;
  readonly describedBy: string;
}

export function FlowChart({ results, label, describedBy }: Props) {
  const t = useT().gradients;
  const box = useRef<HTMLDivElement>(null);
  const width = Math.max(260, useWidth(box, 640));
  const scales = flowScales(
    results.map((r) => r.norms),
    width,
  );
  const T = results[0]?.norms.length ?? 0;
  const [x0, x1] = scales.x.range() as [number, number];
  const bottom = FLOW_CHART.height - FLOW_CHART.bottom;
  return (
    <div className="flow-chart" ref={box}>
      <svg width={width} height={FLOW_CHART.height} viewBox={`0 0 ${width} ${FLOW_CHART.height}`} role="img" aria-label={label} aria-describedby={describedBy}>
        <g className="flow-axis">
          {scales.decades.map((e) => (
            <g key={e} transform={`translate(0,${scales.y(10 ** e)})`}>
              <line className="flow-grid" x1={x0} x2={x1} />
              <text x={x0 - 6} dy="0.32em" textAnchor="end">
                {tenTo(e)}
              </text>
            </g>
          ))}
          {stepTicks(T, width).map((s) => (
            <text key={s} x={scales.x(s)} y={bottom + 16} textAnchor="middle">
              {s}
            </text>
          ))}
          <line className="flow-baseline" x1={x0} x2={x1} y1={bottom} y2={bottom} />
          <text className="flow-axis-title" x={(x0 + x1) / 2} y={FLOW_CHART.height - 4} textAnchor="middle">
            {t.xAxis}
          </text>
          <text className="flow-axis-title" x={x0} y={12}>
            {t.yAxis}
          </text>
        </g>
        {results.map((r) => (
          <g key={r.cell} className={`flow-curve flow-${r.cell}`}>
            <path d={curvePath(r.norms, scales)} fill="none" data-cell={r.cell} />
            {undrawnSteps(r.norms).map((s) => (
              <text key={s} className="flow-undrawn" x={scales.x(s)} y={FLOW_CHART.top - 4} textAnchor="middle">
                {formatNorm(r.norms[s - 1]!)}
              </text>
            ))}
          </g>
        ))}
      </svg>
    </div>
  );
}
