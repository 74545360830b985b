// The beam tree as a Scene (scene.ts), a pure function of (search, cursor): one column per decoder
// step after <sos>, each with its kept and finished candidates and the best pruned ones, joined to
// the hypothesis they extend. A node shows its word, log p of that word, log P and the score; its
// status shows by a mark and a border as well as by colour (● kept, ■ finished, × pruned).

import type { BeamResult, Hypothesis } from "../../../core/beam.ts";
import { symbolColor } from "../../theme/symbols.ts";
import { fmtText } from "../../kit/format.ts";
import { INK, type Scene, type SceneLine, type SceneRect, type SceneText } from "../../kit/scene.ts";
import { hiddenCount, hypothesisKey, PRUNED_SHOWN, scoreShown, shownCandidates, shownStatus, type BeamCursor, type ShownCandidate } from "./beamView.ts";

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

export interface TreeOptions {
  /** How many pruned candidates each step draws (a presentation draws fewer, larger). */
  readonly pruned?: number;
  /** At most this many steps, the cursor's and those before it (a presentation); every step when absent. */
  readonly columns?: number;
}

/** The first step a window of `columns` steps shows: the cursor's is always in it. */
export function firstColumn(steps: number, cursorT: number, columns = steps): number {
  return Math.max(1, Math.min(cursorT - columns + 1, steps - columns + 1));
}

export function beamTreeScene(result: BeamResult, cursor: BeamCursor, words: TreeWords, { pruned = PRUNED_SHOWN, columns }: TreeOptions = {}): Scene {
  const y = symbolColor("y");
  const rects: SceneRect[] = [];
  const texts: SceneText[] = [];
  const lines: SceneLine[] = [];
  const steps = result.steps.length;
  const first = firstColumn(steps, cursor.t, columns);
  const last = Math.min(steps, first + (columns ?? steps) - 1);
  // Without the root, the first column starts near the left edge: its edges come in from there.
  const colX = (t: number) => LEFT + (first === 1 ? ROOT_W + 26 : 26) + (t - first) * COL;
  const rows = Math.max(...result.steps.map((s) => shownCandidates(s, result.width, pruned).length));
  const height = TOP + rows * ROW + 26;
  const width = colX(last) + NODE_W + LEFT;
  const rootY = TOP + ((rows - 1) * ROW) / 2;
  rects.push({ key: "cursor", x: colX(cursor.t) - 8, y: 4, w: NODE_W + 16, h: height - 8, fill: INK, fillOpacity: 0.06, opacity: 1, rx: 6 });
  if (first === 1) {
    rects.push({ key: "root", x: LEFT, y: rootY, w: ROOT_W, h: NODE_H, fill: INK, fillOpacity: 0.04, stroke: INK, strokeWidth: 1.5, rx: 6, opacity: 1 });
    texts.push({ key: "root:w", x: LEFT + ROOT_W / 2, y: rootY + NODE_H / 2, text: "<sos>", size: 14, weight: 600, opacity: 1 });
  } else texts.push({ key: "earlier", x: LEFT + 4, y: 16, text: "…", anchor: "start", size: 14, weight: 600, opacity: 1 });
  let previous: Placed[] = [{ key: "", y: rootY }];
  result.steps.forEach((step, i) => {
    const t = i + 1;
    const x = colX(t);
    const drawn = t >= first && t <= last;
    if (drawn) texts.push({ key: `head:${t}`, x: x + NODE_W / 2, y: 16, text: words.step(t), size: 14, weight: 600, opacity: t <= cursor.t ? 1 : 0.35 });
    if (t > cursor.t) return;
    const parentRow = new Map(previous.map((p, row) => [p.key, row]));
    const shown = shownCandidates(step, result.width, pruned).sort((a, b) => (parentRow.get(a.parentKey) ?? 0) - (parentRow.get(b.parentKey) ?? 0) || a.rank - b.rank);
    const placed: Placed[] = [];
    shown.forEach((c, row) => {
      const top = TOP + row * ROW;
      const status = shownStatus(c.hyp, t, cursor);
      const live = status === "kept" || status === "finished";
      if (status === "kept") placed.push({ key: hypothesisKey(c.hyp), y: top });
      if (!drawn) return;
      const parent = previous.find((p) => p.key === c.parentKey);
      const x0 = t === 1 ? LEFT + ROOT_W : t === first ? LEFT : colX(t - 1) + NODE_W;
      if (parent) lines.push({ key: `edge:${c.key}`, x1: x0, y1: parent.y + NODE_H / 2, x2: x, y2: top + NODE_H / 2, stroke: live ? y : INK, width: live ? 3 : 1.2, opacity: status === "pruned" ? 0.35 : 0.8 });
      const node = nodeMarks(c, status, x, top, scoreShown(t, cursor), words.score);
      rects.push(node.rect);
      texts.push(...node.texts);
    });
    const hidden = hiddenCount(step, result.width, pruned);
    if (hidden > 0 && drawn) texts.push({ key: `more:${t}`, x: x + NODE_W / 2, y: TOP + shown.length * ROW + 6, text: words.more(hidden), size: 12, opacity: 0.8 });
    previous = placed;
  });
  return { width, height, rects, texts, lines };
}

/** One hypothesis's box and its four lines: mark and word, log p, log P and score (from the score phase). */
function nodeMarks(c: ShownCandidate, status: Hypothesis["status"] | "candidate", x: number, top: number, scores: boolean, scoreWord: string): { rect: SceneRect; texts: SceneText[] } {
  const y = symbolColor("y");
  const live = status === "kept" || status === "finished";
  const fade = status === "pruned" ? 0.55 : 1;
  const rect: SceneRect = {
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
  };
  const mid = x + NODE_W / 2;
  const row0 = top + 14;
  const word = c.hyp.tokens.at(-1) ?? "";
  const mark = STATUS_MARK[status];
  const texts: SceneText[] = [
    { key: `w:${c.key}`, x: mid, y: row0, text: mark ? `${mark} ${word}` : word, size: 15, weight: 700, opacity: fade },
    { key: `lp:${c.key}`, x: mid, y: row0 + 16, text: `log p ${fmtText(c.hyp.tokenLogProb, 3)}`, size: 13, opacity: fade, value: true },
  ];
  if (scores) {
    texts.push({ key: `LP:${c.key}`, x: mid, y: row0 + 31, text: `log P ${fmtText(c.hyp.logProb, 3)}`, size: 13, opacity: fade, value: true });
    texts.push({ key: `s:${c.key}`, x: mid, y: row0 + 46, text: `${scoreWord} ${fmtText(c.hyp.score, 3)}`, size: 13, weight: 600, opacity: fade, value: true });
  }
  return { rect, texts };
}
