// The picture beside seed 004's table: the three attention blocks, each with small Q, K and V
// matrices (one head of the demo model, colour only) and an arrow up from the input each comes from.
// Each matrix is an image with a name that says which it is and where it comes from.

import * as d3 from "d3";
import type { Mat } from "../../core/tensor.ts";
import { en } from "../i18n/en.ts";
import { symbolColor } from "../theme/symbols.ts";
import { PARTS, QKV_ROWS, SOURCE_SYMBOL, qkvKey, type Part } from "./qkvSources.ts";
import type { PlayerKind, TfWords } from "./views.ts";

export type QkvMatrices = Readonly<Record<PlayerKind, Readonly<Record<Part, Mat>>>>;

const CELL = { w: 13, h: 11 };
const SLOT = 76;
const BLOCK = { w: 3 * SLOT + 16, h: 196 };

/** Block origins: three side by side when they fit, else one under another. */
export function qkvLayout(width: number): { origins: { x: number; y: number }[]; width: number; height: number } {
  const across = width >= 3 * BLOCK.w + 2 * 16;
  const origins = QKV_ROWS.map((_, i) => (across ? { x: i * (BLOCK.w + 16), y: 0 } : { x: 0, y: i * (BLOCK.h + 12) }));
  return across ? { origins, width: 3 * BLOCK.w + 32, height: BLOCK.h } : { origins, width: BLOCK.w, height: 3 * BLOCK.h + 24 };
}

/** Draws the picture; `onPoint` hears which matrix key the pointer is over (or null). */
export function drawQkv(svgEl: SVGSVGElement, mats: QkvMatrices, width: number, highlighted: string | null, onPoint: (key: string | null) => void, words: TfWords = en.tf): void {
  const layout = qkvLayout(width);
  const svg = d3.select(svgEl).attr("viewBox", `0 0 ${layout.width} ${layout.height}`).attr("width", layout.width).attr("height", layout.height);
  svg.selectAll("*").remove();
  QKV_ROWS.forEach((row, b) => {
    const o = layout.origins[b]!;
    const block = svg.append("g").attr("transform", `translate(${o.x},${o.y})`);
    block.append("rect").attr("class", "qkv-block").attr("width", BLOCK.w).attr("height", BLOCK.h).attr("rx", 8);
    block.append("text").attr("class", "qkv-title").attr("x", BLOCK.w / 2).attr("y", 20).attr("text-anchor", "middle").text(words.kindTitles[row.kind]);
    PARTS.forEach((part, p) => {
      const key = qkvKey(row.kind, part);
      const M = mats[row.kind][part];
      const source = row.from[part];
      const cx = 8 + p * SLOT + SLOT / 2;
      const mw = M.cols * CELL.w;
      const mh = M.rows * CELL.h;
      const top = 56;
      const g = block
        .append("g")
        .attr("class", "qkv-matrix")
        .classed("is-highlighted", highlighted === key)
        .attr("data-key", key)
        .attr("data-highlighted", highlighted === key ? "true" : null)
        .attr("role", "img")
        .attr("aria-label", words.qkv.matrix(part, words.kinds[row.kind], words.qkv.plurals[part], words.qkv.inline[source], M.rows, M.cols))
        .on("mouseenter", () => onPoint(key))
        .on("mouseleave", () => onPoint(null));
      g.append("text").attr("class", "qkv-part").attr("x", cx).attr("y", top - 10).attr("text-anchor", "middle").style("fill", symbolColor(part === "Q" ? "q" : part === "K" ? "k" : "v")).text(part);
      const scale = Math.max(1e-9, ...Array.from(M.data, Math.abs));
      const x0 = cx - mw / 2;
      for (let i = 0; i < M.rows; i++)
        for (let j = 0; j < M.cols; j++) {
          const v = M.data[i * M.cols + j]!;
          g.append("rect").attr("class", "qkv-cell").attr("x", x0 + j * CELL.w).attr("y", top + i * CELL.h).attr("width", CELL.w).attr("height", CELL.h).attr("fill", symbolColor(part === "Q" ? "q" : part === "K" ? "k" : "v")).attr("fill-opacity", 0.1 + (0.75 * Math.abs(v)) / scale);
        }
      g.append("rect").attr("class", "qkv-frame").attr("x", x0 - 3).attr("y", top - 3).attr("width", mw + 6).attr("height", mh + 6).attr("rx", 3);
      // The arrow runs from the source up into the matrix: the direction the numbers flow.
      const chipTop = top + 4 * CELL.h + 40;
      g.append("line").attr("class", "qkv-arrow").attr("x1", cx).attr("y1", chipTop - 4).attr("x2", cx).attr("y2", top + mh + 7).style("stroke", symbolColor(SOURCE_SYMBOL[source]));
      g.append("path").attr("class", "qkv-head").attr("d", `M${cx - 4},${top + mh + 13}L${cx},${top + mh + 6}L${cx + 4},${top + mh + 13}Z`).style("fill", symbolColor(SOURCE_SYMBOL[source]));
      const lines = words.qkv.sourceLines[source];
      const chip = g.append("text").attr("class", "qkv-source").attr("x", cx).attr("y", chipTop + 8).attr("text-anchor", "middle").style("fill", symbolColor(SOURCE_SYMBOL[source]));
      lines.forEach((w, k) => chip.append("tspan").attr("x", cx).attr("dy", k === 0 ? 0 : 13).text(w));
    });
  });
}
