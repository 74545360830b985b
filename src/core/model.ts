// The in-memory model: vocabularies, embeddings, encoder, decoder, attention, output and decoding
// options, with every parameter named after its formula (notation.md). Shapes are listed by
// `paramShapes`, the one table that validation, training, editing and export all read.

import type { Mat, Vec } from "./tensor.ts";

export type CellKind = "rnn" | "lstm" | "gru-reset-before" | "gru-reset-after";
export type DecoderVariant = "initial" | "every-step" | "attention";
export type ScoreKind = "dot" | "scaled" | "general" | "additive";
export type QueryKind = "previous" | "current";
/** c = h_T, the mean of h_1..h_T, or each direction's final state [h→_T; h←_1] (PyTorch's h_n; h_T when unidirectional). */
export type ContextMap = "last" | "mean" | "final";
export type DecoderInit = "context" | "zeros";

export const CELL_KINDS: readonly CellKind[] = ["rnn", "lstm", "gru-reset-before", "gru-reset-after"];
export const DECODER_VARIANTS: readonly DecoderVariant[] = ["initial", "every-step", "attention"];
export const SCORE_KINDS: readonly ScoreKind[] = ["dot", "scaled", "general", "additive"];
export const QUERY_KINDS: readonly QueryKind[] = ["previous", "current"];
export const CONTEXT_MAPS: readonly ContextMap[] = ["last", "mean", "final"];
/** The additive score's optional biases: all three or none (absent, the score is Bahdanau's without them). */
export const ADDITIVE_BIASES = ["b_s", "b_h", "b_v"] as const;
export const SPECIAL_TOKENS = { sos: "<sos>", eos: "<eos>", unk: "<unk>" } as const;

/** What a recipe for a fresh model (recurrent or Transformer) starts with: its name and its vocabularies. */
export interface VocabConfig {
  readonly name: string;
  readonly description?: string;
  /** Tokens in id order. */
  readonly sourceVocab: readonly string[];
  readonly targetVocab: readonly string[];
}

/** A named parameter: a matrix (rows × cols) or a vector (rows). */
export type Param = Mat | Vec;
/** Parameters by formula name (W_f, b_f, …). */
export type Params = Readonly<Record<string, Param>>;

export interface Embedding {
  /** Tokens in id order; holds <sos>, <eos> and <unk>. */
  readonly vocab: readonly string[];
  /** One row per token. Shape: V × d. */
  readonly embeddings: Mat;
}

/** The source side: an embedding table, and whether the encoder reads <eos> after the last word. */
export interface SourceEmbedding extends Embedding {
  /** Set when the encoder reads x_T = <eos> after the words, as PyTorch's seq2seq tutorial does; default false. */
  readonly appendEos?: boolean;
}

export interface EncoderSpec {
  readonly cell: CellKind;
  /** n, the width of h_t for one direction. */
  readonly hidden: number;
  readonly bidirectional: boolean;
  readonly context: ContextMap;
  readonly weights: Params;
  /** The backward pass's own weights; present exactly when bidirectional. */
  readonly backwardWeights?: Params;
}

export interface AttentionSpec {
  readonly score: ScoreKind;
  readonly query: QueryKind;
  /** general: W_a; additive: W_s, W_h, v, and optionally the biases b_s, b_h, b_v together; dot and scaled: none. */
  readonly weights: Params;
}

export interface DecoderSpec {
  readonly cell: CellKind;
  /** The width of s_{t'}. */
  readonly hidden: number;
  readonly variant: DecoderVariant;
  readonly init: DecoderInit;
  readonly weights: Params;
  readonly attention?: AttentionSpec;
  /** W_out (V × width of the readout), b_out (V). */
  readonly output: Params;
}

export interface DecodingOptions {
  readonly strategy: "greedy" | "sample";
  readonly temperature: number;
  readonly seed: number;
  readonly maxLength: number;
}

export interface Seq2SeqModel {
  readonly name: string;
  readonly description?: string;
  readonly source: SourceEmbedding;
  readonly target: Embedding;
  readonly encoder: EncoderSpec;
  readonly decoder: DecoderSpec;
  readonly decoding: DecodingOptions;
  /** Free-form provenance (training config, final loss, accuracy); never read by the math. */
  readonly meta?: Readonly<Record<string, unknown>>;
}

/** Where a parameter lives in the model file, and its expected shape. cols is absent for vectors. */
export interface ParamShape {
  readonly path: string;
  readonly name: string;
  readonly rows: number;
  readonly cols?: number;
}

/** The parameter shapes of one cell of width n reading inputs of width d (state columns first). */
export function cellParamShapes(kind: CellKind, n: number, d: number, prefix: string): ParamShape[] {
  const m = (name: string, cols: number): ParamShape => ({ path: `${prefix}.${name}`, name, rows: n, cols });
  const v = (name: string): ParamShape => ({ path: `${prefix}.${name}`, name, rows: n });
  switch (kind) {
    case "rnn":
      return [m("W_h", n), m("W_x", d), v("b")];
    case "lstm":
      return ["f", "i", "o", "C"].flatMap((k) => [m(`W_${k}`, n + d), v(`b_${k}`)]);
    case "gru-reset-before":
      return ["z", "r", "n"].flatMap((k) => [m(`W_${k}`, n + d), v(`b_${k}`)]);
    case "gru-reset-after":
      return [m("W_z", n + d), v("b_z"), m("W_r", n + d), v("b_r"), m("W_nx", d), v("b_nx"), m("W_nh", n), v("b_nh")];
  }
}

