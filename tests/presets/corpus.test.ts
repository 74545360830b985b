// The corpora in public/corpus: vocabularies with the special tokens first, every sentence
// tokenizable with no <unk>, the held-out split, and the sentences the lessons quote.

import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { corpusPairs, sentenceIds, type Corpus } from "../../src/core/train/index.ts";
import { tokenize } from "../../src/core/tokenizer.ts";

const load = (name: string): Corpus => JSON.parse(readFileSync(new URL(`../../public/corpus/${name}.json`, import.meta.url), "utf8")) as Corpus;
const corpora = { "en-fr": load("en-fr"), "en-zh": load("en-zh") };

describe("the corpora", () => {
  for (const [name, corpus] of Object.entries(corpora)) {
    it(`tokenize(sentence, vocab) reads every sentence of ${name} with no <unk>`, () => {
      for (const s of [...corpus.train, ...corpus.heldOut]) {
        for (const [text, vocab] of [[s.source, corpus.sourceVocab], [s.target, corpus.targetVocab]] as const) {
          const unknown = tokenize(text, vocab).filter((t) => t.unknown);
          expect(unknown.map((t) => t.text), text).toEqual([]);
        }
      }
    });

    it(`corpusPairs(${name}, sentences) uses every vocabulary word in the training split`, () => {
      const pairs = corpusPairs(corpus, corpus.train);
      const seenSource = new Set(pairs.flatMap((p) => p.source));
      const seenTarget = new Set(pairs.flatMap((p) => p.target));
      expect(corpus.sourceVocab.slice(3).filter((_, i) => !seenSource.has(i + 3))).toEqual([]);
      expect(corpus.targetVocab.slice(3).filter((_, i) => !seenTarget.has(i + 3))).toEqual([]);
    });

    it(`load("${name}") gives vocabularies that start with <sos>, <eos>, <unk> and hold no duplicates`, () => {
      for (const vocab of [corpus.sourceVocab, corpus.targetVocab]) {
        expect(vocab.slice(0, 3)).toEqual(["<sos>", "<eos>", "<unk>"]);
        expect(new Set(vocab).size).toBe(vocab.length);
      }
    });

    it(`load("${name}") holds out 10–15 % of the sentences and shares none of them with training`, () => {
      const total = corpus.train.length + corpus.heldOut.length;
      expect(corpus.heldOut.length / total).toBeGreaterThanOrEqual(0.1);
      expect(corpus.heldOut.length / total).toBeLessThanOrEqual(0.15);
      const train = new Set(corpus.train.map((s) => s.source));
      expect(corpus.heldOut.filter((s) => train.has(s.source))).toEqual([]);
      expect(new Set([...corpus.train, ...corpus.heldOut].map((s) => s.source)).size).toBe(total);
    });
  }

  it("load(\"en-fr\") trains on “I love you” → “Je t'aime” and holds “You love me” → “Tu m'aimes”", () => {
    const fr = corpora["en-fr"];
    expect(fr.train).toContainEqual({ source: "I love you", target: "Je t'aime" });
    expect([...fr.train, ...fr.heldOut]).toContainEqual({ source: "You love me", target: "Tu m'aimes" });
    expect(sentenceIds("Je t'aime", fr.targetVocab).map((id) => fr.targetVocab[id])).toEqual(["je", "t'", "aime"]);
  });

  it("load(\"en-zh\") trains on seed 004's “I love China” → “我 爱 中国”, which also reads unspaced", () => {
    const zh = corpora["en-zh"];
    expect(zh.train).toContainEqual({ source: "I love China", target: "我 爱 中国" });
    expect(sentenceIds("我爱中国", zh.targetVocab)).toEqual(sentenceIds("我 爱 中国", zh.targetVocab));
    expect(sentenceIds("我们爱中国", zh.targetVocab).map((id) => zh.targetVocab[id])).toEqual(["我们", "爱", "中国"]);
  });

  it("sentenceIds(text, vocab) throws a RangeError naming a word the vocabulary lacks", () => {
    expect(() => sentenceIds("I love Paris", corpora["en-fr"].sourceVocab)).toThrow(/"paris"/);
  });
});
