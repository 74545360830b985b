// The ids of trace entries a reader can point at, and of parameters. A formula term, a picture
// element and a trace entry share one id: the entry's (`traceEntries`, entries.ts). One id is not an
// entry's: the pair of a bidirectional encoder's halves that the core keeps no merge of, written with
// the direction left out ("enc.3.C_t" is enc.f.3.C_t and enc.b.3.C_t). The merged h_j is an entry
// ("enc.h.3"). Pure: no trace needed, only its length and whether the encoder is bidirectional.

/** The symbols a reader can point at, as the lessons write them. */
export type ValueSym = "x" | "h" | "C" | "s" | "c" | "alpha" | "e" | "y" | "p";
export type Direction = "f" | "b";

/** What the ids depend on: the source length T and whether the encoder reads both ways. */
export interface IdShape {
  readonly T: number;
  readonly bidirectional: boolean;
}

/** The id of parameter `path` ("encoder.weights.W_f") as entries' `from` name it: "param:encoder.weights.W_f". */
export function paramId(path: string): string {
  return `param:${path}`;
}

/** The path of a parameter id, or undefined when `id` names no parameter. */
export function paramPath(id: string): string | undefined {
  return id.startsWith("param:") ? id.slice("param:".length) : undefined;
}

/** The entry id of encoder output h_j (1-based) as the decoder reads it: merged when bidirectional. */
export function encoderOutputId(shape: IdShape, j: number): string {
  return shape.bidirectional ? `enc.h.${j}` : `enc.f.${j}.h_t`;
}

/**
 * An encoder state or memory: h (or C) at position t. With a direction, that direction's entry,
 * where t = 0 forward and t = T + 1 backward name the zero start (enc.f.1.h_0, enc.b.T.h_0); without
 * one, the whole value: h_t itself unidirectionally, both halves when bidirectional.
 */
function encoderId(shape: IdShape, sym: "h" | "C", t: number, dir: Direction | undefined): string {
  const d = dir ?? (shape.bidirectional ? undefined : "f");
  if (d === undefined) return sym === "h" ? encoderOutputId(shape, t) : `enc.${t}.${sym}_t`;
  if (d === "f" && t === 0) return `enc.f.1.${sym}_0`;
  if (d === "b" && t === shape.T + 1) return `enc.b.${shape.T}.${sym}_0`;
  return `enc.${d}.${t}.${sym}_t`;
}

/**
 * The id of the value a reader points at: symbol, position (t or t′) and, for the encoder, direction.
 * x_j is the forward entry (both directions read the same embedding); s_0 and the fixed c are the
 * context step's; y_0 is the first decoder step's input y_prev (<bos>); c without t′ is the fixed c.
 */
export function valueId(shape: IdShape, sym: ValueSym, t?: number, dir?: Direction): string {
  switch (sym) {
    case "x":
      return `enc.f.${t}.x_t`;
    case "h":
    case "C":
      return encoderId(shape, sym, t ?? shape.T, dir);
    case "s":
      return t === 0 ? "ctx.s_0" : `dec.${t}.s_t`;
    case "c":
      return t === undefined ? "ctx.c" : `dec.${t}.c`;
    case "y":
      return t === 0 ? "dec.1.y_prev" : `dec.${t}.y`;
    default:
      return `dec.${t}.${sym}`;
  }
}

/** An encoder id's parts: "enc.f.3.h_t" → f, 3, h_t; "enc.h.3" → whole, 3, h_t; "enc.3.C_t" → whole, 3, C_t. */
function encoderParts(id: string): { dir: string | undefined; t: string; name: string } | undefined {
  const p = id.split(".");
  if (p[0] !== "enc") return undefined;
  if (p.length === 4) return { dir: p[1], t: p[2]!, name: p[3]! };
  if (p.length === 3 && p[1] === "h") return { dir: undefined, t: p[2]!, name: "h_t" };
  if (p.length === 3) return { dir: undefined, t: p[1]!, name: p[2]! };
  return undefined;
}

/**
 * Whether pointing at `hovered` highlights `id`: the same id, or a whole encoder value and one of its
 * halves (the merged h_3, "enc.h.3", highlights enc.f.3.h_t and enc.b.3.h_t, and each half the whole).
 */
export function linked(hovered: string | null, id: string | undefined): boolean {
  if (hovered === null || id === undefined) return false;
  if (hovered === id) return true;
  const a = encoderParts(hovered);
  const b = encoderParts(id);
  if (!a || !b || a.t !== b.t || a.name !== b.name) return false;
  return a.dir === undefined || b.dir === undefined;
}

/** The entry ids an id names: itself, or for a pair without a merge entry ("enc.3.C_t") both halves. */
export function namedEntryIds(id: string): readonly string[] {
  const p = encoderParts(id);
  if (!p || p.dir !== undefined || id.startsWith("enc.h.")) return [id];
  return [`enc.f.${p.t}.${p.name}`, `enc.b.${p.t}.${p.name}`];
}

/** The part of the model a parameter belongs to, as the editor groups them. */
export type ParamGroup = "embeddings" | "encoder" | "backward" | "decoder" | "attention" | "output";

/** The group of parameter `path`: "encoder.backwardWeights.W_f" → backward. */
export function paramGroup(path: string): ParamGroup {
  if (path.endsWith("embeddings")) return "embeddings";
  if (path.startsWith("encoder.backwardWeights")) return "backward";
  if (path.startsWith("encoder.")) return "encoder";
  if (path.startsWith("decoder.attention")) return "attention";
  if (path.startsWith("decoder.output")) return "output";
  return "decoder";
}
