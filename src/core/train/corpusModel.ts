// The untrained model a corpus is trained from: a recipe's architecture (recipe.ts) at a given state
// width, with the corpus's vocabularies, and room to translate its longest target sentence (the
// default greedy limit of 12 tokens is kept when that suffices, so the bundled corpora's models are
// unchanged). The training page and `npm run train -- --corpus` both start here.

import { createModel, DEFAULT_DECODING, type ModelConfig } from "../init.ts";
import type { Seq2SeqModel } from "../model.ts";
import { createRng } from "../rng.ts";
import { tokenize } from "../tokenizer.ts";
import { fullCorpus, type Corpus } from "./corpus.ts";
import type { Recipe } from "./recipe.ts";

export interface CorpusModelOptions {
  /** The encoder's output width h_j: split between the two directions of a bidirectional encoder. */
  readonly hidden: number;
  readonly seed: number;
  readonly name: string;
  readonly description: string;
}

/** Tokens in the longest target sentence of both splits. */
function longestTarget(corpus: Corpus): number {
  let longest = 0;
  for (const s of [...corpus.train, ...corpus.heldOut]) longest = Math.max(longest, tokenize(s.target, corpus.targetVocab).length);
  return longest;
}

/** The recipe's architecture on the corpus (its extension included), drawn from `seed`. */
export function corpusModel(architecture: Recipe["model"], corpus: Corpus, options: CorpusModelOptions): Seq2SeqModel {
  const full = fullCorpus(corpus);
  const bi = architecture.encoder.bidirectional;
  const n = bi ? Math.max(1, Math.round(options.hidden / 2)) : options.hidden;
  const needed = longestTarget(full) + 1;
  const config: ModelConfig = {
    ...architecture,
    name: options.name,
    description: options.description,
    sourceVocab: full.sourceVocab,
    targetVocab: full.targetVocab,
    encoder: { ...architecture.encoder, hidden: n },
    decoder: { ...architecture.decoder, hidden: bi ? 2 * n : n },
    ...(needed > DEFAULT_DECODING.maxLength ? { decoding: { maxLength: Math.min(200, needed) } } : {}),
  };
  return createModel(config, createRng(options.seed));
}
