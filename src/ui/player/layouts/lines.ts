// Attention as lines: source words on top, the target words the decoder wrote below, and from each
// target word a line to every source word whose width and opacity grow with α_{t'j}. `currentOnly`
// draws the current step's word alone (a presentation, where the heatmap beside shows the others).

import { symbolColor } from "../../theme/symbols.ts";
import type { DecoderStep, Trace } from "../../../core/trace.ts";
import { stateAt, type Scene, type SceneLine, type SceneText } from "../../kit/scene.ts";
import { symIds } from "../../kit/symbolIds.ts";

const TOP = 18;
const BOTTOM = 138;

/** A rough width of a word at 12 px bold, so that neighbouring words do not overlap. */
const wordWidth = (w: string) => 8 * w.length + 14;

export function linesScene(trace: Trace, cursor: number, { currentOnly = false } = {}): Scene {
  const symId = symIds(trace);
  // Only the target words written so far: the picture grows with the decoder (keys stay, so the
  // words slide to their new places) instead of reserving room for words not chosen yet.
  const rows = trace.steps
    .map((s, i) => ({ s, i }))
    .filter((e): e is { s: DecoderStep; i: number } => e.s.kind === "decoder" && e.s.attention !== undefined && (currentOnly ? e.i === cursor : e.i <= cursor));
  const gap = Math.max(64, ...trace.source.map((t) => wordWidth(t.text)), ...rows.map((r) => wordWidth(r.s.token)));
  const width = Math.max(trace.source.length, rows.length) * gap;
  // Each row spreads over the whole width, so lines fan out whichever row is longer.
  const srcX = (j: number) => ((j + 0.5) * width) / trace.source.length;
  const tgtX = (r: number) => ((r + 0.5) * width) / rows.length;
  const texts: SceneText[] = trace.source.map((tok, j) => ({ key: `src:${j}`, x: srcX(j), y: TOP - 6, text: tok.text, size: 12, weight: 600, opacity: 1, id: symId("h", j + 1) }));
  const lines: SceneLine[] = [];
  rows.forEach(({ s, i }, r) => {
    const now = stateAt(i, cursor) === "current";
    const id = symId("alpha", s.t);
    texts.push({ key: `tgt:${r}`, x: tgtX(r), y: BOTTOM + 12, text: s.token, size: 12, weight: 600, fill: symbolColor("y"), opacity: 1, id });
    s.attention!.alpha.forEach((a, j) => {
      lines.push({
        key: `l:${r}:${j}`,
        x1: tgtX(r),
        y1: BOTTOM,
        x2: srcX(j),
        y2: TOP + 4,
        stroke: symbolColor("alpha"),
        width: 0.5 + 7 * a,
        // Earlier steps fade so that the current step's pattern stands out.
        opacity: now ? 0.15 + 0.85 * a : 0.05 + 0.3 * a,
        id,
      });
    });
  });
  return { width, height: BOTTOM + 24, rects: [], texts, lines };
}
