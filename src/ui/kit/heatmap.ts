// The attention weights as a heatmap: one row per decoder step t' (the token it wrote), one column
// per source token j; the cell's strength is α_{t'j}. Rows the cursor has not reached stay blank.

import { symbolColor } from "../theme/symbols.ts";
import type { DecoderStep, Trace } from "../../core/trace.ts";
import { fmt, fmtText, sub } from "./format.ts";
import { heatFill, heatInk } from "../theme/heat.ts";
import { FUTURE_OPACITY, INK, stateAt, type Scene, type SceneRect, type SceneText } from "./scene.ts";
import { symIds } from "./symbolIds.ts";

const CW = 48;
const CH = 24;
const LEFT = 92;
const TOP = 34;

export function heatmapScene(trace: Trace, cursor: number): Scene {
  const symId = symIds(trace);
  const rows = trace.steps.map((s, i) => ({ s, i })).filter((e): e is { s: DecoderStep; i: number } => e.s.kind === "decoder" && e.s.attention !== undefined);
  const rects: SceneRect[] = [];
  const texts: SceneText[] = [];
  trace.source.forEach((tok, j) => {
    texts.push({ key: `src:${j}`, x: LEFT + j * CW + CW / 2, y: 12, text: tok.text, size: 11, weight: 600, opacity: 1, id: symId("h", j + 1) });
    texts.push({ key: `srcl:${j}`, x: LEFT + j * CW + CW / 2, y: 26, text: `j = ${j + 1}`, size: 9, opacity: 0.6 });
  });
  rows.forEach(({ s, i }, r) => {
    const state = stateAt(i, cursor);
    const future = state === "future";
    const y = TOP + r * CH;
    const id = symId("alpha", s.t);
    texts.push({ key: `tgt:${r}`, x: LEFT - 8, y: y + CH / 2, text: future ? `t′ = ${s.t}` : `${s.t}: ${s.token}`, anchor: "end", size: 11, fill: symbolColor("y"), opacity: future ? 0.4 : 1, id });
    s.attention!.alpha.forEach((a, j) => {
      // The theme's heat scale (theme/heat.ts): any two weights 0.1 apart look different.
      const fill = future ? { fill: INK, fillOpacity: 0.04 } : { fill: heatFill(a), fillOpacity: 1 };
      rects.push({ key: `a:${r}:${j}`, x: LEFT + j * CW, y, w: CW - 2, h: CH - 2, ...fill, opacity: future ? FUTURE_OPACITY : 1, id, title: future ? "not computed yet" : `${sub("α", s.t)},${sub("", j + 1)} = ${fmt(a, 6)}` });
      texts.push({ key: `av:${r}:${j}`, x: LEFT + j * CW + CW / 2 - 1, y: y + CH / 2, text: future ? "" : fmtText(a), fill: heatInk(a), size: 10, opacity: 1, id, weight: a > 0.55 ? 600 : 400, value: true });
    });
    if (state === "current") {
      rects.push({ key: "cursor", x: LEFT - 3, y: y - 3, w: trace.source.length * CW + 4, h: CH + 4, rx: 4, fill: "none", fillOpacity: 0, stroke: symbolColor("alpha"), strokeWidth: 2.5, opacity: 1 });
    }
  });
  return { width: LEFT + trace.source.length * CW + 8, height: TOP + rows.length * CH + 8, rects, texts, lines: [] };
}
