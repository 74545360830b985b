// The beam tree as a Scene (scene.ts), a pure function of (search, cursor): one column per decoder
// step after <sos>, each with its kept and finished candidates and the best pruned ones, joined to
// the hypothesis they extend. A node shows its word, log p of that word, log P and the score; its
// status shows by a mark and a border as well as by colour (● kept, ■ finished, × pruned).

import type { BeamResult, Hypothesis } from "../../../core/beam.ts";
import { symbolColor } from "../../theme/symbols.ts";
import { fmtText } from "../format.ts";
import { INK, type Scene, type SceneLine, type SceneRect, type SceneText } from "../scene.ts";
import { hiddenCount, hypothesisKey, PRUNED_SHOWN, scoreShown, shownCandidates, shownStatus, type BeamCursor } from "./beamView.ts";

export const NODE_W = 112;
export const NODE_H = 74;
const COL = NODE_W + 34;
const ROW = NODE_H + 14;
const TOP = 34;
const LEFT = 12;
const ROOT_W = 58;

/** The mark before a word: status in a shape, not in a colour alone. */
export const STATUS_MARK: Readonly<Record<Hypothesis["status"] | "candidate", string>> = { kept: "●", finished: "■", pruned: "×", candidate: "" };

export interface TreeWords {
  readonly step: (t: number) => string;
  readonly more: (n: number) => string;
  readonly score: string;
}

interface Placed {
  readonly key: string;
  readonly y: number;
}

const colX = (t: number) => LEFT + ROOT_W + 26 + (t - 1) * COL;

/** `pruned`: how many pruned candidates each step draws (a presentation draws fewer, larger). */
export function beamTreeScene(result: BeamResult, cursor: BeamCursor, words: TreeWords, pruned = PRUNED_SHOWN): Scene {
  const y = symbolColor("y");
  const rects: SceneRect[] = [];
  const texts: SceneText[] = [];
  const lines: SceneLine[] = [];
  const rows = Math.max(...result.steps.map((s) => shownCandidates(s, result.width, pruned).length));
  const height = TOP + rows * ROW + 26;
  const width = colX(result.steps.length) + NODE_W + LEFT;
  const rootY = TOP + ((rows - 1) * ROW) / 2;
  rects.push({ key: "cursor", x: colX(cursor.t) - 8, y: 4, w: NODE_W + 16, h: height - 8, fill: INK, fillOpacity: 0.06, opacity: 1, rx: 6 });
  rects.push({ key: "root", x: LEFT, y: rootY, w: ROOT_W, h: NODE_H, fill: INK, fillOpacity: 0.04, stroke: INK, strokeWidth: 1.5, rx: 6, opacity: 1 });
  texts.push({ key: "root:w", x: LEFT + ROOT_W / 2, y: rootY + NODE_H / 2, text: "<sos>", size: 14, weight: 600, opacity: 1 });
  let previous: Placed[] = [{ key: "", y: rootY }];
  result.steps.forEach((step, i) => {
    const t = i + 1;
    const x = colX(t);
    texts.push({ key: `head:${t}`, x: x + NODE_W / 2, y: 16, text: words.step(t), size: 14, weight: 600, opacity: t <= cursor.t ? 1 : 0.35 });
    if (t > cursor.t) return;
    const parentRow = new Map(previous.map((p, row) => [p.key, row]));
    const shown = shownCandidates(step, result.width, pruned).sort((a, b) => (parentRow.get(a.parentKey) ?? 0) - (parentRow.get(b.parentKey) ?? 0) || a.rank - b.rank);
    const placed: Placed[] = [];
    shown.forEach((c, row) => {
      const top = TOP + row * ROW;
      const status = shownStatus(c.hyp, t, cursor);
      const live = status === "kept" || status === "finished";
      const fade = status === "pruned" ? 0.55 : 1;
      const parent = previous.find((p) => p.key === c.parentKey);
      const x0 = t === 1 ? LEFT + ROOT_W : colX(t - 1) + NODE_W;
      if (parent) lines.push({ key: `edge:${c.key}`, x1: x0, y1: parent.y + NODE_H / 2, x2: x, y2: top + NODE_H / 2, stroke: live ? y : INK, width: live ? 3 : 1.2, opacity: status === "pruned" ? 0.35 : 0.8 });
      rects.push({
        key: `node:${c.key}`,
        x,
        y: top,
        w: NODE_W,
        h: NODE_H,
        rx: 6,
        fill: live ? y : INK,
        fillOpacity: status === "finished" ? 0.28 : live ? 0.12 : 0.03,
        stroke: live ? y : INK,
        strokeWidth: live ? 3 : status === "pruned" ? 0.8 : 1.5,
        opacity: fade,
        title: c.hyp.tokens.join(" "),
      });
      const word = c.hyp.tokens.at(-1) ?? "";
      const mark = STATUS_MARK[status];
      const row0 = top + 14;
      texts.push({ key: `w:${c.key}`, x: x + NODE_W / 2, y: row0, text: mark ? `${mark} ${word}` : word, size: 15, weight: 700, opacity: fade });
      texts.push({ key: `lp:${c.key}`, x: x + NODE_W / 2, y: row0 + 16, text: `log p ${fmtText(c.hyp.tokenLogProb, 3)}`, size: 13, opacity: fade, value: true });
      if (scoreShown(t, cursor)) {
        texts.push({ key: `LP:${c.key}`, x: x + NODE_W / 2, y: row0 + 31, text: `log P ${fmtText(c.hyp.logProb, 3)}`, size: 13, opacity: fade, value: true });
        texts.push({ key: `s:${c.key}`, x: x + NODE_W / 2, y: row0 + 46, text: `${words.score} ${fmtText(c.hyp.score, 3)}`, size: 13, weight: 600, opacity: fade, value: true });
      }
      if (status === "kept") placed.push({ key: hypothesisKey(c.hyp), y: top });
    });
    const hidden = hiddenCount(step, result.width, pruned);
    if (hidden > 0) texts.push({ key: `more:${t}`, x: x + NODE_W / 2, y: TOP + shown.length * ROW + 6, text: words.more(hidden), size: 12, opacity: 0.8 });
    previous = placed;
  });
  return { width, height, rects, texts, lines };
}
