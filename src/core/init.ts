// Seeded initialisation of a whole model: Glorot (Xavier) uniform matrices (glorot.ts), W ~ U(−l, l) with
// l = √(6 / (fan_in + fan_out)) (Glorot & Bengio 2010), embeddings N(0, 1)·scale, zero biases except
// the LSTM forget bias b_f = 1. Shapes come from `paramShapes`; same config and seed ⇒ same model.

import {
  type AttentionSpec,
  type CellKind,
  type ContextMap,
  type DecoderInit,
  type DecoderVariant,
  type DecodingOptions,
  type Param,
  type ParamShape,
  type Params,
  type QueryKind,
  type ScoreKind,
  type Seq2SeqModel,
  type VocabConfig,
  paramShapes,
} from "./model.ts";
import type { Rng } from "./rng.ts";
import type { Mat } from "./tensor.ts";
import { glorot, glorotMat } from "./glorot.ts";

/** What a model is made of, without its numbers. The source vocabulary must hold <sos>, <eos> and <unk>. */
export interface ModelConfig extends VocabConfig {
  /** Embedding widths d_x (source) and d_y (target). */
  readonly d_x: number;
  readonly d_y: number;
  /** Standard deviation of the embeddings (default 1). */
  readonly embeddingScale?: number;
  readonly encoder: {
    readonly cell: CellKind;
    /** n, per direction. */
    readonly hidden: number;
    readonly bidirectional: boolean;
    readonly context: ContextMap;
  };
  readonly decoder: {
    readonly cell: CellKind;
    readonly hidden: number;
    readonly variant: DecoderVariant;
    readonly init: DecoderInit;
    /** Read only when variant is "attention" (default: dot score, previous-state query). */
    readonly attention?: {
      readonly score: ScoreKind;
      readonly query: QueryKind;
      /** additive only: the width a of W_s, W_h and v (default: the decoder's hidden width). */
      readonly width?: number;
      /** additive only: add the biases b_s, b_h, b_v (initialised to 0), as PyTorch's Linear layers have. */
      readonly bias?: boolean;
    };
  };
  /** Missing fields take DEFAULT_DECODING's values. */
  readonly decoding?: Partial<DecodingOptions>;
  readonly meta?: Readonly<Record<string, unknown>>;
}

/** Greedy decoding, at most 12 tokens: what a model gets when it names nothing else. */
export const DEFAULT_DECODING: DecodingOptions = { strategy: "greedy", temperature: 1, seed: 0, maxLength: 12 };

/** A fresh model for `config`, drawing every number from `rng` in `paramShapes` order. */
export function createModel(config: ModelConfig, rng: Rng): Seq2SeqModel {
  const sizes = { d_x: config.d_x, d_y: config.d_y, "encoder.hidden": config.encoder.hidden, "decoder.hidden": config.decoder.hidden };
  for (const [what, n] of Object.entries(sizes)) {
    if (!Number.isInteger(n) || n < 1) throw new RangeError(`createModel: ${what} must be a positive integer, got ${n}`);
  }
  const skeleton = skeletonModel(config);
  const scale = config.embeddingScale ?? 1;
  const values = new Map<string, Param>();
  for (const shape of paramShapes(skeleton)) values.set(shape.path, initParam(shape, rng, scale));
  const group = (prefix: string): Params => {
    const out: Record<string, Param> = {};
    for (const [path, p] of values) if (path.startsWith(`${prefix}.`) && !path.slice(prefix.length + 1).includes(".")) out[path.slice(prefix.length + 1)] = p;
    return out;
  };
  const { encoder: e, decoder: d } = skeleton;
  return {
    ...skeleton,
    source: { vocab: skeleton.source.vocab, embeddings: values.get("source.embeddings") as Mat },
    target: { vocab: skeleton.target.vocab, embeddings: values.get("target.embeddings") as Mat },
    encoder: { ...e, weights: group("encoder.weights"), ...(e.bidirectional ? { backwardWeights: group("encoder.backwardWeights") } : {}) },
    decoder: {
      ...d,
      weights: group("decoder.weights"),
      ...(d.attention ? { attention: { ...d.attention, weights: group("decoder.attention.weights") } } : {}),
      output: group("decoder.output"),
    },
  };
}

/** The model with empty parameters: enough for `paramShapes` to read every width. */
function skeletonModel(config: ModelConfig): Seq2SeqModel {
  const { encoder: e, decoder: d } = config;
  const emptyMat = (rows: number, cols: number): Mat => ({ rows, cols, data: new Float64Array(rows * cols) });
  let attention: AttentionSpec | undefined;
  if (d.variant === "attention") {
    const a = d.attention ?? { score: "dot", query: "previous" };
    // paramShapes reads the additive width from v, so the skeleton carries a v of that width.
    const biases: Params = a.score === "additive" && a.bias ? { b_s: new Float64Array(0), b_h: new Float64Array(0), b_v: new Float64Array(1) } : {};
    const weights: Params = a.score === "additive" ? { v: new Float64Array(a.width ?? d.hidden), ...biases } : {};
    attention = { score: a.score, query: a.query, weights };
  }
  return {
    name: config.name,
    ...(config.description !== undefined ? { description: config.description } : {}),
    source: { vocab: [...config.sourceVocab], embeddings: emptyMat(config.sourceVocab.length, config.d_x) },
    target: { vocab: [...config.targetVocab], embeddings: emptyMat(config.targetVocab.length, config.d_y) },
    encoder: { cell: e.cell, hidden: e.hidden, bidirectional: e.bidirectional, context: e.context, weights: {} },
    decoder: { cell: d.cell, hidden: d.hidden, variant: d.variant, init: d.init, weights: {}, ...(attention ? { attention } : {}), output: {} },
    decoding: { ...DEFAULT_DECODING, ...config.decoding },
    ...(config.meta !== undefined ? { meta: { ...config.meta } } : {}),
  };
}

/** One parameter's initial values. Shapes: rows × cols for matrices, rows for vectors. */
function initParam(shape: ParamShape, rng: Rng, scale: number): Param {
  const { name, rows, cols } = shape;
  if (name === "E_src" || name === "E_tgt") {
    const data = new Float64Array(rows * cols!);
    for (let i = 0; i < data.length; i++) data[i] = rng.normal() * scale;
    return { rows, cols: cols!, data };
  }
  if (cols !== undefined) return glorotMat(rows, cols, rng);
  // Additive attention's v maps a vector of width a to one score: a 1 × a matrix stored as a vector.
  if (name === "v") return glorot(rows, rows, 1, rng);
  // A forget bias of 1 gives f_t = σ(1) ≈ 0.73 from the start, so the memory cell stays open and
  // gradients reach early time steps before training has learned when to forget (Jozefowicz et al. 2015).
  return new Float64Array(rows).fill(name === "b_f" ? 1 : 0);
}
