// A picture as plain data: rectangles, texts and lines with keys, positions and colours. Each
// layout is a pure function of (trace, cursor) that returns a Scene; one D3 renderer draws any
// scene and animates between two of them, so the layouts stay testable without a DOM.

import * as d3 from "d3";
import type { SymId } from "./symbolIds.ts";

/** Where a value stands relative to the cursor. */
export type StepState = "past" | "current" | "future";

export interface SceneRect {
  readonly key: string;
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
  readonly fill: string;
  readonly fillOpacity: number;
  readonly stroke?: string;
  readonly strokeWidth?: number;
  readonly rx?: number;
  readonly opacity: number;
  /** The value this element shows, for hover linking. */
  readonly id?: SymId;
  /** A tooltip: the full value. */
  readonly title?: string;
}

export interface SceneText {
  readonly key: string;
  readonly x: number;
  readonly y: number;
  readonly text: string;
  readonly fill?: string;
  readonly anchor?: "start" | "middle" | "end";
  readonly size?: number;
  readonly weight?: number;
  readonly opacity: number;
  readonly id?: SymId;
  /** A number the picture shows (a presentation writes numbers larger: data-v). */
  readonly value?: boolean;
}

export interface SceneLine {
  readonly key: string;
  readonly x1: number;
  readonly y1: number;
  readonly x2: number;
  readonly y2: number;
  readonly stroke: string;
  readonly width: number;
  readonly opacity: number;
  readonly id?: SymId;
}

export interface Scene {
  readonly width: number;
  readonly height: number;
  readonly rects: readonly SceneRect[];
  readonly texts: readonly SceneText[];
  readonly lines: readonly SceneLine[];
}

export const EMPTY_SCENE: Scene = { width: 0, height: 0, rects: [], texts: [], lines: [] };

/** Text in the theme's colour (the picture inherits it from the page). */
export const INK = "currentColor";

/** Opacity of what the cursor has not reached: visible enough to show the shape that is coming. */
export const FUTURE_OPACITY = 0.18;

export function stateOpacity(state: StepState): number {
  return state === "future" ? FUTURE_OPACITY : 1;
}

// The two ends of ColorBrewer's RdBu, a little inside the darkest so that text on them stays
// readable in both themes: the sign picks the hue, the magnitude the opacity.
const diverging = d3.scaleDiverging(d3.interpolateRdBu).domain([-1, 0, 1]);
const NEGATIVE = diverging(-0.75);
const POSITIVE = diverging(0.75);

/** Fill of a signed value on a diverging scale whose ends are ±max. */
export function signedFill(v: number, max = 1): { fill: string; fillOpacity: number } {
  const m = Math.min(1, Math.abs(v) / (max || 1));
  return { fill: v < 0 ? NEGATIVE : POSITIVE, fillOpacity: 0.06 + 0.64 * m };
}

/** The largest |v| over vectors, at least `floor`: one diverging scale per symbol and picture. */
export function maxAbs(vectors: readonly ArrayLike<number>[], floor = 1): number {
  let m = floor;
  for (const v of vectors) for (let i = 0; i < v.length; i++) m = Math.max(m, Math.abs(v[i]!));
  return m;
}

/** Where step `index` stands relative to the cursor. */
export function stateAt(index: number, cursor: number): StepState {
  return index < cursor ? "past" : index === cursor ? "current" : "future";
}