/** Width of each encoder output h_t: n, or 2n when bidirectional. */
export function encoderOutputWidth(e: Pick<EncoderSpec, "hidden" | "bidirectional">): number {
  return e.bidirectional ? 2 * e.hidden : e.hidden;
}

/** Width of the decoder cell's input: y, [y; c] (every step, attention with the previous state). */
export function decoderInputWidth(model: Pick<Seq2SeqModel, "target" | "encoder" | "decoder">): number {
  const dy = model.target.embeddings.cols;
  const dc = encoderOutputWidth(model.encoder);
  const d = model.decoder;
  if (d.variant === "every-step") return dy + dc;
  if (d.variant === "attention" && (d.attention?.query ?? "previous") === "previous") return dy + dc;
  return dy;
}

/** Width the output layer reads: s_{t'}, or [s_{t'}; c_{t'}] when attention queries the current state. */
export function readoutWidth(model: Pick<Seq2SeqModel, "encoder" | "decoder">): number {
  const d = model.decoder;
  const current = d.variant === "attention" && d.attention?.query === "current";
  return current ? d.hidden + encoderOutputWidth(model.encoder) : d.hidden;
}

/** Every parameter of a model with its path and expected shape, in file order. */
export function paramShapes(model: Seq2SeqModel): ParamShape[] {
  const { encoder: e, decoder: d } = model;
  const dx = model.source.embeddings.cols;
  const dh = encoderOutputWidth(e);
  const shapes: ParamShape[] = [
    { path: "source.embeddings", name: "E_src", rows: model.source.vocab.length, cols: dx },
    { path: "target.embeddings", name: "E_tgt", rows: model.target.vocab.length, cols: model.target.embeddings.cols },
    ...cellParamShapes(e.cell, e.hidden, dx, "encoder.weights"),
  ];
  if (e.bidirectional) shapes.push(...cellParamShapes(e.cell, e.hidden, dx, "encoder.backwardWeights"));
  shapes.push(...cellParamShapes(d.cell, d.hidden, decoderInputWidth(model), "decoder.weights"));
  if (d.variant === "attention" && d.attention) shapes.push(...attentionParamShapes(d.attention, d.hidden, dh));
  const r = readoutWidth(model);
  const V = model.target.vocab.length;
  shapes.push({ path: "decoder.output.W_out", name: "W_out", rows: V, cols: r }, { path: "decoder.output.b_out", name: "b_out", rows: V });
  return shapes;
}

/**
 * Attention parameters: general W_a (m × d_h); additive W_s (a × m), W_h (a × d_h), v (a), and when
 * any of them is present the biases b_s (a), b_h (a), b_v (1).
 */
export function attentionParamShapes(a: AttentionSpec, m: number, dh: number, additiveWidth?: number): ParamShape[] {
  const p = "decoder.attention.weights";
  if (a.score === "general") return [{ path: `${p}.W_a`, name: "W_a", rows: m, cols: dh }];
  if (a.score === "additive") {
    const v = a.weights.v;
    const width = additiveWidth ?? (v ? (isMat(v) ? v.rows : v.length) : m);
    const shape = (name: string, rows: number, cols?: number): ParamShape => ({ path: `${p}.${name}`, name, rows, ...(cols !== undefined ? { cols } : {}) });
    if (!ADDITIVE_BIASES.some((b) => a.weights[b] !== undefined)) return [shape("W_s", width, m), shape("W_h", width, dh), shape("v", width)];
    return [shape("W_s", width, m), shape("b_s", width), shape("W_h", width, dh), shape("b_h", width), shape("v", width), shape("b_v", 1)];
  }
  return [];
}

/** Whether a parameter is a matrix (has rows and cols) rather than a vector. */
export function isMat(p: Param): p is Mat {
  return !(p instanceof Float64Array);
}

/** The parameter at a dotted path such as "decoder.weights.W_f", or undefined. */
export function getParam(model: Seq2SeqModel, path: string): Param | undefined {
  if (path === "source.embeddings") return model.source.embeddings;
  if (path === "target.embeddings") return model.target.embeddings;
  const parts = path.split(".");
  const name = parts.pop()!;
  const group = parts.join(".");
  const table: Record<string, Params | undefined> = {
    "encoder.weights": model.encoder.weights,
    "encoder.backwardWeights": model.encoder.backwardWeights,
    "decoder.weights": model.decoder.weights,
    "decoder.attention.weights": model.decoder.attention?.weights,
    "decoder.output": model.decoder.output,
  };
  return table[group]?.[name];
}
