// Draws placed matrices into an <svg> with d3-selection. Each matrix is an ARIA table (rows, row
// and column headers, cells with their value as name), so a screen reader can walk the numbers and
// a masked cell says "masked" in words; the drawing shows the same with a hatch and a label.

import * as d3 from "d3";
// Patches selection.prototype.transition. Through the d3 bundle the patch is a side effect that
// production tree-shaking drops, and .transition() is then undefined.
import "d3-transition";
import { en } from "../i18n/en.ts";
import { heatFill, heatInk } from "../theme/heat.ts";
import { symbolColor } from "../theme/symbols.ts";
import { fmtText } from "./format.ts";
import { SIZES, rowLabelWidth, type MatrixItem, type Placed } from "./layout.ts";
import type { TfWords } from "./views.ts";

type G = d3.Selection<SVGGElement, unknown, null, undefined>;

export interface FlowDrawOptions {
  /** Id of the hatch pattern in this svg's <defs>. */
  readonly hatchId: string;
  /** Transition length in ms; 0 when the reader prefers less motion. */
  readonly duration: number;
  /** Keys of matrices to highlight (the QKV table's links). */
  readonly highlighted?: ReadonlySet<string>;
  /** The words the tables say, in the reader's language (English unless given). */
  readonly words?: TfWords;
}

/** "W^Q" → W with a raised Q; "X_kv" → X with a lowered kv. */
function writeName(text: d3.Selection<SVGTextElement, unknown, null, undefined>, name: string): void {
  for (const part of name.split(/(?=[_^])/u)) {
    const m = part.match(/^([_^])([^\s]+)(.*)$/u);
    if (!m) {
      text.append("tspan").text(part);
      continue;
    }
    text.append("tspan").attr("baseline-shift", m[1] === "^" ? "super" : "sub").attr("font-size", "70%").text(m[2]!);
    if (m[3]) text.append("tspan").attr("baseline-shift", "baseline").text(m[3]);
  }
}

function cellLabel(item: MatrixItem, i: number, j: number, v: number, words: TfWords): string {
  const where = `${item.rowLabels[i]}, ${item.colLabels[j]}`;
  // −∞ stands in the mask and the scores; in the weights a masked cell is a weight of exactly 0.
  if (item.masked?.(i, j)) return item.maskedText === "−∞" ? words.cellMinusInfinity(where) : words.cellMasked(where);
  return `${where}: ${fmtText(v)}`;
}

function drawMatrix(g: G, item: MatrixItem, hatchId: string, words: TfWords): void {
  const s = SIZES;
  const left = rowLabelWidth(item.rowLabels);
  const { rows, cols, data } = item.data;
  const finite = Array.from(data).filter(Number.isFinite);
  const scale = Math.max(1e-9, ...finite.map(Math.abs));
  const colour = item.symbol ? symbolColor(item.symbol) : "var(--text-muted)";
  // The attention weights are a heatmap: the theme's heat scale (theme/heat.ts), ink to match.
  const heat = item.symbol === "alpha";
  g.append("rect").attr("class", "tf-frame").attr("x", left - 3).attr("y", s.headH - 3).attr("width", cols * s.cellW + 6).attr("height", rows * s.cellH + 6).attr("rx", 4);
  const name = g.append("text").attr("class", "tf-name").attr("x", 0).attr("y", 14).style("fill", colour).attr("aria-hidden", "true");
  writeName(name, item.name);
  if (item.tag) g.append("text").attr("class", "tf-tag").attr("x", 0).attr("y", 30).attr("aria-hidden", "true").text(item.tag);
  const table = g.append("g").attr("role", "table").attr("aria-label", words.table(item.caption, rows, cols));
  const head = table.append("g").attr("role", "row");
  head.append("text").attr("role", "columnheader").attr("aria-label", words.rowHeader).attr("x", 0).attr("y", s.headH - 8);
  item.colLabels.forEach((label, j) => {
    head.append("text").attr("role", "columnheader").attr("class", "tf-label").attr("x", left + (j + 0.5) * s.cellW).attr("y", s.headH - 10).attr("text-anchor", "middle").text(label);
  });
  for (let i = 0; i < rows; i++) {
    const row = table.append("g").attr("role", "row");
    const y = s.headH + i * s.cellH;
    row.append("text").attr("role", "rowheader").attr("class", "tf-label").attr("x", left - 8).attr("y", y + s.cellH / 2).attr("text-anchor", "end").attr("dominant-baseline", "central").text(item.rowLabels[i] ?? "");
    for (let j = 0; j < cols; j++) {
      const v = data[i * cols + j]!;
      const masked = item.masked?.(i, j) ?? false;
      const cell = row.append("g").attr("role", "cell").attr("aria-label", cellLabel(item, i, j, v, words)).attr("data-masked", masked ? "true" : null);
      const x = left + j * s.cellW;
      cell
        .append("rect")
        .attr("class", "tf-cell")
        .attr("x", x)
        .attr("y", y)
        .attr("width", s.cellW)
        .attr("height", s.cellH)
        .attr("fill", masked ? `url(#${hatchId})` : heat ? heatFill(v) : colour)
        .attr("fill-opacity", masked || heat ? 1 : 0.06 + (0.34 * Math.abs(v)) / scale);
      cell
        .append("text")
        .attr("class", masked ? "tf-value tf-masked" : "tf-value")
        .attr("x", x + s.cellW / 2)
        .attr("y", y + s.cellH / 2)
        .attr("text-anchor", "middle")
        .attr("dominant-baseline", "central")
        .attr("aria-hidden", "true")
        .style("fill", () => (heat && !masked ? heatInk(v) : null))
        .text(masked ? (item.maskedText ?? words.masked) : fmtText(v));
    }
  }
}

