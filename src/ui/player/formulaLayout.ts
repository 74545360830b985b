// How one formula line is cut for the page. A line is a chain of equations, "C₁ = f₁ ⊙ C₀ + … = (…) ⊙
// (…) + … = (…)": it is cut into chunks at its top-level "=" (the definition, then each substitution)
// and at ",\quad" (two equations on one line), and each chunk into pieces before its top-level
// binary operators. A narrow panel breaks a line only between pieces, so each continued line starts
// with its operator (= ⊙ +) and the line still reads as one formula. Numbers are not TeX: ⟨name⟩
// marks a value that the panel writes as plain text, so a new weight rewrites digits in place
// instead of typesetting the formula again.

/** A run of TeX, or a value (⟨name⟩), optionally a pointable term (⟦key|…⟧). */
export type Segment = { readonly kind: "tex"; readonly tex: string; readonly key?: string } | { readonly kind: "value"; readonly name: string; readonly key?: string };

/** Pieces break apart on a narrow panel; a piece never breaks inside. */
export type Piece = readonly Segment[];
/** One equation's side: the definition (lhs = rhs) or one "= …" substitution. */
export type Chunk = readonly Piece[];

type Atom = { readonly text: string } | { readonly segment: Segment };

const ATOMS = /⟦(\w+)\|([^⟧]*)⟧|⟨(\w+)⟩/gu;

/** The inside of a term: a value when it is exactly ⟨name⟩, else TeX. */
function termSegment(key: string, inner: string): Segment {
  const value = /^⟨(\w+)⟩$/u.exec(inner);
  return value ? { kind: "value", name: value[1]!, key } : { kind: "tex", tex: inner, key };
}

function atoms(tex: string): Atom[] {
  const out: Atom[] = [];
  let last = 0;
  for (const m of tex.matchAll(ATOMS)) {
    if (m.index > last) out.push({ text: tex.slice(last, m.index) });
    out.push({ segment: m[1] !== undefined ? termSegment(m[1], m[2]!) : { kind: "value", name: m[3]! } });
    last = m.index + m[0].length;
  }
  if (last < tex.length) out.push({ text: tex.slice(last) });
  return out;
}

/**
 * Where a line breaks: at its top level before "=" (a new chunk) and before + − ⊙ (a new piece);
 * inside brackets only before + and ⊙, so that a long argument, "tanh(W x + b + r ⊙ u)", can still
 * break (never inside "(1 − z)").
 */
const CUTS: readonly { readonly at: string; readonly chunk: boolean; readonly drop?: boolean; readonly nested?: boolean }[] = [
  { at: ",\\quad ", chunk: true, drop: true },
  { at: " = ", chunk: true },
  { at: " + ", chunk: false, nested: true },
  { at: " - ", chunk: false },
  { at: " \\odot ", chunk: false, nested: true },
];

interface Cut {
  /** Where in the text the next chunk or piece starts. */
  readonly index: number;
  readonly chunk: boolean;
  /** Characters the cut removes (the ",\quad" between two equations). */
  readonly skip: number;
}

/** The cuts in a run of TeX whose bracket depth starts at `depth`; returns them and the depth after. */
function cutsIn(text: string, depth: number): { cuts: Cut[]; depth: number } {
  const cuts: Cut[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === "\\" && (text[i + 1] === "{" || text[i + 1] === "}")) {
      i++;
      continue;
    }
    if (ch === "{" || ch === "(" || ch === "[") depth++;
    else if (ch === "}" || ch === ")" || ch === "]") depth--;
    else {
      const cut = CUTS.find((c) => (depth === 0 || c.nested) && text.startsWith(c.at, i));
      if (cut) {
        // ",\quad": the comma ends the first equation, the space goes.
        cuts.push({ index: i + 1, chunk: cut.chunk, skip: cut.drop ? cut.at.length - 1 : 0 });
        i += cut.at.length - 2;
      }
    }
  }
  return { cuts, depth };
}

/** Merges neighbouring TeX runs of a piece and drops runs of spaces only. */
function tidy(piece: (Segment | string)[]): Segment[] {
  const out: Segment[] = [];
  let text = "";
  const flush = () => {
    if (text.trim()) out.push({ kind: "tex", tex: text.trim() });
    text = "";
  };
  for (const part of piece) {
    if (typeof part === "string") text += part;
    else {
      flush();
      out.push(part);
    }
  }
  flush();
  return out;
}

/**
 * Cuts a line's TeX into chunks of pieces of segments. The first chunk of each equation keeps its
 * left side with its first right side ("f₁ = σ(…)"); every further "= …" is a chunk of its own.
 */
export function lineChunks(tex: string): Chunk[] {
  const chunks: Chunk[] = [];
  let pieces: Segment[][] = [];
  let piece: (Segment | string)[] = [];
  let equals = 0;
  const endPiece = () => {
    const done = tidy(piece);
    if (done.length > 0) pieces.push(done);
    piece = [];
  };
  const endChunk = () => {
    endPiece();
    if (pieces.length > 0) chunks.push(pieces);
    pieces = [];
  };
  let depth = 0;
  for (const atom of atoms(tex)) {
    if ("segment" in atom) {
      piece.push(atom.segment);
      continue;
    }
    const { cuts, depth: after } = cutsIn(atom.text, depth);
    depth = after;
    let from = 0;
    for (const cut of cuts) {
      // The first "=" of an equation stays with its left side: "f₁ = σ(…)" is one piece.
      if (cut.chunk && cut.skip === 0 && equals++ === 0) continue;
      piece.push(atom.text.slice(from, cut.index));
      from = cut.index + cut.skip;
      if (cut.skip > 0) {
        endChunk();
        equals = 0;
      } else if (cut.chunk) endChunk();
      else endPiece();
    }
    piece.push(atom.text.slice(from));
  }
  endChunk();
  return chunks;
}

/** The names of the values a line shows, in order. */
export function valueNames(tex: string): string[] {
  return Array.from(tex.matchAll(/⟨(\w+)⟩/gu), (m) => m[1]!);
}
