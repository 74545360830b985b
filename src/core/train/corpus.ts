// A parallel corpus as the project stores it (public/corpus/*.json, docs/corpus.md): vocabularies with
// the special tokens first, and sentence pairs split into training and held-out sets, each pair with
// its word alignment. The core sentences may be followed by an extension (more words, more pairs);
// `fullCorpus` joins the two. `corpusPairs` turns sentences into token ids with the lessons'
// tokenizer and refuses any word it does not know.

import type { Pair } from "../teacherForcing.ts";
import { tokenize } from "../tokenizer.ts";

export interface CorpusSentence {
  readonly source: string;
  readonly target: string;
  /** For each target token, the 1-based position of the source word it translates (0: none). */
  readonly alignment?: readonly number[];
}

/** Sentences and words added after a corpus's core ones (the word-order sentences of docs/corpus.md). */
export interface CorpusExtension {
  readonly description?: string;
  /** Words appended to the core vocabularies, in id order. */
  readonly sourceWords: readonly string[];
  readonly targetWords: readonly string[];
  readonly train: readonly CorpusSentence[];
  readonly heldOut: readonly CorpusSentence[];
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
  /** Read only through fullCorpus; the core alone is what the Transformer presets were trained on. */
  readonly extension?: CorpusExtension;
}

/** The corpus with its extension joined on: vocabularies and both splits, core first. */
export function fullCorpus(corpus: Corpus): Corpus {
  const { extension: e, ...core } = corpus;
  if (!e) return core;
  return {
    ...core,
    sourceVocab: [...core.sourceVocab, ...e.sourceWords],
    targetVocab: [...core.targetVocab, ...e.targetWords],
    train: [...core.train, ...e.train],
    heldOut: [...core.heldOut, ...e.heldOut],
  };
}

/** Token ids of one sentence; throws a RangeError naming the first word the vocabulary lacks. */
export function sentenceIds(text: string, vocab: readonly string[]): number[] {
  const tokens = tokenize(text, vocab);
  const unknown = tokens.find((t) => t.unknown);
  if (unknown) throw new RangeError(`"${text}": "${unknown.text}" is not in the vocabulary`);
  return tokens.map((t) => t.id);
}

/**
 * The sentences as id pairs (source and target without <sos>/<eos>), with the alignment as 0-based
 * source indices (−1: none) when the sentence has one. Shape: one pair per sentence.
 */
export function corpusPairs(corpus: Pick<Corpus, "sourceVocab" | "targetVocab">, sentences: readonly CorpusSentence[]): Pair[] {
  return sentences.map((s) => {
    const source = sentenceIds(s.source, corpus.sourceVocab);
    const target = sentenceIds(s.target, corpus.targetVocab);
    if (!s.alignment) return { source, target };
    if (s.alignment.length !== target.length || s.alignment.some((j) => !Number.isInteger(j) || j < 0 || j > source.length)) {
      throw new RangeError(`"${s.source}" → "${s.target}": the alignment needs one source position (1 to ${source.length}, or 0) per target token`);
    }
    return { source, target, alignment: s.alignment.map((j) => j - 1) };
  });
}
