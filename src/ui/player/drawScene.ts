// Draws a Scene into an <svg> with d3-selection joins keyed by item key, so a value that stays in
// the picture moves and recolours (a d3 transition) instead of being rebuilt; a duration of 0 (reduced
// motion) applies every change at once.

import * as d3 from "d3";
// Patches selection.prototype.transition. Through the d3 bundle the patch is a side effect that
// production tree-shaking drops, and .transition() is then undefined.
import "d3-transition";
import type { Scene, SceneLine, SceneRect, SceneText } from "./scene.ts";
import { linked, type SymId } from "./symbolIds.ts";

type Value = string | number | null;
/** What a selection and a transition share: enough to set attributes on either. */
interface AttrTarget<D> {
  attr(name: string, value: (d: D) => Value): unknown;
}

function layer(svg: d3.Selection<SVGSVGElement, unknown, null, undefined>, name: string) {
  let g = svg.select<SVGGElement>(`g[data-layer="${name}"]`);
  if (g.empty()) g = svg.append("g").attr("data-layer", name);
  return g;
}

function rectAttrs(t: AttrTarget<SceneRect>) {
  t.attr("x", (d) => d.x);
  t.attr("y", (d) => d.y);
  t.attr("width", (d) => Math.max(0, d.w));
  t.attr("height", (d) => Math.max(0, d.h));
  t.attr("rx", (d) => d.rx ?? 0);
  t.attr("fill", (d) => d.fill);
  t.attr("fill-opacity", (d) => d.fillOpacity);
  t.attr("stroke", (d) => d.stroke ?? "none");
  t.attr("stroke-width", (d) => d.strokeWidth ?? 0);
  t.attr("opacity", (d) => d.opacity);
}

function textAttrs(t: AttrTarget<SceneText>) {
  t.attr("x", (d) => d.x);
  t.attr("y", (d) => d.y);
  t.attr("fill", (d) => d.fill ?? "currentColor");
  t.attr("opacity", (d) => d.opacity);
}

function lineAttrs(t: AttrTarget<SceneLine>) {
  t.attr("x1", (d) => d.x1);
  t.attr("y1", (d) => d.y1);
  t.attr("x2", (d) => d.x2);
  t.attr("y2", (d) => d.y2);
  t.attr("stroke", (d) => d.stroke);
  t.attr("stroke-width", (d) => d.width);
  t.attr("opacity", (d) => d.opacity);
}

/** Draws `scene`; `onHover` is told which value the pointer is over. */
export function drawScene(svgEl: SVGSVGElement, scene: Scene, duration: number, onHover: (id: SymId | null) => void): void {
  const svg = d3.select(svgEl).attr("viewBox", `0 0 ${scene.width} ${scene.height}`);
  const animate = <E extends d3.BaseType, D>(sel: d3.Selection<E, D, SVGGElement, unknown>): AttrTarget<D> =>
    duration > 0 ? sel.transition().duration(duration).ease(d3.easeCubicOut) : sel;
  const hover = <E extends d3.BaseType, D extends { id?: SymId }>(sel: d3.Selection<E, D, SVGGElement, unknown>) =>
    sel.on("mouseenter", (_event, d) => onHover(d.id ?? null)).on("mouseleave", () => onHover(null));

  const lines = layer(svg, "lines")
    .selectAll<SVGLineElement, SceneLine>("line")
    .data(scene.lines, (d) => d.key)
    .join((enter) => enter.append("line").call(lineAttrs).attr("opacity", 0));
  hover(lines);
  lineAttrs(animate(lines));

  const rects = layer(svg, "rects")
    .selectAll<SVGRectElement, SceneRect>("rect")
    .data(scene.rects, (d) => d.key)
    .join((enter) => enter.append("rect").call(rectAttrs).attr("opacity", 0));
  hover(rects);
  rects.selectAll("title").remove();
  rects.filter((d) => d.title !== undefined).append("title").text((d) => d.title!);
  rectAttrs(animate(rects));

  const texts = layer(svg, "texts")
    .selectAll<SVGTextElement, SceneText>("text")
    .data(scene.texts, (d) => d.key)
    .join((enter) => enter.append("text").call(textAttrs).attr("opacity", 0));
  hover(texts);
  texts
    .text((d) => d.text)
    .attr("text-anchor", (d) => d.anchor ?? "middle")
    .attr("dominant-baseline", "middle")
    .attr("font-size", (d) => d.size ?? 11)
    .attr("font-weight", (d) => d.weight ?? 400);
  textAttrs(animate(texts));
}

/** Marks the elements that show the hovered value. */
export function drawHover(svgEl: SVGSVGElement, hovered: SymId | null): void {
  d3.select(svgEl)
    .selectAll<SVGElement, { id?: SymId }>("rect, text, line")
    .classed("is-hovered", (d) => d !== undefined && linked(hovered, d.id));
}
