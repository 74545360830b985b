// The gradient norms of each parameter group per epoch (mean ‖g‖₂ before clipping, log scale), with a
// mark above each epoch in which clipping scaled updates down: where a gradient explodes, and where
// the encoder's gradients fade compared with the output layer's. D3 draws axes, lines and marks behind
// a ref; the legend and the last epoch's numbers are plain HTML.

import { memo, useEffect, useMemo, useRef } from "react";
import * as d3 from "d3";
import { useWidth } from "../kit/useWidth.ts";
import { CHART, drawAxis, drawEpochAxis } from "./chartScene.ts";
import { clippedEpochs, gradientScales, groupPath, measuredPoints, shownGroups } from "./gradientScene.ts";
import type { Trainer } from "./trainer.ts";
import { useTrainerState, useTrainingT } from "./useTrainer.ts";

export const GradientChart = memo(function GradientChart({ trainer }: { readonly trainer: Trainer }) {
  const t = useTrainingT();
  const history = useTrainerState(trainer, (s) => s.history);
  // Derived once per history, so the drawing effect runs when a point arrives, not on every render.
  const points = useMemo(() => measuredPoints(history), [history]);
  const groups = useMemo(() => shownGroups(points), [points]);
  const clipped = useMemo(() => clippedEpochs(points), [points]);
  const box = useRef<HTMLElement>(null);
  const width = Math.max(240, useWidth(box, 560));
  const ref = useRef<SVGSVGElement>(null);

  useEffect(() => {
    if (!ref.current) return;
    const scales = gradientScales(points, width);
    const svg = d3.select(ref.current);
    drawEpochAxis(svg, scales.x, width);
    // Labels at 1, 2 and 5 times a power of ten, as plain numbers (0.2, 1, 10); over more than two
    // decades (an empty chart, an exploding gradient) at the powers of ten only, so they do not crowd.
    const [lo, hi] = scales.y.domain() as [number, number];
    const mantissas = Math.log10(hi / lo) > 2 ? [1] : [1, 2, 5];
    const labelled = scales.y.ticks().filter((v) => mantissas.includes(Number((v / 10 ** Math.floor(Math.log10(v))).toPrecision(1))));
    drawAxis(svg, "norm", `translate(${CHART.left},0)`, d3.axisLeft(scales.y).tickValues(labelled.length >= 2 ? labelled : scales.y.ticks(3)).tickFormat(d3.format("~g")));
    svg
      .selectAll<SVGPathElement, string>("path.grad")
      .data(groups, (d) => d)
      .join("path")
      .attr("class", (d) => `grad grad-${d}`)
      .attr("fill", "none")
      .attr("d", (d) => groupPath(points, d, scales));
    const marks = svg
      .selectAll<SVGGElement, ReturnType<typeof clippedEpochs>[number]>("g.clip-mark")
      .data(clipped, (d) => d.epoch)
      .join((enter) => {
        const g = enter.append("g").attr("class", "clip-mark");
        g.append("path").attr("d", "M-4,0 L4,0 L0,6 Z");
        g.append("title");
        return g;
      })
      .attr("transform", (d) => `translate(${scales.x(d.epoch)},${CHART.top - 8})`);
    marks.select("title").text((d) => t.grads.clippedMark(d.epoch, d.clipped, d.updates));
  }, [points, groups, clipped, width, t]);

  const last = points.at(-1);
  const clipNorm = last?.clipNorm;
  const largest = last ? groups.reduce((a, b) => (last.gradNorms[b] > last.gradNorms[a] ? b : a), groups[0]!) : undefined;
  return (
    <figure className="training-chart training-grads" ref={box}>
      <figcaption>{t.grads.title}</figcaption>
      <svg ref={ref} width={width} height={CHART.height} viewBox={`0 0 ${width} ${CHART.height}`} role="img" aria-label={t.grads.label(points.length, clipped.length)} data-points={points.length}>
        <text className="axis-title" x={width / 2} y={CHART.height - 2} textAnchor="middle">
          {t.epochAxis}
        </text>
      </svg>
      <ul className="training-legend">
        {groups.map((g) => (
          <li key={g} className={`legend-grad-${g}`}>
            {t.grads.groups[g]}
          </li>
        ))}
        {clipNorm !== undefined && <li className="legend-clip">{t.grads.clipLegend(clipNorm)}</li>}
      </ul>
      <p className="training-last">{last && largest ? t.grads.last(last.epoch, t.grads.groups[largest], last.gradNorms[largest], last.clippedUpdates ?? 0, last.updates ?? 0) : t.chartEmpty}</p>
    </figure>
  );
});
