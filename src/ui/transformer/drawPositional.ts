// The sinusoidal positional encoding as a heat map: one row per position, one column per dimension.
// Early columns swing fast from row to row, later ones slowly, so every row is a different pattern.

import * as d3 from "d3";
import type { Mat } from "../../core/tensor.ts";

const LEFT = 34;
const TOP = 22;
const ROW_H = 12;

/** Draws `PE` (positions × d_model) with the row `selected` outlined. */
export function drawPositional(svgEl: SVGSVGElement, PE: Mat, width: number, selected: number): void {
  const cellW = Math.max(8, Math.min(30, Math.floor((width - LEFT - 8) / PE.cols)));
  const w = LEFT + PE.cols * cellW + 8;
  const h = TOP + PE.rows * ROW_H + 6;
  const colour = d3.scaleDiverging(d3.interpolatePuOr).domain([1, 0, -1]);
  const svg = d3.select(svgEl).attr("viewBox", `0 0 ${w} ${h}`).attr("width", w).attr("height", h);
  svg.selectAll("*").remove();
  svg.append("text").attr("class", "pe-axis").attr("x", LEFT).attr("y", 10).text("dimension 0 → " + (PE.cols - 1));
  const cells = Array.from({ length: PE.rows * PE.cols }, (_, k) => ({ i: Math.floor(k / PE.cols), j: k % PE.cols, v: PE.data[k]! }));
  svg
    .append("g")
    .selectAll("rect")
    .data(cells)
    .join("rect")
    .attr("x", (d) => LEFT + d.j * cellW)
    .attr("y", (d) => TOP + d.i * ROW_H)
    .attr("width", cellW)
    .attr("height", ROW_H)
    .attr("fill", (d) => colour(d.v));
  svg
    .append("g")
    .selectAll("text")
    .data(d3.range(0, PE.rows, 4))
    .join("text")
    .attr("class", "pe-axis")
    .attr("x", LEFT - 6)
    .attr("y", (i) => TOP + i * ROW_H + ROW_H / 2)
    .attr("text-anchor", "end")
    .attr("dominant-baseline", "central")
    .text((i) => `${i}`);
  svg
    .append("rect")
    .attr("class", "pe-selected")
    .attr("x", LEFT - 2)
    .attr("y", TOP + selected * ROW_H - 1)
    .attr("width", PE.cols * cellW + 4)
    .attr("height", ROW_H + 2);
}
