// Ids of the values a reader can point at, shared by formulas and pictures: "h.3" is h_3, "h.3.f"
// its forward half, "alpha.2" the row α_{2·}. Hover state is keyed by these ids, never by CSS
// selectors, so a formula term and a picture element find each other through the trace alone.

export type SymName = "x" | "h" | "C" | "s" | "c" | "alpha" | "e" | "y" | "p";
export type Direction = "f" | "b";

export type SymId = string;

/** The id of a value: symbol, optional position (t or t'), optional encoder direction. */
export function symId(sym: SymName, t?: number, dir?: Direction): SymId {
  return [sym, t, dir].filter((part) => part !== undefined).join(".");
}

interface Parsed {
  readonly sym: string;
  readonly t: string | undefined;
  readonly dir: string | undefined;
}

function parse(id: SymId): Parsed {
  const [sym = "", t, dir] = id.split(".");
  return { sym, t, dir };
}

/**
 * Whether pointing at `hovered` should highlight `id`: the same symbol at the same position, where a
 * missing position or direction means "all of them" (h_3 highlights both of its halves).
 */
export function linked(hovered: SymId | null, id: SymId | undefined): boolean {
  if (hovered === null || id === undefined) return false;
  const a = parse(hovered);
  const b = parse(id);
  if (a.sym !== b.sym) return false;
  if (a.t !== undefined && b.t !== undefined && a.t !== b.t) return false;
  return a.dir === undefined || b.dir === undefined || a.dir === b.dir;
}
