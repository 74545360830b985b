// Pieces every layout uses: where a step stands relative to the cursor, subscripts for labels, and
// a vector drawn as a column of cells with its values, folded to its first entries where the picture
// has fewer rows than the vector has entries (a presentation, read from the back of a room).

import { symbolColor, type SymbolKey } from "../../theme/symbols.ts";
import type { Trace, TraceStep } from "../../../core/trace.ts";
import { fmt, fmtText } from "../../kit/format.ts";
import { FUTURE_OPACITY, INK, signedFill, type SceneRect, type SceneText, type StepState } from "../../kit/scene.ts";
import type { SymId } from "../../kit/symbolIds.ts";

export const CELL_W = 46;
export const CELL_H = 18;

/** The index in trace.steps of the first step matching `pred`, or -1. */
export function indexOf(trace: Trace, pred: (s: TraceStep) => boolean): number {
  return trace.steps.findIndex(pred);
}

export interface VectorSpec {
  readonly key: string;
  readonly x: number;
  readonly y: number;
  readonly values: ArrayLike<number>;
  readonly sym: SymbolKey;
  readonly id: SymId;
  readonly state: StepState;
  readonly label: string;
  /** The end of the diverging scale (±max). */
  readonly max: number;
  /** The most cells the column may take, its last then saying how many entries it leaves out. */
  readonly rows?: number;
  /** That last cell's text: "+17 more". */
  readonly more?: (n: number) => string;
}

/** How many cells a vector of n entries takes when a column may take `rows` (all of them without). */
export function shownRows(n: number, rows?: number): number {
  return rows === undefined ? n : Math.min(n, Math.max(2, rows));
}

export interface Items {
  rects: SceneRect[];
  texts: SceneText[];
}

/**
 * A vector as a column of cells: colour by sign and size, the value written in each cell. Folded
 * (`rows` fewer than its entries), it shows the first entries and a last cell "+k more" whose tooltip
 * holds the entries left out; the formulas and the numbers table have every one.
 */
export function vectorItems(v: VectorSpec): Items {
  const future = v.state === "future";
  const n = v.values.length;
  const cells = shownRows(n, v.rows);
  const folded = cells < n;
  const entries = folded ? cells - 1 : n;
  const opacity = future ? FUTURE_OPACITY : 1;
  const colour = symbolColor(v.sym);
  const rects: SceneRect[] = [
    {
      key: `${v.key}:frame`,
      x: v.x - 2,
      y: v.y - 2,
      w: CELL_W + 4,
      h: cells * CELL_H + 4,
      rx: 3,
      fill: colour,
      fillOpacity: 0,
      stroke: colour,
      strokeWidth: v.state === "current" ? 2.5 : 1.2,
      opacity,
      id: v.id,
    },
  ];
  const texts: SceneText[] = [{ key: `${v.key}:label`, x: v.x + CELL_W / 2, y: v.y - 10, text: v.label, fill: colour, size: 12, weight: 600, opacity, id: v.id }];
  for (let i = 0; i < entries; i++) {
    const value = v.values[i]!;
    const fill = future ? { fill: INK, fillOpacity: 0.05 } : signedFill(value, v.max);
    const y = v.y + i * CELL_H;
    rects.push({ key: `${v.key}:${i}`, x: v.x, y, w: CELL_W, h: CELL_H - 1, ...fill, opacity, id: v.id, title: future ? "not computed yet" : `${v.label}[${i + 1}] = ${fmt(value, 6)}` });
    texts.push({ key: `${v.key}:v${i}`, x: v.x + CELL_W / 2, y: y + CELL_H / 2, text: future ? "" : fmtText(value), size: 10, opacity, id: v.id, value: true });
  }
  if (folded) {
    const y = v.y + entries * CELL_H;
    const rest = Array.from(v.values).slice(entries);
    const title = future ? "not computed yet" : `${v.label}[${entries + 1}…${n}] = ${rest.map((x) => fmt(x, 6)).join(", ")}`;
    rects.push({ key: `${v.key}:more`, x: v.x, y, w: CELL_W, h: CELL_H - 1, fill: INK, fillOpacity: 0.06, opacity, id: v.id, title });
    const text = v.more ? v.more(n - entries) : `+${n - entries}`;
    texts.push({ key: `${v.key}:vmore`, x: v.x + CELL_W / 2, y: y + CELL_H / 2, text, size: 9, opacity: opacity * 0.85, id: v.id });
  }
  return { rects, texts };
}

/** A soft band behind the current step, in the colour of what it computes. */
export function cursorBand(key: string, x: number, y: number, w: number, h: number, sym: SymbolKey): SceneRect {
  return { key, x, y, w, h, rx: 6, fill: symbolColor(sym), fillOpacity: 0.1, opacity: 1 };
}
