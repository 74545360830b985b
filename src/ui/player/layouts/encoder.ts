// The encoder unrolled over time: one column per source token with its embedding x_t, the state h_t
// (and C_t for the LSTM) of the forward pass, and of the backward pass when bidirectional. With a
// budget of rows (a presentation), long vectors fold to their first entries so that the picture stays
// short enough for large numbers.

import { symbolColor } from "../../theme/symbols.ts";
import type { EncoderStep, Trace } from "../../../core/trace.ts";
import { en, type Messages } from "../../i18n/en.ts";
import { INK, maxAbs, stateAt, type Scene, type SceneLine, type SceneText } from "../../kit/scene.ts";
import { symIds } from "../../kit/symbolIds.ts";
import { CELL_H, CELL_W, cursorBand, shownRows, vectorItems, type Items } from "./common.ts";
import { sub } from "../../kit/format.ts";

const LEFT = 84;
const TOP = 44;
const GAP = 34;

/** The row names the picture writes, in the reader's language. */
export type EncoderWords = Pick<Messages["pictures"], "inputs" | "states" | "forward" | "backward" | "moreEntries">;

/**
 * `rows`: the cells the picture's stacked vectors may take in all (x_t over h_t, over the backward
 * h_t when bidirectional); the inputs keep what they need up to their share, the states share the rest.
 */
export function encoderScene(trace: Trace, cursor: number, words: EncoderWords = en.pictures, { rows }: { rows?: number } = {}): Scene {
  const symId = symIds(trace);
  const lstm = trace.model.encoderCell === "lstm";
  const colW = (lstm ? 2 * CELL_W + 10 : CELL_W) + 30;
  const encSteps = trace.steps.map((s, i) => ({ s, i })).filter((e): e is { s: EncoderStep; i: number } => e.s.kind === "encoder");
  const directions = trace.model.bidirectional ? (["forward", "backward"] as const) : (["forward"] as const);
  const xRows = rows === undefined ? undefined : Math.floor(rows / (directions.length + 1));
  const dx = shownRows(encSteps[0]?.s.cell.x_t.length ?? 0, xRows);
  const hRows = rows === undefined ? undefined : Math.floor((rows - dx) / directions.length);
  const n = shownRows(encSteps[0]?.s.cell.h_t.length ?? 0, hRows);
  const fold = { more: words.moreEntries };
  const rowH = n * CELL_H + GAP;
  const xTop = TOP + 18;
  const forwardTop = xTop + dx * CELL_H + GAP;
  const rowTop = { forward: forwardTop, backward: forwardTop + rowH };
  const items: Items = { rects: [], texts: [] };
  const lines: SceneLine[] = [];
  const texts: SceneText[] = items.texts;
  const hMax = maxAbs(encSteps.map((e) => e.s.cell.h_t));
  const cMax = maxAbs(encSteps.map((e) => (e.s.cell.kind === "lstm" ? e.s.cell.C_t : [])));
  const colX = (t: number) => LEFT + (t - 1) * colW + 15;

  texts.push({ key: "row:x", x: 8, y: xTop + (dx * CELL_H) / 2, text: words.inputs, anchor: "start", size: 11, opacity: 0.85 });
  trace.source.forEach((tok, j) => {
    const x = colX(j + 1);
    texts.push({ key: `word:${j}`, x: x + CELL_W / 2, y: 14, text: tok.text, weight: 600, size: 13, opacity: 1 });
    if (tok.unknown) texts.push({ key: `unk:${j}`, x: x + CELL_W / 2, y: 30, text: "<unk>", size: 10, opacity: 0.8 });
    const xs = encSteps.find((e) => e.s.t === j + 1)!.s.cell.x_t;
    add(items, vectorItems({ key: `x:${j}`, x, y: xTop, values: xs, sym: "x", id: symId("x", j + 1), state: "past", label: sub("x", j + 1), max: maxAbs([xs]), rows: xRows, ...fold }));
  });

  for (const dir of directions) {
    const y = rowTop[dir];
    const d = dir === "forward" ? "f" : "b";
    texts.push({ key: `row:${dir}`, x: 8, y: y + (n * CELL_H) / 2, text: trace.model.bidirectional ? words[dir] : words.states, anchor: "start", size: 11, opacity: 0.85 });
    for (const { s, i } of encSteps.filter((e) => e.s.direction === dir)) {
      const state = stateAt(i, cursor);
      const x = colX(s.t);
      if (state === "current") items.rects.push(cursorBand("cursor", x - 10, y - 26, colW - 10, n * CELL_H + 34, "h"));
      add(items, vectorItems({ key: `h:${d}:${s.t}`, x, y, values: s.cell.h_t, sym: "h", id: symId("h", s.t, d), state, label: sub("h", s.t), max: hMax, rows: hRows, ...fold }));
      if (s.cell.kind === "lstm") {
        add(items, vectorItems({ key: `C:${d}:${s.t}`, x: x + CELL_W + 10, y, values: s.cell.C_t, sym: "C", id: symId("C", s.t, d), state, label: sub("C", s.t), max: cMax, rows: hRows, ...fold }));
      }
      // The recurrence: h_{t-1} (or h_{t+1} backward) feeds h_t.
      const prevT = dir === "forward" ? s.t - 1 : s.t + 1;
      if (prevT >= 1 && prevT <= trace.source.length) {
        const [from, to] = dir === "forward" ? [colX(prevT) + colW - 30, x] : [colX(prevT), x + colW - 30];
        lines.push({ key: `rec:${d}:${s.t}`, x1: from + 2, y1: y + (n * CELL_H) / 2, x2: to - 2, y2: y + (n * CELL_H) / 2, stroke: symbolColor("h"), width: 1.5, opacity: state === "future" ? 0.15 : 0.7 });
      }
      lines.push({ key: `in:${d}:${s.t}`, x1: x + CELL_W / 2, y1: xTop + dx * CELL_H + 2, x2: x + CELL_W / 2, y2: y - 20, stroke: INK, width: 1, opacity: state === "future" ? 0.1 : 0.35 });
    }
  }
  const passes = directions.length;
  // The merge step reads every state of both passes: one band over all of them.
  const mergeIndex = trace.steps.findIndex((s) => s.kind === "merge");
  if (mergeIndex >= 0 && mergeIndex === cursor) items.rects.unshift(cursorBand("cursor", LEFT, forwardTop - 26, trace.source.length * colW - 10, passes * rowH - GAP + 34, "h"));
  return { width: LEFT + trace.source.length * colW + 8, height: forwardTop + passes * rowH - GAP + 8, rects: items.rects, texts, lines };
}

function add(into: Items, more: Items): void {
  into.rects.push(...more.rects);
  into.texts.push(...more.texts);
}
