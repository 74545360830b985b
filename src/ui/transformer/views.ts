// What one head of one attention block shows, read from a Transformer trace: its inputs X_q and X_kv
// with where they come from (seed 004's table), its slices of W^Q, W^K, W^V, and every intermediate.
// The pictures draw these; nothing here is recomputed except the weight slices the trace does not keep.

import type { Mat } from "../../core/tensor.ts";
import { sliceCols, type AttentionParams, type MultiHeadRecord, type TransformerModel, type TransformerTrace } from "../../core/transformer/index.ts";
import { en, type Messages } from "../i18n/en.ts";

/** The three attention kinds as the lessons name them. */
export type PlayerKind = "encoder-self" | "masked-self" | "cross";

/** The Transformer pictures' words in one language. */
export type TfWords = Messages["tf"];

/** The English names (each language's are in its dictionary, `t.tf.kinds`). */
export const KIND_NAMES: Readonly<Record<PlayerKind, string>> = en.tf.kinds;

/** Which side of the model a matrix comes from. */
export type Side = "encoder" | "decoder";

export interface AttentionView {
  readonly kind: PlayerKind;
  /** 0-based head index. */
  readonly head: number;
  readonly heads: number;
  readonly d_k: number;
  /** Tokens of the rows of X_q (queries) and of X_kv (keys and values). */
  readonly queryTokens: readonly string[];
  readonly keyTokens: readonly string[];
  readonly querySide: Side;
  readonly keySide: Side;
  /** Where X_q and X_kv come from, in words of the reader's language. */
  readonly queryFrom: string;
  readonly keyFrom: string;
  readonly X_q: Mat;
  readonly X_kv: Mat;
  readonly W_Q: Mat;
  readonly W_K: Mat;
  readonly W_V: Mat;
  readonly Q: Mat;
  readonly K: Mat;
  readonly V: Mat;
  readonly scores: Mat;
  readonly mask: Mat;
  readonly weights: Mat;
  readonly output: Mat;
  readonly record: MultiHeadRecord;
}

function blockOf(trace: TransformerTrace, model: TransformerModel, kind: PlayerKind): { record: MultiHeadRecord; params: AttentionParams; decoderTokens: readonly string[] } {
  const step = trace.decoder[0];
  if (!step || step.kind !== "forced") throw new RangeError("attentionView: expected a teacher-forced trace");
  const decoderTokens = step.pass.embedding.tokens;
  const dec = step.pass.layers[0]!;
  if (kind === "encoder-self") return { record: trace.encoder.layers[0]!.selfAttention, params: model.encoder[0]!.selfAttention, decoderTokens };
  if (kind === "masked-self") return { record: dec.selfAttention, params: model.decoder[0]!.selfAttention, decoderTokens };
  return { record: dec.crossAttention, params: model.decoder[0]!.crossAttention, decoderTokens };
}

/** Head `head` (0-based) of the first layer's attention block of the given kind. */
export function attentionView(trace: TransformerTrace, model: TransformerModel, kind: PlayerKind, head: number, words: TfWords = en.tf): AttentionView {
  const { record, params, decoderTokens } = blockOf(trace, model, kind);
  const h = Math.min(Math.max(0, head), record.heads.length - 1);
  const rec = record.heads[h]!;
  const d_k = rec.d_k;
  const slice = (W: Mat) => sliceCols(W, h * d_k, d_k);
  const sourceTokens = trace.encoder.embedding.tokens;
  const encoderSide = kind === "encoder-self";
  return {
    kind,
    head: h,
    heads: record.heads.length,
    d_k,
    queryTokens: encoderSide ? sourceTokens : decoderTokens,
    keyTokens: kind === "masked-self" ? decoderTokens : sourceTokens,
    querySide: encoderSide ? "encoder" : "decoder",
    keySide: kind === "masked-self" ? "decoder" : "encoder",
    queryFrom: words.origins[encoderSide ? "encoderInput" : kind === "masked-self" ? "decoderInput" : "decoderAfter"],
    keyFrom: words.origins[encoderSide ? "encoderInput" : kind === "masked-self" ? "decoderInput" : "encoderOutput"],
    X_q: record.X_q,
    X_kv: record.X_kv,
    W_Q: slice(params.W_Q),
    W_K: slice(params.W_K),
    W_V: slice(params.W_V),
    Q: rec.Q,
    K: rec.K,
    V: rec.V,
    scores: rec.scores,
    mask: rec.mask,
    weights: rec.weights,
    output: rec.output,
    record,
  };
}

/** Mᵀ, for drawing Kᵀ. */
export function transpose(M: Mat): Mat {
  const data = new Float64Array(M.data.length);
  for (let i = 0; i < M.rows; i++) for (let j = 0; j < M.cols; j++) data[j * M.rows + i] = M.data[i * M.cols + j]!;
  return { rows: M.cols, cols: M.rows, data };
}

/** S + M, entry by entry, with −∞ where M is −∞ (as the softmax sees it). */
export function maskedScores(view: Pick<AttentionView, "scores" | "mask">): Mat {
  const data = view.scores.data.map((s, i) => (view.mask.data[i] === -Infinity ? -Infinity : s + view.mask.data[i]!));
  return { rows: view.scores.rows, cols: view.scores.cols, data };
}
