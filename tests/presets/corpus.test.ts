// The corpora in public/corpus: vocabularies with the special tokens first, every sentence
// tokenizable with no <unk> and aligned word by word, the held-out split, the word-order extension,
// and the sentences the lessons quote.

import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { corpusPairs, fullCorpus, sentenceIds, type Corpus } from "../../src/core/train/index.ts";
import { tokenize } from "../../src/core/tokenizer.ts";

const read = (name: string): Corpus => JSON.parse(readFileSync(new URL(`../../public/corpus/${name}.json`, import.meta.url), "utf8")) as Corpus;
const stored = { "en-fr": read("en-fr"), "en-zh": read("en-zh") };
const corpora = { "en-fr": fullCorpus(stored["en-fr"]), "en-zh": fullCorpus(stored["en-zh"]) };

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

    it(`corpusPairs(${name}, sentences) reads an alignment for every sentence: one source position per target token, each source word used once (and/et aside)`, () => {
      for (const s of [...corpus.train, ...corpus.heldOut]) {
        const [pair] = corpusPairs(corpus, [s]);
        expect(pair!.alignment, s.source).toHaveLength(pair!.target.length);
        expect(pair!.alignment!.every((j) => j >= 0 && j < pair!.source.length), s.source).toBe(true);
        expect(new Set(pair!.alignment).size, s.source).toBe(pair!.alignment!.length);
      }
    });

    it(`fullCorpus(${name}) appends the extension's words after the core vocabulary and its sentences after the core ones`, () => {
      const core = stored[name as "en-fr" | "en-zh"];
      const e = core.extension!;
      expect(corpus.sourceVocab).toEqual([...core.sourceVocab, ...e.sourceWords]);
      expect(corpus.targetVocab).toEqual([...core.targetVocab, ...e.targetWords]);
      expect(corpus.train).toEqual([...core.train, ...e.train]);
      expect(corpus.heldOut).toEqual([...core.heldOut, ...e.heldOut]);
      expect(e.train.length).toBeGreaterThan(30);
      // The core alone still reads without the extension's words: the Transformer presets were trained on it.
      expect(() => corpusPairs(core, [...core.train, ...core.heldOut])).not.toThrow();
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
    expect(fr.train).toContainEqual({ source: "I love you", target: "Je t'aime", alignment: [1, 3, 2] });
    expect([...fr.train, ...fr.heldOut]).toContainEqual({ source: "You love me", target: "Tu m'aimes", alignment: [1, 3, 2] });
    expect(sentenceIds("Je t'aime", fr.targetVocab).map((id) => fr.targetVocab[id])).toEqual(["je", "t'", "aime"]);
  });

  it("load(\"en-fr\") trains on reordered sentences: adjectives after the noun, 7-word sentences, and lesson 7's “I see the black cat”", () => {
    const fr = corpora["en-fr"];
    expect(fr.train).toContainEqual({ source: "I see the black cat", target: "Je vois le chat noir", alignment: [1, 2, 3, 5, 4] });
    const lengths = [...fr.train, ...fr.heldOut].map((s) => s.source.split(" ").length);
    expect(Math.max(...lengths)).toBe(7);
    expect(lengths.filter((n) => n >= 6).length).toBeGreaterThanOrEqual(30);
    expect(fr.heldOut.filter((s) => s.source.split(" ").length === 7).length).toBeGreaterThanOrEqual(2);
  });

  it("load(\"en-zh\") trains on “I see the cat at home” → “我 在 家 看见 猫”, where place and time come before the verb", () => {
    const zh = corpora["en-zh"];
    expect(zh.train).toContainEqual({ source: "I see the cat at home", target: "我 在 家 看见 猫", alignment: [1, 5, 6, 2, 4] });
    expect(zh.train.filter((s) => / 今天 在 /u.test(s.target)).length).toBeGreaterThanOrEqual(10);
  });

  it("load(\"en-zh\") trains on seed 004's “I love China” → “我 爱 中国”, which also reads unspaced", () => {
    const zh = corpora["en-zh"];
    expect(zh.train).toContainEqual({ source: "I love China", target: "我 爱 中国", alignment: [1, 2, 3] });
    expect(sentenceIds("我爱中国", zh.targetVocab)).toEqual(sentenceIds("我 爱 中国", zh.targetVocab));
    expect(sentenceIds("我们爱中国", zh.targetVocab).map((id) => zh.targetVocab[id])).toEqual(["我们", "爱", "中国"]);
  });

  it("sentenceIds(text, vocab) throws a RangeError naming a word the vocabulary lacks", () => {
    expect(() => sentenceIds("I love Paris", corpora["en-fr"].sourceVocab)).toThrow(/"paris"/);
  });
});
