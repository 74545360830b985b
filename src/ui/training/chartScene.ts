// The loss-and-accuracy chart's geometry as data: scales from the history, one path per series.
// Loss on the left axis (from 0 to its largest value), accuracy on the right (0 to 1).

import * as d3 from "d3";
import type { EpochPoint } from "./protocol.ts";

/** Margins and height in CSS pixels; the width is the figure's own, so text keeps its size on a phone. */
export const CHART = { height: 220, left: 40, right: 42, top: 12, bottom: 32 };

export type SeriesKey = "trainLoss" | "heldOutLoss" | "trainAccuracy" | "heldOutAccuracy";
export const SERIES: readonly { key: SeriesKey; axis: "loss" | "accuracy"; dashed: boolean }[] = [
  { key: "trainLoss", axis: "loss", dashed: false },
  { key: "heldOutLoss", axis: "loss", dashed: true },
  { key: "trainAccuracy", axis: "accuracy", dashed: false },
  { key: "heldOutAccuracy", axis: "accuracy", dashed: true },
];

/** The epoch axis grows with the run (at least five epochs wide), so early points are not squeezed. */
export function chartScales(history: readonly EpochPoint[], width: number) {
  const maxLoss = d3.max(history, (p) => Math.max(p.trainLoss, p.heldOutLoss)) ?? 1;
  const first = history[0]?.epoch ?? 1;
  const last = history.at(-1)?.epoch ?? first;
  const x = d3.scaleLinear([first, Math.max(first + 4, last)], [CHART.left, width - CHART.right]);
  const loss = d3.scaleLinear([0, Math.max(0.1, maxLoss)], [CHART.height - CHART.bottom, CHART.top]).nice();
  const accuracy = d3.scaleLinear([0, 1], [CHART.height - CHART.bottom, CHART.top]);
  return { x, loss, accuracy };
}

/** The SVG path of one series (every point finite, since evaluate returns finite numbers). */
export function seriesPath(history: readonly EpochPoint[], key: SeriesKey, scales: ReturnType<typeof chartScales>): string {
  const y = SERIES.find((s) => s.key === key)!.axis === "loss" ? scales.loss : scales.accuracy;
  return d3.line<EpochPoint>((p) => scales.x(p.epoch), (p) => y(p[key]))(history as EpochPoint[]) ?? "";
}

/** Draws (or redraws) one axis into its own <g class="axis NAME"> of the chart. */
export function drawAxis(svg: d3.Selection<SVGSVGElement, unknown, null, undefined>, name: string, transform: string, axis: d3.Axis<d3.NumberValue>): void {
  svg.selectAll<SVGGElement, null>(`g.${name}`).data([null]).join("g").attr("class", `axis ${name}`).attr("transform", transform).call(axis);
}

/** The epoch axis along the bottom: whole epochs only, about one tick per 70 px, at most six. */
export function drawEpochAxis(svg: d3.Selection<SVGSVGElement, unknown, null, undefined>, x: d3.ScaleLinear<number, number>, width: number): void {
  drawAxis(svg, "x", `translate(0,${CHART.height - CHART.bottom})`, d3.axisBottom(x).tickValues(x.ticks(Math.min(6, Math.floor(width / 70))).filter(Number.isInteger)).tickFormat(d3.format("d")));
}
