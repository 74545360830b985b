// One side of the comparison: the encoder's positions above, the decoder's below, and what connects
// them. Recurrent: a chain, each state waiting for the one before. Transformer: attention lines
// between positions, every position of a layer computed in the same step. Boxes not yet computed are
// dashed and say "waiting", so the difference does not rest on colour.

import * as d3 from "d3";
import { en, type Messages } from "../i18n/en.ts";
import { symbolColor, type SymbolKey } from "../theme/symbols.ts";

export interface TimelineSpec {
  readonly mode: "recurrent" | "transformer";
  readonly encTokens: readonly string[];
  readonly decTokens: readonly string[];
  /** How many encoder and decoder positions are computed so far. */
  readonly encDone: number;
  readonly decDone: number;
}

const BOX = { w: 54, h: 34 };
const ROWS = { enc: 44, dec: 150 };

/** The words the picture writes: row names and a box's state. */
export type TimelineWords = Pick<Messages["tf"]["rvt"], "encoder" | "decoder" | "done" | "waiting">;

export function drawTimeline(svgEl: SVGSVGElement, spec: TimelineSpec, width: number, words: TimelineWords = en.tf.rvt): void {
  const n = Math.max(spec.encTokens.length, spec.decTokens.length);
  const w = Math.max(width, n * (BOX.w + 8) + 16);
  const h = ROWS.dec + BOX.h + 10;
  const xs = (count: number) => d3.range(count).map((i) => 8 + ((w - 16) * (i + 0.5)) / count);
  const enc = xs(spec.encTokens.length);
  const dec = xs(spec.decTokens.length);
  const svg = d3.select(svgEl).attr("viewBox", `0 0 ${w} ${h}`).attr("width", w).attr("height", h);
  svg.selectAll("*").remove();
  const links = svg.append("g").attr("class", "tl-links");
  const line = (x1: number, y1: number, x2: number, y2: number, on: boolean, cls: string) =>
    links.append("line").attr("class", `${cls}${on ? "" : " is-waiting"}`).attr("x1", x1).attr("y1", y1).attr("x2", x2).attr("y2", y2);
  const encMid = ROWS.enc + BOX.h / 2;
  const decMid = ROWS.dec + BOX.h / 2;
  if (spec.mode === "recurrent") {
    enc.slice(1).forEach((x, i) => line(enc[i]! + BOX.w / 2, encMid, x - BOX.w / 2, encMid, spec.encDone > i + 1, "tl-chain"));
    line(enc[enc.length - 1]!, ROWS.enc + BOX.h, dec[0]!, ROWS.dec, spec.decDone > 0, "tl-chain");
    dec.slice(1).forEach((x, i) => line(dec[i]! + BOX.w / 2, decMid, x - BOX.w / 2, decMid, spec.decDone > i + 1, "tl-chain"));
    // Attention: the decoder step reads every encoder state.
    dec.forEach((xd, i) => enc.forEach((xe) => line(xd, ROWS.dec, xe, ROWS.enc + BOX.h, spec.decDone > i, "tl-attend")));
  } else {
    enc.forEach((a, i) => enc.forEach((b, j) => i < j && links.append("path").attr("class", `tl-attend${spec.encDone > 0 ? "" : " is-waiting"}`).attr("d", `M${a},${ROWS.enc}Q${(a + b) / 2},${ROWS.enc - 14 - 6 * (j - i)} ${b},${ROWS.enc}`)));
    dec.forEach((a, i) => dec.forEach((b, j) => i < j && links.append("path").attr("class", `tl-attend${spec.decDone > 0 ? "" : " is-waiting"}`).attr("d", `M${a},${ROWS.dec + BOX.h}Q${(a + b) / 2},${ROWS.dec + BOX.h + 10 + 4 * (j - i)} ${b},${ROWS.dec + BOX.h}`)));
    dec.forEach((xd) => enc.forEach((xe) => line(xd, ROWS.dec, xe, ROWS.enc + BOX.h, spec.decDone > 0, "tl-attend")));
  }
  const boxes = (tokens: readonly string[], x: readonly number[], y: number, done: number, sym: SymbolKey, prefix: string) =>
    tokens.forEach((tok, i) => {
      const on = i < done;
      const g = svg.append("g").attr("class", on ? "tl-box" : "tl-box is-waiting");
      g.append("rect").attr("x", x[i]! - BOX.w / 2).attr("y", y).attr("width", BOX.w).attr("height", BOX.h).attr("rx", 5).style("stroke", symbolColor(sym)).style("fill", symbolColor(sym)).style("fill-opacity", on ? 0.2 : 0);
      g.append("text").attr("x", x[i]!).attr("y", y + 13).attr("text-anchor", "middle").text(spec.mode === "recurrent" ? `${prefix}${i + 1}` : tok);
      g.append("text").attr("class", "tl-sub").attr("x", x[i]!).attr("y", y + 27).attr("text-anchor", "middle").text(on ? (spec.mode === "recurrent" ? tok : words.done) : words.waiting);
    });
  boxes(spec.encTokens, enc, ROWS.enc, spec.encDone, spec.mode === "recurrent" ? "h" : "x", "h");
  boxes(spec.decTokens, dec, ROWS.dec, spec.decDone, spec.mode === "recurrent" ? "s" : "y", "s");
  svg.append("text").attr("class", "tl-row").attr("x", 8).attr("y", ROWS.enc - 28).text(words.encoder);
  svg.append("text").attr("class", "tl-row").attr("x", 8).attr("y", ROWS.dec - 10).text(words.decoder);
}
