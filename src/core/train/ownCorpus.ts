// A reader's own sentence pairs as a Corpus the trainers read (docs/corpus.md, "Your own sentence
// pairs"): read the pair file (pairFile.ts), normalise both sides (normalize.ts), keep pairs of at
// most maxTokens tokens a side (the first maxPairs of them), hold out a seeded split (split.ts), build
// both vocabularies from the training split with a minimum count (vocab.ts). Sentences are stored
// as their tokens joined by spaces, rare words as <unk>, so corpusPairs reads them back unchanged.
// Only the kept tokens are held, never the file's text.

import type { Corpus, CorpusSentence } from "./corpus.ts";
import { normalizeSentence } from "./normalize.ts";
import { readPairBytes, readPairText, type OwnDataProblem } from "./pairFile.ts";
import { heldOutSplit } from "./split.ts";
import { buildVocab, withUnknown } from "./vocab.ts";

export interface OwnDataOptions {
  /** Pairs with more tokens than this on either side are left out. */
  readonly maxTokens: number;
  /** Words seen fewer times than this in the training split read as <unk>. */
  readonly minCount: number;
  readonly foldAccents: boolean;
  /** Only the first maxPairs pairs that pass the length filter are kept. */
  readonly maxPairs: number;
  /** Seeds the held-out split. */
  readonly seed: number;
}

export const OWN_DATA_DEFAULTS: OwnDataOptions = { maxTokens: 10, minCount: 1, foldAccents: false, maxPairs: 10_000, seed: 1 };

/** The ranges of the numeric options, and the largest vocabulary (specials included) either side may have. */
export const OWN_DATA_LIMITS = { maxTokens: [1, 50], minCount: [1, 1000], maxPairs: [2, 50_000], vocab: 5000 } as const;

export interface OwnCorpusStats {
  /** Pairs read from the file (lines with a pair). */
  readonly read: number;
  readonly tooLong: number;
  /** Pairs past maxPairs, left out. */
  readonly overMax: number;
  readonly train: number;
  readonly heldOut: number;
  /** Vocabulary sizes with the three special tokens. */
  readonly sourceVocab: number;
  readonly targetVocab: number;
  /** Words of the two splits read as <unk> (below minCount, or seen only in the held-out split). */
  readonly unknown: number;
}

export type OwnCorpusResult = { readonly ok: true; readonly corpus: Corpus; readonly stats: OwnCorpusStats } | { readonly ok: false; readonly problem: OwnDataProblem };

type Tokens = readonly [readonly string[], readonly string[]];

/** The corpus of a pair file's bytes (strict UTF-8) or of pasted text, named `name`. */
export function buildOwnCorpus(input: Uint8Array | string, options: OwnDataOptions, name: string): OwnCorpusResult {
  const kept: Tokens[] = [];
  let read = 0;
  let tooLong = 0;
  let overMax = 0;
  const sink = (line: number, source: string, target: string): OwnDataProblem | null => {
    read++;
    const s = normalizeSentence(source, options);
    const t = normalizeSentence(target, options);
    // A side of marks the normaliser drops (a lone apostrophe) is as empty as a blank one.
    if (s.length === 0) return { kind: "emptySide", line, side: "source" };
    if (t.length === 0) return { kind: "emptySide", line, side: "target" };
    if (s.length > options.maxTokens || t.length > options.maxTokens) tooLong++;
    else if (kept.length < options.maxPairs) kept.push([s, t]);
    else overMax++;
    return null;
  };
  const problem = typeof input === "string" ? readPairText(input, sink) : readPairBytes(input, sink);
  if (problem) return { ok: false, problem };
  if (kept.length < 2) return { ok: false, problem: { kind: "noPairs", kept: kept.length, read, maxTokens: options.maxTokens } };

  const split = heldOutSplit(kept.length, options.seed);
  const trainTokens = split.train.map((i) => kept[i]!);
  const vocabs = [0, 1].map((side) => buildVocab(trainTokens.map((p) => p[side]!), options.minCount));
  for (const [side, vocab] of vocabs.entries()) {
    if (vocab.length > OWN_DATA_LIMITS.vocab) return { ok: false, problem: { kind: "vocabTooLarge", side: side === 0 ? "source" : "target", size: vocab.length, limit: OWN_DATA_LIMITS.vocab, minCount: options.minCount } };
  }
  const known = vocabs.map((v) => new Set(v));
  let unknown = 0;
  const sentence = ([s, t]: Tokens): CorpusSentence => {
    const [source, target] = [withUnknown(s, known[0]!), withUnknown(t, known[1]!)];
    unknown += source.filter((w, i) => w !== s[i]).length + target.filter((w, i) => w !== t[i]).length;
    return { source: source.join(" "), target: target.join(" ") };
  };
  const corpus: Corpus = {
    name,
    description: `Own sentence pairs from ${name}`,
    sourceLanguage: "source",
    targetLanguage: "target",
    sourceVocab: vocabs[0]!,
    targetVocab: vocabs[1]!,
    train: split.train.map((i) => sentence(kept[i]!)),
    heldOut: split.heldOut.map((i) => sentence(kept[i]!)),
  };
  const stats: OwnCorpusStats = { read, tooLong, overMax, train: corpus.train.length, heldOut: corpus.heldOut.length, sourceVocab: vocabs[0]!.length, targetVocab: vocabs[1]!.length, unknown };
  return { ok: true, corpus, stats };
}

/** The problem in English (the command line's words; the page has both languages). */
export function describeOwnDataProblem(p: OwnDataProblem): string {
  const mb = (n: number) => `${(n / 1e6).toFixed(1)} MB`;
  switch (p.kind) {
    case "tooLarge":
      return `The file is ${mb(p.bytes)}; files over ${mb(p.limit)} are refused.`;
    case "notUtf8":
      return `Line ${p.line} is not UTF-8 text; save the file as UTF-8.`;
    case "noTab":
      return `Line ${p.line} has no tab: each line must be source<TAB>target.`;
    case "emptySide":
      return `Line ${p.line}: the ${p.side} sentence is empty.`;
    case "vocabTooLarge":
      return `The ${p.side} vocabulary has ${p.size} words, over the limit of ${p.limit}; raise the minimum count (now ${p.minCount}) or lower the maximum length or number of pairs.`;
    case "noPairs":
      return `${p.kept === 0 ? "No pairs are" : "Only 1 pair is"} left after filtering (${p.read} read, at most ${p.maxTokens} tokens a side); at least 2 are needed, one to train on and one to hold out.`;
  }
}
