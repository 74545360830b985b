// What each parameter is, in the lesson's words: its symbol, what it computes, what it acts on, and
// a label for every row and column (a token, a gate unit, a component of h, x, s, y or c), so that
// the grid says which weight connects what. Shapes come from the core's `paramShapes`.

import { decoderInputWidth, encoderOutputWidth, paramShapes, type ParamShape, type Seq2SeqModel } from "../../core/model.ts";
import { en, type Messages } from "../i18n/en.ts";
import { sub } from "../kit/format.ts";
import { paramGroup } from "../../core/entryIds.ts";

/** The editor's words in one language. */
type Words = Messages["editor"];

export interface ParamInfo {
  readonly shape: ParamShape;
  /** The section it is listed under: Embeddings, Encoder, Backward encoder, Decoder, Attention, Output. */
  readonly group: string;
  readonly symbol: string;
  readonly meaning: string;
  /** The vector it multiplies, e.g. "[h_{t−1}; x_t]". */
  readonly actsOn?: string;
  readonly rowLabels: readonly string[];
  readonly colLabels: readonly string[];
  /** "W_f — forget gate, 4 × 12, acts on [hₜ₋₁; xₜ]": plain text, for option lists and screen readers. */
  readonly title: string;
}

const units = (symbol: string, n: number) => Array.from({ length: n }, (_, i) => sub(symbol, i + 1));

interface Part {
  readonly symbol: string;
  readonly width: number;
}

function partLabels(parts: readonly Part[]): string[] {
  return parts.flatMap((p) => units(p.symbol, p.width));
}

/** The parts of a cell's input: the state first, then what the cell reads. */
function cellParts(model: Seq2SeqModel, path: string): { state: Part; input: Part[]; text: [string, string] } {
  const dx = model.source.embeddings.cols;
  if (path.startsWith("encoder.")) {
    const backward = path.startsWith("encoder.backwardWeights");
    return { state: { symbol: "h", width: model.encoder.hidden }, input: [{ symbol: "x", width: dx }], text: [backward ? "h←_{t+1}" : "h_{t−1}", "x_t"] };
  }
  const d = model.decoder;
  const dy = model.target.embeddings.cols;
  const withC = decoderInputWidth(model) > dy;
  const c = d.variant === "attention" ? "c_{t′}" : "c";
  const input = [{ symbol: "y", width: dy }, ...(withC ? [{ symbol: "c", width: encoderOutputWidth(model.encoder) }] : [])];
  return { state: { symbol: "s", width: d.hidden }, input, text: ["s_{t′−1}", withC ? `y_{t′−1}; ${c}` : "y_{t′−1}"] };
}

