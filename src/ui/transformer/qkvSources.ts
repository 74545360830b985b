// Seed 004's table of where Q, K and V come from, as data: one row per attention kind, and for each
// of Q, K, V its source. The table and the picture both read it, so they cannot disagree; their
// names and purposes, in each language, are in the dictionaries (t.tf.qkv).

import type { SymbolKey } from "../theme/symbols.ts";
import type { PlayerKind } from "./views.ts";

export type Part = "Q" | "K" | "V";
export type Source = "encoder input" | "decoder input" | "decoder" | "encoder output H";

export interface QkvRow {
  readonly kind: PlayerKind;
  readonly from: Readonly<Record<Part, Source>>;
}

export const QKV_ROWS: readonly QkvRow[] = [
  {
    kind: "encoder-self",
    from: { Q: "encoder input", K: "encoder input", V: "encoder input" },
  },
  {
    kind: "masked-self",
    from: { Q: "decoder input", K: "decoder input", V: "decoder input" },
  },
  {
    kind: "cross",
    from: { Q: "decoder", K: "encoder output H", V: "encoder output H" },
  },
];

export const PARTS: readonly Part[] = ["Q", "K", "V"];

/** The symbol colour of each source: encoder input x, encoder output h, decoder input y, decoder state s. */
export const SOURCE_SYMBOL: Readonly<Record<Source, SymbolKey>> = {
  "encoder input": "x",
  "encoder output H": "h",
  "decoder input": "y",
  decoder: "s",
};

/** The id that links a table cell to its matrix in the picture: "cross.K". */
export function qkvKey(kind: PlayerKind, part: Part): string {
  return `${kind}.${part}`;
}
