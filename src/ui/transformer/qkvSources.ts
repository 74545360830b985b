// Seed 004's table of where Q, K and V come from, as data: one row per attention kind, and for each
// of Q, K, V its source. The table and the picture both read it, so they cannot disagree.

import type { SymbolKey } from "../theme/symbols.ts";
import type { PlayerKind } from "./views.ts";

export type Part = "Q" | "K" | "V";
export type Source = "encoder input" | "decoder input" | "decoder" | "encoder output H";

export interface QkvRow {
  readonly kind: PlayerKind;
  readonly name: string;
  readonly purpose: string;
  readonly from: Readonly<Record<Part, Source>>;
}

export const QKV_ROWS: readonly QkvRow[] = [
  {
    kind: "encoder-self",
    name: "Encoder self-attention",
    purpose: "understand the context inside the input sentence",
    from: { Q: "encoder input", K: "encoder input", V: "encoder input" },
  },
  {
    kind: "masked-self",
    name: "Masked decoder self-attention",
    purpose: "understand the context of what has been written so far",
    from: { Q: "decoder input", K: "decoder input", V: "decoder input" },
  },
  {
    kind: "cross",
    name: "Cross-attention",
    purpose: "connect the decoder to the encoder",
    from: { Q: "decoder", K: "encoder output H", V: "encoder output H" },
  },
];

export const PARTS: readonly Part[] = ["Q", "K", "V"];

export const PART_NAMES: Readonly<Record<Part, string>> = { Q: "query", K: "key", V: "value" };
export const PART_PLURALS: Readonly<Record<Part, string>> = { Q: "queries", K: "keys", V: "values" };

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
