// Held-out scores of a trained model from one greedy translation per pair: exact match (the share of
// sentences translated exactly, evaluate's sentence accuracy) and corpus BLEU-4 (bleu.ts) over the
// token ids, <eos> excluded.

import type { Seq2SeqModel } from "../model.ts";
import type { Pair } from "../teacherForcing.ts";
import { corpusBleu, type Bleu } from "./bleu.ts";
import { greedyFor, isExact } from "./evaluate.ts";

export interface TranslationScores {
  readonly exactMatch: number;
  readonly bleu: Bleu;
  readonly sentences: number;
}

/** Exact match and corpus BLEU of the greedy translations of `pairs` (not empty). */
export function translationScores(model: Seq2SeqModel, pairs: readonly Pair[]): TranslationScores {
  if (pairs.length === 0) throw new RangeError("translationScores: expected at least one sentence pair");
  const hypotheses: number[][] = [];
  let exact = 0;
  for (const pair of pairs) {
    // As translatesExactly decodes, so exactMatch equals evaluate's sentence accuracy.
    const out = greedyFor(model, pair);
    hypotheses.push(out.ids);
    if (isExact(out, pair.target)) exact++;
  }
  return { exactMatch: exact / pairs.length, bleu: corpusBleu(hypotheses, pairs.map((p) => p.target)), sentences: pairs.length };
}