function info(model: Seq2SeqModel, shape: ParamShape, w: Words): Omit<ParamInfo, "shape" | "group" | "title"> {
  const { name, path, rows } = shape;
  const meaning = w.meanings[name] ?? name;
  if (name === "E_src" || name === "E_tgt") {
    const source = name === "E_src";
    return { symbol: name, meaning, rowLabels: (source ? model.source : model.target).vocab, colLabels: units(source ? "x" : "y", shape.cols!) };
  }
  if (path.startsWith("decoder.output")) {
    const current = (shape.cols ?? 0) > model.decoder.hidden;
    const parts = [{ symbol: "s", width: model.decoder.hidden }, ...(current ? [{ symbol: "c", width: encoderOutputWidth(model.encoder) }] : [])];
    if (name === "b_out") return { symbol: name, meaning, rowLabels: model.target.vocab, colLabels: ["b"] };
    return { symbol: name, meaning, actsOn: current ? "[s_{t′}; c_{t′}]" : "s_{t′}", rowLabels: model.target.vocab, colLabels: partLabels(parts) };
  }
  if (path.startsWith("decoder.attention")) {
    const dh = encoderOutputWidth(model.encoder);
    if (name === "W_a") return { symbol: name, meaning, actsOn: w.generalActsOn, rowLabels: units("s", rows), colLabels: units("h", dh) };
    if (name === "W_s") return { symbol: name, meaning, actsOn: w.theQuery, rowLabels: units("a", rows), colLabels: units("s", shape.cols!) };
    if (name === "W_h") return { symbol: name, meaning: w.meanings.W_hKey ?? name, actsOn: "h_j", rowLabels: units("a", rows), colLabels: units("h", dh) };
    // The biases of an additive score exported from PyTorch: b_s and b_h inside tanh, b_v added to e.
    if (name === "b_s" || name === "b_h") return { symbol: name, meaning: w.meanings[name === "b_h" ? "b_hKey" : name] ?? name, rowLabels: units("a", rows), colLabels: ["b"] };
    if (name === "b_v") return { symbol: name, meaning, rowLabels: ["e"], colLabels: ["b"] };
    return { symbol: name, meaning, rowLabels: units("a", rows), colLabels: ["v"] };
  }
  const { state, input, text } = cellParts(model, path);
  // Rows are the units of a gate (f, i, o, C; z, r, n) or, for the RNN, of the state itself.
  const gate = /^[Wb]_?(f|i|o|C|z|r|n)/u.exec(name)?.[1] ?? state.symbol;
  const rowLabels = units(gate, rows);
  if (shape.cols === undefined) return { symbol: name, meaning, rowLabels, colLabels: ["b"] };
  if (name === "W_h" || name === "W_nh") return { symbol: name, meaning, actsOn: text[0], rowLabels, colLabels: units(state.symbol, state.width) };
  if (name === "W_x" || name === "W_nx") return { symbol: name, meaning, actsOn: input.length > 1 ? `[${text[1]}]` : text[1], rowLabels, colLabels: partLabels(input) };
  return { symbol: name, meaning, actsOn: `[${text[0]}; ${text[1]}]`, rowLabels, colLabels: partLabels([state, ...input]) };
}

const SUBSCRIPT: Readonly<Record<string, string>> = {
  ...Object.fromEntries([..."0123456789"].map((d, k) => [d, "₀₁₂₃₄₅₆₇₈₉"[k]!])),
  "+": "₊", "−": "₋", "-": "₋", a: "ₐ", e: "ₑ", h: "ₕ", k: "ₖ", l: "ₗ", m: "ₘ", n: "ₙ", o: "ₒ", p: "ₚ", s: "ₛ", t: "ₜ", u: "ᵤ", x: "ₓ", "′": "′",
};

/**
 * A symbol in plain text, for option lists and screen readers: "h_{t−1}" → "hₜ₋₁". A subscript with a
 * letter Unicode has no subscript for keeps its underscore: "W_f".
 */
export function plainSymbols(text: string): string {
  return text.replace(/_(\{[^}]*\}|\w+)/gu, (whole, body: string) => {
    const inner = body.startsWith("{") ? body.slice(1, -1) : body;
    const chars = [...inner];
    return chars.every((c) => SUBSCRIPT[c]) ? chars.map((c) => SUBSCRIPT[c]).join("") : `_${inner}`;
  });
}

function title(i: Omit<ParamInfo, "group" | "title">, w: Words): string {
  const size = i.shape.cols === undefined ? `${i.shape.rows}` : `${i.shape.rows} × ${i.shape.cols}`;
  // The parameter's own name stays as the lessons' code writes it (W_out, not a mix of subscripts).
  return `${i.symbol} — ${i.meaning}, ${size}${i.actsOn ? `, ${w.actsOn} ${plainSymbols(i.actsOn)}` : ""}`;
}

/** Every parameter of the model with its labels (in the words given), in `paramShapes` order. */
export function paramInfos(model: Seq2SeqModel, w: Words = en.editor): ParamInfo[] {
  return paramShapes(model).map((shape) => {
    const partial = { shape, ...info(model, shape, w) };
    return { ...partial, group: w.groups[paramGroup(shape.path)], title: title(partial, w) };
  });
}
