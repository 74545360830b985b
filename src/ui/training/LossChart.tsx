// The live chart: loss (left axis) and sentence accuracy (right axis) on both splits, one point per
// epoch. D3 draws axes and paths behind a ref; the legend and the latest numbers are plain HTML.

import { memo, useEffect, useRef } from "react";
import { useWidth } from "../kit/useWidth.ts";
import * as d3 from "d3";
import { CHART, chartScales, drawAxis, drawEpochAxis, SERIES, seriesPath } from "./chartScene.ts";
import type { Trainer } from "./trainer.ts";
import { useTrainerState, useTrainingT } from "./useTrainer.ts";

export const LossChart = memo(function LossChart({ trainer }: { readonly trainer: Trainer }) {
  const t = useTrainingT();
  const history = useTrainerState(trainer, (s) => s.history);
  const box = useRef<HTMLElement>(null);
  const width = Math.max(240, useWidth(box, 560));
  const ref = useRef<SVGSVGElement>(null);

  useEffect(() => {
    if (!ref.current) return;
    const scales = chartScales(history, width);
    const svg = d3.select(ref.current);
    drawEpochAxis(svg, scales.x, width);
    drawAxis(svg, "loss", `translate(${CHART.left},0)`, d3.axisLeft(scales.loss).ticks(5));
    drawAxis(svg, "acc", `translate(${width - CHART.right},0)`, d3.axisRight(scales.accuracy).ticks(5, "%"));
    svg
      .selectAll<SVGPathElement, (typeof SERIES)[number]>("path.series")
      .data(SERIES, (d) => d.key)
      .join("path")
      .attr("class", (d) => `series series-${d.key}`)
      .attr("fill", "none")
      .attr("stroke-dasharray", (d) => (d.dashed ? "5 3" : null))
      .attr("d", (d) => seriesPath(history, d.key, scales));
  }, [history, width]);

  const last = history.at(-1);
  return (
    <figure className="training-chart training-loss" ref={box}>
      <figcaption>{t.chartTitle}</figcaption>
      <svg ref={ref} width={width} height={CHART.height} viewBox={`0 0 ${width} ${CHART.height}`} role="img" aria-label={t.chartLabel(history.length)} data-points={history.length}>
        <text className="axis-title" x={width / 2} y={CHART.height - 2} textAnchor="middle">
          {t.epochAxis}
        </text>
      </svg>
      <ul className="training-legend">
        {SERIES.map((s) => (
          <li key={s.key} className={`legend-${s.key}`}>
            {t.series[s.key]}
          </li>
        ))}
      </ul>
      <p className="training-last">{last ? t.lastEpoch(last.epoch, last.trainAccuracy, last.heldOutAccuracy) : t.chartEmpty}</p>
    </figure>
  );
});