function ensureHatch(svg: d3.Selection<SVGSVGElement, unknown, null, undefined>, id: string): void {
  if (!svg.select(`pattern#${id}`).empty()) return;
  const pattern = svg.append("defs").append("pattern").attr("id", id).attr("width", 6).attr("height", 6).attr("patternUnits", "userSpaceOnUse").attr("patternTransform", "rotate(45)");
  pattern.append("rect").attr("width", 6).attr("height", 6).attr("class", "tf-hatch-bg");
  pattern.append("line").attr("x1", 0).attr("y1", 0).attr("x2", 0).attr("y2", 6).attr("class", "tf-hatch-line");
}

/** Draws `placed` into `svgEl`: items keyed by their key move (a transition) instead of being rebuilt. */
export function drawFlow(svgEl: SVGSVGElement, placed: readonly Placed[], width: number, height: number, opts: FlowDrawOptions): void {
  const svg = d3.select(svgEl).attr("viewBox", `0 0 ${width} ${height}`).attr("width", width).attr("height", height);
  ensureHatch(svg, opts.hatchId);
  let layer = svg.select<SVGGElement>("g.tf-items");
  if (layer.empty()) layer = svg.append("g").attr("class", "tf-items");
  const groups = layer
    .selectAll<SVGGElement, Placed>("g.tf-item")
    .data(placed, (d) => d.item.key)
    .join((enter) => enter.append("g").attr("class", "tf-item").attr("opacity", 0).attr("transform", (d) => `translate(${d.x},${d.y})`));
  groups
    .attr("data-key", (d) => d.item.key)
    .classed("is-result", (d) => d.item.type === "matrix" && d.item.result === true)
    .classed("is-highlighted", (d) => opts.highlighted?.has(d.item.key) ?? false)
    .attr("data-highlighted", (d) => (opts.highlighted?.has(d.item.key) ? "true" : null))
    .each(function (d) {
      const g = d3.select(this) as G;
      g.selectAll("*").remove();
      if (d.item.type === "matrix") drawMatrix(g, d.item, opts.hatchId, opts.words ?? en.tf);
      else g.append("text").attr("class", "tf-glyph").attr("x", d.w / 2).attr("y", d.h / 2).attr("text-anchor", "middle").attr("dominant-baseline", "central").attr("aria-hidden", "true").text(d.item.text);
    });
  const at = (d: Placed) => `translate(${d.x},${d.y})`;
  // Without SVG transform lists (jsdom) d3 cannot interpolate a transform: place at once.
  if (opts.duration > 0 && "transform" in svgEl) groups.transition().duration(opts.duration).ease(d3.easeCubicOut).attr("transform", at).attr("opacity", 1);
  else groups.attr("transform", at).attr("opacity", 1);
}
