// Token embeddings scaled by √d_model plus the positional encoding: X = E[ids] · √d_model + PE.
// The √d_model factor follows Vaswani et al. 2017, §3.4 (this core always applies it); seed 004
// calls the result the encoder (or decoder) input.

import type { Embedding } from "../model.ts";
import type { Mat } from "../tensor.ts";
import { gatherRows, matAdd, matScale, matZeros } from "./matrix.ts";
import { positionalEncoding } from "./positional.ts";

/** X = E[ids] · √d_model + PE, with its parts. Shapes: T ids; E_rows, PE, X: T × d_model. */
export interface EmbeddingRecord {
  readonly formula: "tf.embed";
  readonly ids: readonly number[];
  readonly tokens: readonly string[];
  /** The looked-up rows E[ids], before scaling. */
  readonly E_rows: Mat;
  /** √d_model. */
  readonly scale: number;
  readonly PE: Mat;
  readonly X: Mat;
}

/** Embeds token ids of one vocabulary. Shape: T ids → X: T × d_model. */
export function embed(table: Embedding, ids: readonly number[]): EmbeddingRecord {
  const d = table.embeddings.cols;
  const E_rows = gatherRows(table.embeddings, ids);
  const scale = Math.sqrt(d);
  const PE = positionalEncoding(ids.length, d);
  const X = matAdd(matScale(E_rows, scale), PE);
  return { formula: "tf.embed", ids: [...ids], tokens: ids.map((i) => table.vocab[i]!), E_rows, scale, PE, X };
}

/** ∂loss/∂E: row ids[t] gathers √d_model · ∂loss/∂X_t (PE has no parameters). Shape: V × d_model. */
export function embedBackward(rec: EmbeddingRecord, dX: Mat, vocabSize: number): Mat {
  const d = dX.cols;
  const dE = matZeros(vocabSize, d);
  rec.ids.forEach((id, t) => {
    for (let j = 0; j < d; j++) dE.data[id * d + j]! += rec.scale * dX.data[t * d + j]!;
  });
  return dE;
}
