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

/**
 * Sets attributes at once, skipping those that already hold the value: a dragged weight changes a
 * few numbers of a picture, and writing every attribute of every element again cost more than the
 * rest of the redraw (each write invalidates style, even with the same value).
 */
function changedOnly<E extends d3.BaseType, D>(sel: d3.Selection<E, D, SVGGElement, unknown>): AttrTarget<D> {
  return {
    attr(name, value) {
      sel.each(function (d) {
        const el = this as unknown as Element;
        const v = value(d);
        const text = v === null ? null : String(v);
        // What this function last wrote: comparing with it avoids a DOM read per attribute.
        let last = written.get(el);
        if (!last) written.set(el, (last = new Map()));
        if (last.get(name) === text) return;
        last.set(name, text);
        if (text === null) el.removeAttribute(name);
        else el.setAttribute(name, text);
      });
    },
  };
}

const written = new WeakMap<Element, Map<string, string | null>>();

/** A transition writes attributes behind changedOnly's back: what it remembers is void from then on. */
function forget<E extends d3.BaseType, D>(sel: d3.Selection<E, D, SVGGElement, unknown>): d3.Selection<E, D, SVGGElement, unknown> {
  return sel.each(function () {
    written.delete(this as unknown as Element);
  });
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

// The hover callback of each picture. Listeners are bound once, when an element enters, and look the
// callback up here: re-binding hundreds of listeners at every redraw cost more than the drawing.
const hoverTargets = new WeakMap<SVGSVGElement, (id: SymId | null) => void>();

/** Draws `scene`; `onHover` is told which value the pointer is over. */
export function drawScene(svgEl: SVGSVGElement, scene: Scene, duration: number, onHover: (id: SymId | null) => void): void {
  const svg = d3.select(svgEl).attr("viewBox", `0 0 ${scene.width} ${scene.height}`);
  hoverTargets.set(svgEl, onHover);
  // Without motion, a running transition is stopped, or it would keep writing its old targets.
  const animate = <E extends d3.BaseType, D>(sel: d3.Selection<E, D, SVGGElement, unknown>): AttrTarget<D> =>
    duration > 0 ? forget(sel).transition().duration(duration).ease(d3.easeCubicOut) : changedOnly(sel.interrupt());
  const hover = <E extends d3.BaseType, D extends { id?: SymId }>(sel: d3.Selection<E, D, SVGGElement, unknown>) =>
    sel.on("mouseenter", (_event, d) => hoverTargets.get(svgEl)?.(d.id ?? null)).on("mouseleave", () => hoverTargets.get(svgEl)?.(null));

  const lines = layer(svg, "lines")
    .selectAll<SVGLineElement, SceneLine>("line")
    .data(scene.lines, (d) => d.key)
    .join((enter) => enter.append("line").call(lineAttrs).attr("opacity", 0).call(hover));
  lineAttrs(animate(lines));

  const rects = layer(svg, "rects")
    .selectAll<SVGRectElement, SceneRect>("rect")
    .data(scene.rects, (d) => d.key)
    .join((enter) => enter.append("rect").call(rectAttrs).attr("opacity", 0).call(hover));
  // Tooltips are updated in place: removing and re-adding hundreds of <title>s at every redraw is slow.
  rects.each(function (d) {
    let title: Element | null = this.querySelector("title");
    if (d.title === undefined) return title?.remove();
    title ??= this.appendChild(document.createElementNS("http://www.w3.org/2000/svg", "title"));
    if (title.textContent !== d.title) title.textContent = d.title;
  });
  rectAttrs(animate(rects));

  const texts = layer(svg, "texts")
    .selectAll<SVGTextElement, SceneText>("text")
    .data(scene.texts, (d) => d.key)
    .join((enter) => enter.append("text").attr("data-v", (d) => (d.value ? "" : null)).call(textAttrs).attr("opacity", 0).call(hover));
  texts.each(function (d) {
    if (this.textContent !== d.text) this.textContent = d.text;
  });
  const fixed = changedOnly(texts);
  fixed.attr("text-anchor", (d) => d.anchor ?? "middle");
  fixed.attr("dominant-baseline", () => "middle");
  fixed.attr("font-size", (d) => d.size ?? 11);
  fixed.attr("font-weight", (d) => d.weight ?? 400);
  textAttrs(animate(texts));
}

/** Marks the elements that show the hovered value. */
export function drawHover(svgEl: SVGSVGElement, hovered: SymId | null): void {
  d3.select(svgEl)
    .selectAll<SVGElement, { id?: SymId }>("rect, text, line")
    .classed("is-hovered", (d) => d !== undefined && linked(hovered, d.id));
}
