// A seeded tiny Transformer: every matrix (embeddings included) Glorot uniform (glorot.ts), W ~ U(−l, l) with
// l = √(6 / (fan_in + fan_out)) (Glorot & Bengio 2010); biases and β zero, γ one. Parameters are
// drawn in the order of transformerShapesFor, so the same config and seed give the same model.

import { type Param, type ParamShape, SPECIAL_TOKENS, type VocabConfig } from "../model.ts";
import type { Rng } from "../rng.ts";
import type { Mat, Vec } from "../tensor.ts";
import { glorotMat } from "../glorot.ts";
import { transformerShapesFor } from "./shapes.ts";
import type { AttentionParams, DecoderLayerParams, EncoderLayerParams, FeedForwardParams, LayerNormParams, TransformerModel } from "./types.ts";

/** A tiny Transformer's sizes; <sos>, <eos> and <unk> are put first in a vocabulary that lacks them. */
export interface TransformerConfig extends VocabConfig {
  readonly d_model: number;
  /** h, which must divide d_model. */
  readonly heads: number;
  readonly d_ff: number;
  /** N, for the encoder and the decoder alike (default 1). */
  readonly layers?: number;
  /** Greedy decoding's length limit (default 12). */
  readonly maxLength?: number;
}

function withSpecials(vocab: readonly string[]): string[] {
  const missing = [SPECIAL_TOKENS.sos, SPECIAL_TOKENS.eos, SPECIAL_TOKENS.unk].filter((t) => !vocab.includes(t));
  return [...missing, ...vocab];
}

type Drawn = ReadonlyMap<string, Param>;

/** Every parameter of the table, drawn in table order: Glorot matrices, γ = 1, other vectors 0. */
function draw(shapes: readonly ParamShape[], rng: Rng): Drawn {
  const drawn = new Map<string, Param>();
  for (const s of shapes) {
    if (s.cols !== undefined) drawn.set(s.path, glorotMat(s.rows, s.cols, rng));
    else drawn.set(s.path, new Float64Array(s.rows).fill(s.name === "gamma" ? 1 : 0));
  }
  return drawn;
}

/** The encoder and decoder layers, built from the drawn parameters by path. */
function layersOf(drawn: Drawn, layers: number): { encoder: EncoderLayerParams[]; decoder: DecoderLayerParams[] } {
  const mat = (path: string): Mat => drawn.get(path) as Mat;
  const vec = (path: string): Vec => drawn.get(path) as Vec;
  const att = (p: string): AttentionParams => ({ W_Q: mat(`${p}.W_Q`), W_K: mat(`${p}.W_K`), W_V: mat(`${p}.W_V`), W_O: mat(`${p}.W_O`) });
  const norm = (p: string): LayerNormParams => ({ gamma: vec(`${p}.gamma`), beta: vec(`${p}.beta`) });
  const ffn = (p: string): FeedForwardParams => ({ W_1: mat(`${p}.W_1`), b_1: vec(`${p}.b_1`), W_2: mat(`${p}.W_2`), b_2: vec(`${p}.b_2`) });
  const encoder: EncoderLayerParams[] = [];
  const decoder: DecoderLayerParams[] = [];
  for (let l = 0; l < layers; l++) {
    const e = `encoder.${l}`;
    encoder.push({ selfAttention: att(`${e}.selfAttention`), norm1: norm(`${e}.norm1`), ffn: ffn(`${e}.ffn`), norm2: norm(`${e}.norm2`) });
    const d = `decoder.${l}`;
    decoder.push({
      selfAttention: att(`${d}.selfAttention`),
      norm1: norm(`${d}.norm1`),
      crossAttention: att(`${d}.crossAttention`),
      norm2: norm(`${d}.norm2`),
      ffn: ffn(`${d}.ffn`),
      norm3: norm(`${d}.norm3`),
    });
  }
  return { encoder, decoder };
}

/** A fresh model. Throws a RangeError when h does not divide d_model or a size is not a positive integer. */
export function createTransformer(config: TransformerConfig, rng: Rng): TransformerModel {
  const layers = config.layers ?? 1;
  for (const [k, n] of Object.entries({ d_model: config.d_model, heads: config.heads, d_ff: config.d_ff, layers })) {
    if (!Number.isInteger(n) || n < 1) throw new RangeError(`createTransformer: ${k} must be a positive integer, got ${n}`);
  }
  if (config.d_model % config.heads !== 0) throw new RangeError(`createTransformer: heads ${config.heads} must divide d_model ${config.d_model}`);
  const sourceVocab = withSpecials(config.sourceVocab);
  const targetVocab = withSpecials(config.targetVocab);
  const dims = { d_model: config.d_model, d_ff: config.d_ff, sourceVocab: sourceVocab.length, targetVocab: targetVocab.length, encoderLayers: layers, decoderLayers: layers };
  const drawn = draw(transformerShapesFor(dims), rng);
  return {
    kind: "transformer",
    name: config.name,
    ...(config.description !== undefined ? { description: config.description } : {}),
    source: { vocab: sourceVocab, embeddings: drawn.get("source.embeddings") as Mat },
    target: { vocab: targetVocab, embeddings: drawn.get("target.embeddings") as Mat },
    d_model: config.d_model,
    heads: config.heads,
    d_ff: config.d_ff,
    ...layersOf(drawn, layers),
    output: { W_out: drawn.get("output.W_out") as Mat, b_out: drawn.get("output.b_out") as Vec },
    maxLength: config.maxLength ?? 12,
  };
}
