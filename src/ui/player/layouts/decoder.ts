// The decoder over time: s_0 from the encoder, then one column per step t' with the token it reads
// (y_{t'-1}), its state s_{t'}, the context it reads (c or c_{t'}) and the token it writes (y_{t'}).
// The context sits under the state, or beside it (`beside`: half as tall, for a presentation). With a
// budget of rows (a presentation), long vectors fold to their first entries.

import { symbolColor } from "../../theme/symbols.ts";
import type { ContextStep, DecoderStep, Trace } from "../../../core/trace.ts";
import { en, type Messages } from "../../i18n/en.ts";
import { maxAbs, stateAt, type Scene, type SceneLine } from "../../kit/scene.ts";
import { symIds } from "../../kit/symbolIds.ts";
import { CELL_H, CELL_W, cursorBand, shownRows, vectorItems, type Items } from "./common.ts";
import { sub } from "../../kit/format.ts";

const LEFT = 12;

/** The text of a folded vector's last cell, in the reader's language. */
export type DecoderWords = Pick<Messages["pictures"], "moreEntries">;

/** `rows`: the cells the stacked vectors may take in all (s over c; each when side by side). */
export function decoderScene(trace: Trace, cursor: number, { beside = false, rows, words = en.pictures }: { beside?: boolean; rows?: number; words?: DecoderWords } = {}): Scene {
  const symId = symIds(trace);
  const ctxIndex = trace.steps.findIndex((s) => s.kind === "context");
  const ctx = trace.steps[ctxIndex] as ContextStep | undefined;
  if (!ctx) return { width: 0, height: 0, rects: [], texts: [], lines: [] };
  const dec = trace.steps.map((s, i) => ({ s, i })).filter((e): e is { s: DecoderStep; i: number } => e.s.kind === "decoder");
  const hasContext = ctx.c !== undefined || dec.some((d) => d.s.c !== undefined);
  const across = beside && hasContext;
  const sRows = rows === undefined || across || !hasContext ? rows : Math.floor(rows / 2);
  const m = shownRows(ctx.s_0.length, sRows);
  const cRows = rows === undefined || across ? rows : rows - m;
  const cWidth = shownRows(trace.H[0]?.length ?? 0, cRows);
  const fold = { more: words.moreEntries };
  const COL = (across ? 2 * CELL_W + 10 : CELL_W) + 44;
  const sTop = 56;
  const cTop = across ? sTop : sTop + m * CELL_H + 34;
  const cDx = across ? CELL_W + 10 : 0;
  const outY = (hasContext ? cTop + (across ? Math.max(m, cWidth) : cWidth) * CELL_H : sTop + m * CELL_H) + 22;
  const sMax = maxAbs([ctx.s_0, ...dec.map((d) => d.s.s_t)]);
  const cMax = maxAbs([ctx.c ?? [], ...dec.map((d) => d.s.c ?? [])]);
  const items: Items = { rects: [], texts: [] };
  const lines: SceneLine[] = [];
  const colX = (t: number) => LEFT + t * COL + 20;

  const ctxState = stateAt(ctxIndex, cursor);
  if (ctxState === "current") items.rects.push(cursorBand("cursor", colX(0) - 12, sTop - 28, COL - 6, outY - sTop + 20, "s"));
  add(items, vectorItems({ key: "s:0", x: colX(0), y: sTop, values: ctx.s_0, sym: "s", id: symId("s", 0), state: ctxState, label: sub("s", 0), max: sMax, rows: sRows, ...fold }));
  if (ctx.c) add(items, vectorItems({ key: "c:fixed", x: colX(0) + cDx, y: cTop, values: ctx.c, sym: "c", id: symId("c"), state: ctxState, label: "c", max: cMax, rows: cRows, ...fold }));

  for (const { s, i } of dec) {
    const state = stateAt(i, cursor);
    const x = colX(s.t);
    const opacity = state === "future" ? 0.25 : 1;
    if (state === "current") items.rects.push(cursorBand("cursor", x - 12, sTop - 28, COL - 6, outY - sTop + 20, "s"));
    // The token a future step reads is the one the decoder has not written yet: not shown early.
    items.texts.push({ key: `yin:${s.t}`, x: x + CELL_W / 2, y: 14, text: state === "future" ? "" : s.yPrevToken, size: 11, fill: symbolColor("y"), opacity });
    add(items, vectorItems({ key: `s:${s.t}`, x, y: sTop, values: s.s_t, sym: "s", id: symId("s", s.t), state, label: sub("s", s.t), max: sMax, rows: sRows, ...fold }));
    if (s.c) {
      const attention = s.attention !== undefined;
      add(items, vectorItems({ key: `c:${s.t}`, x: x + cDx, y: cTop, values: s.c, sym: "c", id: attention ? symId("c", s.t) : symId("c"), state, label: attention ? sub("c", s.t) : "c", max: cMax, rows: cRows, ...fold }));
    }
    // s_{t'-1} → s_{t'}: the recurrence of the decoder.
    const y = sTop + (m * CELL_H) / 2;
    lines.push({ key: `rec:${s.t}`, x1: colX(s.t - 1) + CELL_W + 3, y1: y, x2: x - 3, y2: y, stroke: symbolColor("s"), width: 1.5, opacity: state === "future" ? 0.15 : 0.7 });
    const written = state === "future" ? "" : s.token;
    items.texts.push({ key: `yout:${s.t}`, x: x + CELL_W / 2, y: outY, text: written, size: 11.5, weight: 600, fill: symbolColor("y"), opacity, id: symId("y", s.t) });
    items.texts.push({ key: `ylab:${s.t}`, x: x + CELL_W / 2, y: outY + 16, text: state === "future" ? "" : sub("y", s.t), size: 10, fill: symbolColor("y"), opacity: 0.8, id: symId("y", s.t) });
  }
  return { width: colX(dec.length) + COL - 20, height: outY + 30, rects: items.rects, texts: items.texts, lines };
}

function add(into: Items, more: Items): void {
  into.rects.push(...more.rects);
  into.texts.push(...more.texts);
}
