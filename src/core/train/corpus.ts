// A parallel corpus as the project stores it (public/corpus/*.json, docs/corpus.md): vocabularies with
// the special tokens first, and sentence pairs split into training and held-out sets. `corpusPairs`
// turns sentences into token ids with the lessons' tokenizer and refuses any word it does not know.

import type { Pair } from "../grad/loss.ts";
import { tokenize } from "../tokenizer.ts";

export interface CorpusSentence {
  readonly source: string;
  readonly target: string;
}

export interface Corpus {
  readonly name: string;
  readonly description?: string;
  readonly sourceLanguage: string;
  readonly targetLanguage: string;
  /** <sos>, <eos>, <unk>, then the words. */
  readonly sourceVocab: readonly string[];
  readonly targetVocab: readonly string[];
  readonly train: readonly CorpusSentence[];
  readonly heldOut: readonly CorpusSentence[];
}

/** Token ids of one sentence; throws a RangeError naming the first word the vocabulary lacks. */
export function sentenceIds(text: string, vocab: readonly string[]): number[] {
  const tokens = tokenize(text, vocab);
  const unknown = tokens.find((t) => t.unknown);
  if (unknown) throw new RangeError(`"${text}": "${unknown.text}" is not in the vocabulary`);
  return tokens.map((t) => t.id);
}

/** The sentences as id pairs (source and target without <sos>/<eos>). Shape: one pair per sentence. */
export function corpusPairs(corpus: Pick<Corpus, "sourceVocab" | "targetVocab">, sentences: readonly CorpusSentence[]): Pair[] {
  return sentences.map((s) => ({ source: sentenceIds(s.source, corpus.sourceVocab), target: sentenceIds(s.target, corpus.targetVocab) }));
}
