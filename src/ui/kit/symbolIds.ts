// Ids of the values a reader can point at, shared by formulas and pictures: they are the trace's entry
// ids (src/core/entryIds.ts): "enc.f.3.h_t" is h→_3, "enc.h.3" the merged h_3, "dec.2.alpha" the row
// α_{2·}. Hover state is keyed by these ids, never by CSS selectors, so a formula term, a picture
// element and a trace entry find each other through the trace alone.

import type { Trace } from "../../core/trace.ts";
import { linked, valueId, type Direction, type ValueSym } from "../../core/entryIds.ts";

export { linked, type Direction };
export type SymName = ValueSym;

/** A trace entry id (or the pair id "enc.3.C_t"); see src/core/entryIds.ts. */
export type SymId = string;

/** The id maker of one trace: `symIds(trace)("h", 3, "f")` is "enc.f.3.h_t". */
export function symIds(trace: Pick<Trace, "source" | "model">): (sym: SymName, t?: number, dir?: Direction) => SymId {
  const shape = { T: trace.source.length, bidirectional: trace.model.bidirectional };
  return (sym, t, dir) => valueId(shape, sym, t, dir);
}
