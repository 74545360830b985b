// Small random models for tests, built from the core's own shape table so they are valid by
// construction. Deterministic: same options and seed ⇒ same numbers.

import type { CellKind, DecoderVariant, Param, Params, QueryKind, ScoreKind, Seq2SeqModel } from "../../src/core/model.ts";
import { paramShapes } from "../../src/core/model.ts";
import { createRng } from "../../src/core/rng.ts";

export interface RandomModelOptions {
  cell?: CellKind;
  decoderCell?: CellKind;
  variant?: DecoderVariant;
  score?: ScoreKind;
  query?: QueryKind;
  bidirectional?: boolean;
  context?: "last" | "mean" | "final";
  init?: "context" | "zeros";
  n?: number;
  dx?: number;
  dy?: number;
  additiveWidth?: number;
  /** additive only: give the score its biases b_s, b_h, b_v. */
  additiveBias?: boolean;
  scale?: number;
  seed?: number;
  sourceVocab?: string[];
  targetVocab?: string[];
}

export const SOURCE_VOCAB = ["<sos>", "<eos>", "<unk>", "i", "love", "you", "me", "china"];
export const TARGET_VOCAB = ["<sos>", "<eos>", "<unk>", "je", "t'", "aime", "m'", "tu", "aimes"];

export function randomModel(o: RandomModelOptions = {}): Seq2SeqModel {
  const n = o.n ?? 3;
  const bidirectional = o.bidirectional ?? false;
  const dh = bidirectional ? 2 * n : n;
  const variant = o.variant ?? "attention";
  const init = o.init ?? "context";
  const decHidden = init === "context" || o.score === "dot" || o.score === "scaled" || o.score === undefined ? dh : n;
  const sv = o.sourceVocab ?? SOURCE_VOCAB;
  const tv = o.targetVocab ?? TARGET_VOCAB;
  const rng = createRng(o.seed ?? 7);
  const scale = o.scale ?? 0.8;
  const mat = (rows: number, cols: number) => ({ rows, cols, data: Float64Array.from({ length: rows * cols }, () => (rng.next() * 2 - 1) * scale) });
  const skeleton: Seq2SeqModel = {
    name: "random",
    source: { vocab: sv, embeddings: mat(sv.length, o.dx ?? 2) },
    target: { vocab: tv, embeddings: mat(tv.length, o.dy ?? 2) },
    encoder: { cell: o.cell ?? "lstm", hidden: n, bidirectional, context: o.context ?? "last", weights: {} },
    decoder: {
      cell: o.decoderCell ?? o.cell ?? "lstm",
      hidden: decHidden,
      variant,
      init,
      weights: {},
      ...(variant === "attention" ? { attention: { score: o.score ?? "dot", query: o.query ?? "previous", weights: o.score === "additive" ? { v: new Float64Array(o.additiveWidth ?? 3), ...(o.additiveBias ? { b_v: new Float64Array(1) } : {}) } : {} } } : {}),
      output: {},
    },
    decoding: { strategy: "greedy", temperature: 1, seed: 1, maxLength: 8 },
  };
  const groups: Record<string, Record<string, Param>> = {};
  for (const s of paramShapes(skeleton)) {
    if (s.path.endsWith("embeddings")) continue;
    const group = s.path.slice(0, s.path.lastIndexOf("."));
    (groups[group] ??= {})[s.name] = s.cols === undefined ? Float64Array.from({ length: s.rows }, () => (rng.next() * 2 - 1) * scale) : mat(s.rows, s.cols);
  }
  const g = (k: string): Params => groups[k] ?? {};
  return {
    ...skeleton,
    source: skeleton.source,
    target: skeleton.target,
    encoder: { ...skeleton.encoder, weights: g("encoder.weights"), ...(bidirectional ? { backwardWeights: g("encoder.backwardWeights") } : {}) },
    decoder: {
      ...skeleton.decoder,
      weights: g("decoder.weights"),
      ...(skeleton.decoder.attention ? { attention: { ...skeleton.decoder.attention, weights: g("decoder.attention.weights") } } : {}),
      output: g("decoder.output"),
    },
  };
}
