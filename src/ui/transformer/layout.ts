// Where each matrix of a step goes: items flow left to right and wrap to the width the figure has,
// so the same step reads as one equation on a desktop and as a short column on a phone. Pure: the
// drawing code and the tests read the same numbers.

import type { Mat } from "../../core/tensor.ts";
import type { SymbolKey } from "../theme/symbols.ts";
import type { Side } from "./views.ts";

export interface MatrixItem {
  readonly type: "matrix";
  /** Stable across steps, so a matrix that stays in the picture keeps its place in the DOM. */
  readonly key: string;
  /** Short name drawn above it: "Q", "Kᵀ", "S + M". */
  readonly name: string;
  /** Its spoken name, what it is and where it comes from: "Q (head 1), queries, from the decoder input". */
  readonly caption: string;
  readonly side?: Side;
  /** A short tag under the name: "from the encoder", "learned". */
  readonly tag?: string;
  /** The symbol colour of its cells; none for weights and the mask. */
  readonly symbol?: SymbolKey;
  readonly data: Mat;
  readonly rowLabels: readonly string[];
  readonly colLabels: readonly string[];
  /** Which entries are masked (−∞ in M, so weight 0): drawn hatched and labelled, never by colour alone. */
  readonly masked?: (i: number, j: number) => boolean;
  /** What a masked cell says: "−∞" in the mask and the scores, "masked" in the weights. */
  readonly maskedText?: string;
  /** The matrix this step computes: drawn with a heavier frame. */
  readonly result?: boolean;
}

/** An operator between matrices: ×, =, +, →. */
export interface GlyphItem {
  readonly type: "glyph";
  readonly key: string;
  readonly text: string;
}

export type FlowItem = MatrixItem | GlyphItem;

export interface Placed<T extends FlowItem = FlowItem> {
  readonly item: T;
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

export interface Sizes {
  readonly cellW: number;
  readonly cellH: number;
  /** Space above the cells: the name, the side tag and the column labels. */
  readonly headH: number;
  readonly glyphW: number;
  readonly gap: number;
  readonly pad: number;
}

export const SIZES: Sizes = { cellW: 46, cellH: 24, headH: 52, glyphW: 24, gap: 10, pad: 8 };

/** Width of the row-label column: room for the longest label (about 7 px a character at 11 px). */
export function rowLabelWidth(labels: readonly string[]): number {
  const longest = Math.max(1, ...labels.map((l) => Array.from(l).length * (/[\u3000-\u9fff]/u.test(l) ? 1.8 : 1)));
  return Math.ceil(10 + longest * 6.8);
}

export function itemSize(item: FlowItem, s: Sizes = SIZES): { w: number; h: number } {
  if (item.type === "glyph") return { w: s.glyphW, h: s.cellH };
  const cells = rowLabelWidth(item.rowLabels) + item.data.cols * s.cellW;
  // The name and the tag must not run into the next matrix.
  const words = Math.max(item.name.length * 9, (item.tag ?? "").length * 6.3) + 4;
  return { w: Math.ceil(Math.max(cells, words)), h: s.headH + item.data.rows * s.cellH };
}

/** Places the items in lines no wider than `width`, each line centred; returns them and the total height. */
export function flowLayout(items: readonly FlowItem[], width: number, s: Sizes = SIZES): { placed: Placed[]; height: number } {
  const lines: { items: FlowItem[]; w: number; h: number }[] = [];
  let line: { items: FlowItem[]; w: number; h: number } = { items: [], w: 0, h: 0 };
  const avail = Math.max(1, width - 2 * s.pad);
  for (const item of items) {
    const { w, h } = itemSize(item, s);
    const next = line.items.length === 0 ? w : line.w + s.gap + w;
    // An operator never starts a line when the matrix after it would fit on the same line.
    if (next > avail && line.items.length > 0) {
      lines.push(line);
      line = { items: [], w: 0, h: 0 };
    }
    line.w = line.items.length === 0 ? w : line.w + s.gap + w;
    line.h = Math.max(line.h, h);
    line.items.push(item);
  }
  if (line.items.length > 0) lines.push(line);
  const placed: Placed[] = [];
  let y = s.pad;
  for (const l of lines) {
    let x = Math.max(s.pad, (width - l.w) / 2);
    for (const item of l.items) {
      const { w, h } = itemSize(item, s);
      // Operators sit level with the first row of cells, where the eye reads the equation.
      const top = item.type === "glyph" ? y + s.headH : y;
      placed.push({ item, x, y: top, w, h });
      x += w + s.gap;
    }
    y += l.h + s.gap * 2;
  }
  return { placed, height: Math.max(y - s.gap * 2 + s.pad, s.pad * 2) };
}
