// What each parameter is, in the lesson's words: its symbol, what it computes, what it acts on, and
// a label for every row and column (a token, a gate unit, a component of h, x, s, y or c), so that
// the grid says which weight connects what. Shapes come from the core's `paramShapes`.

import { decoderInputWidth, encoderOutputWidth, paramShapes, type ParamShape, type Seq2SeqModel } from "../../core/model.ts";
import { sub } from "../player/layouts/common.ts";

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

const MEANINGS: Readonly<Record<string, string>> = {
  W_f: "forget gate", W_i: "input gate", W_o: "output gate", W_C: "candidate memory",
  b_f: "forget-gate bias", b_i: "input-gate bias", b_o: "output-gate bias", b_C: "candidate bias",
  W_z: "update gate", W_r: "reset gate", W_n: "candidate state", W_nx: "candidate, input part", W_nh: "candidate, state part",
  b_z: "update-gate bias", b_r: "reset-gate bias", b_n: "candidate bias", b_nx: "candidate bias, input part", b_nh: "candidate bias, state part",
  W_h: "recurrent weights", W_x: "input weights", b: "bias",
  W_a: "general score", W_s: "additive score, query part", v: "additive score vector",
  W_out: "output projection to logits", b_out: "output bias",
};

const units = (symbol: string, n: number) => Array.from({ length: n }, (_, i) => sub(symbol, i + 1));

interface Part {
  readonly symbol: string;
  readonly width: number;
}

function partLabels(parts: readonly Part[]): string[] {
  return parts.flatMap((p) => units(p.symbol, p.width));
}

function group(path: string): string {
  if (path.endsWith("embeddings")) return "Embeddings";
  if (path.startsWith("encoder.backwardWeights")) return "Backward encoder";
  if (path.startsWith("encoder.")) return "Encoder";
  if (path.startsWith("decoder.attention")) return "Attention";
  if (path.startsWith("decoder.output")) return "Output";
  return "Decoder";
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

function info(model: Seq2SeqModel, shape: ParamShape): Omit<ParamInfo, "shape" | "group" | "title"> {
  const { name, path, rows } = shape;
  const meaning = MEANINGS[name] ?? name;
  if (name === "E_src" || name === "E_tgt") {
    const source = name === "E_src";
    return { symbol: name, meaning: source ? "source embeddings, one row per token" : "target embeddings, one row per token", rowLabels: (source ? model.source : model.target).vocab, colLabels: units(source ? "x" : "y", shape.cols!) };
  }
  if (path.startsWith("decoder.output")) {
    const current = (shape.cols ?? 0) > model.decoder.hidden;
    const parts = [{ symbol: "s", width: model.decoder.hidden }, ...(current ? [{ symbol: "c", width: encoderOutputWidth(model.encoder) }] : [])];
    if (name === "b_out") return { symbol: name, meaning, rowLabels: model.target.vocab, colLabels: ["b"] };
    return { symbol: name, meaning, actsOn: current ? "[s_{t′}; c_{t′}]" : "s_{t′}", rowLabels: model.target.vocab, colLabels: partLabels(parts) };
  }
  if (path.startsWith("decoder.attention")) {
    const dh = encoderOutputWidth(model.encoder);
    if (name === "W_a") return { symbol: name, meaning, actsOn: "h_j (and sᵀ from the left)", rowLabels: units("s", rows), colLabels: units("h", dh) };
    if (name === "W_s") return { symbol: name, meaning, actsOn: "the query s", rowLabels: units("a", rows), colLabels: units("s", shape.cols!) };
    if (name === "W_h") return { symbol: name, meaning: "additive score, key part", actsOn: "h_j", rowLabels: units("a", rows), colLabels: units("h", dh) };
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

function title(i: Omit<ParamInfo, "group" | "title">): string {
  const size = i.shape.cols === undefined ? `${i.shape.rows}` : `${i.shape.rows} × ${i.shape.cols}`;
  // The parameter's own name stays as the lessons' code writes it (W_out, not a mix of subscripts).
  return `${i.symbol} — ${i.meaning}, ${size}${i.actsOn ? `, acts on ${plainSymbols(i.actsOn)}` : ""}`;
}

/** Every parameter of the model with its labels, in `paramShapes` order. */
export function paramInfos(model: Seq2SeqModel): ParamInfo[] {
  return paramShapes(model).map((shape) => {
    const partial = { shape, ...info(model, shape) };
    return { ...partial, group: group(shape.path), title: title(partial) };
  });
}
