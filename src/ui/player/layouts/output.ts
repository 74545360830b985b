// The output distribution p_{t'} of the step under the cursor (or the last decoder step before it)
// as bars over the most likely tokens, with the chosen token y_{t'} marked, and one grey bar for all
// the other tokens together (a vocabulary may hold 150,000 of them). When the decoder samples, the
// bars are the distribution it drew from, p at temperature τ, and a tick on each bar marks p at
// τ = 1, so the reader sees how τ sharpened or flattened it.

import * as d3 from "d3";
import { symbolColor } from "../../theme/symbols.ts";
import type { DecoderStep, Trace } from "../../../core/trace.ts";
import { en, type Messages } from "../../i18n/en.ts";
import { fmt, fmtText } from "../../kit/format.ts";
import type { Scene, SceneRect, SceneText } from "../../kit/scene.ts";
import { symIds } from "../../kit/symbolIds.ts";
import { topTokens } from "../topTokens.ts";

const TOP_K = 8;
const LEFT = 96;
const BAR = 190;
const ROW = 20;

/** The decoder step the output picture shows: the cursor's, or the last one before it. */
export function outputStep(trace: Trace, cursor: number): DecoderStep | undefined {
  for (let i = Math.min(cursor, trace.steps.length - 1); i >= 0; i--) {
    const s = trace.steps[i]!;
    if (s.kind === "decoder") return s;
  }
  return undefined;
}

/**
 * The marks of the chosen token (text as well as colour and weight), the name of the other tokens'
 * bar, and the ticks' legend, in the reader's language.
 */
export type OutputWords = Pick<Messages["pictures"], "chosen" | "given"> & { readonly others?: (count: number) => string; readonly drawn?: string; readonly ticks?: string };

/** `tokens`: how many of the most likely tokens get a bar (and the chosen one, if not among them). */
export function outputScene(trace: Trace, cursor: number, vocab: readonly string[], words: OutputWords = { ...en.pictures, others: en.faults.output.others }, tokens = TOP_K): Scene {
  const symId = symIds(trace);
  const step = outputStep(trace, cursor);
  if (!step) return { width: 0, height: 0, rects: [], texts: [], lines: [] };
  const drawn = step.pSample;
  const { shown, others } = topTokens(drawn ?? step.p, tokens, step.y);
  const rects: SceneRect[] = [];
  // The bars span [0, the largest p shown]: an untrained model spreads p thinly, and bars of 0.03 on
  // a scale to 1 would all look empty. The axis says where the scale ends.
  const largest = Math.max(shown[0]!.p, ...(drawn ? shown.map((e) => step.p[e.k]!) : []));
  const x = d3.scaleLinear().domain([0, Number.isFinite(largest) ? largest : 1]).nice().range([0, BAR]);
  const top = x.domain()[1]!;
  const texts: SceneText[] = [
    { key: "axis0", x: LEFT, y: 8, text: "0", size: 9, opacity: 0.6 },
    { key: "axis1", x: LEFT + BAR, y: 8, text: fmtText(top, top < 0.1 ? 3 : 2), size: 9, opacity: 0.6 },
  ];
  const lines = [{ key: "axis", x1: LEFT, y1: 15, x2: LEFT + BAR, y2: 15, stroke: "currentColor", width: 0.5, opacity: 0.5 }];
  const id = symId("p", step.t);
  shown.forEach(({ p, k }, r) => {
    const chosen = k === step.y;
    const y = 20 + r * ROW;
    const colour = symbolColor("y");
    texts.push({ key: `tok:${k}`, x: LEFT - 8, y: y + ROW / 2 - 1, text: vocab[k] ?? `#${k}`, anchor: "end", size: 11, weight: chosen ? 700 : 400, fill: chosen ? colour : undefined, opacity: 1, id: chosen ? symId("y", step.t) : id });
    rects.push({ key: `bar:${k}`, x: LEFT, y: y + 2, w: Math.max(1, x(p)), h: ROW - 5, fill: colour, fillOpacity: chosen ? 0.9 : 0.3, opacity: 1, id, title: `p(${vocab[k]}) = ${fmt(p, 6)}` });
    const mark = step.forced ? words.given : drawn ? (words.drawn ?? words.chosen) : words.chosen;
    const end = Math.max(x(p), drawn ? x(step.p[k]!) : 0);
    texts.push({ key: `val:${k}`, x: LEFT + Math.max(1, end) + 6, y: y + ROW / 2 - 1, text: fmtText(p, 3) + (chosen ? `  ${mark}` : ""), anchor: "start", size: 10, weight: chosen ? 700 : 400, opacity: 1, id, value: true });
    if (drawn) lines.push({ key: `tick:${k}`, x1: LEFT + x(step.p[k]!), y1: y + 1, x2: LEFT + x(step.p[k]!), y2: y + ROW - 2, stroke: "currentColor", width: 1.5, opacity: 0.8 });
  });
  if (others.count > 0) {
    const y = 20 + shown.length * ROW;
    // On the same scale, cut at the axis's end: the number beside it says how much it holds.
    const w = Number.isFinite(others.p) ? Math.min(BAR, Math.max(1, x(others.p))) : 1;
    texts.push({ key: "tok:others", x: LEFT - 8, y: y + ROW / 2 - 1, text: words.others?.(others.count) ?? `+${others.count}`, anchor: "end", size: 10, opacity: 0.7 });
    rects.push({ key: "bar:others", x: LEFT, y: y + 2, w, h: ROW - 5, fill: "currentColor", fillOpacity: 0.15, opacity: 1, title: `${words.others?.(others.count) ?? others.count}: ${fmt(others.p, 6)}` });
    texts.push({ key: "val:others", x: LEFT + w + 6, y: y + ROW / 2 - 1, text: fmtText(others.p, 3), anchor: "start", size: 10, opacity: 0.7, value: true });
  }
  // Room after the longest bar for its value and the mark, in the larger type of a presentation.
  const width = LEFT + BAR + 140;
  const height = 28 + (shown.length + (others.count > 0 ? 1 : 0)) * ROW;
  if (!drawn || !words.ticks) return { width, height, rects, texts, lines };
  texts.push({ key: "legend", x: LEFT, y: height + 4, text: words.ticks, anchor: "start", size: 10, opacity: 0.75 });
  return { width, height: height + 14, rects, texts, lines };
}
