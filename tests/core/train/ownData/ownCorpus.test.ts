import { describe, expect, it } from "vitest";
import { corpusPairs } from "../../../../src/core/train/corpus.ts";
import { buildOwnCorpus, describeOwnDataProblem, OWN_DATA_DEFAULTS, type OwnCorpusResult } from "../../../../src/core/train/ownCorpus.ts";
import { MAX_CORPUS_BYTES, readPairText, type OwnDataProblem } from "../../../../src/core/train/pairFile.ts";
import { heldOutSplit } from "../../../../src/core/train/split.ts";
import { buildVocab } from "../../../../src/core/train/vocab.ts";

const utf8 = (s: string) => new TextEncoder().encode(s);
const opts = { ...OWN_DATA_DEFAULTS };
const TSV = ["Go.\tVa !\tCC-BY 2.0 (France) Attribution: tatoeba.org #2877272 (CM) & #1158250 (Wittydev)", "Hi.\tSalut !", "Run!\tCours !", "", "Who?\tQui ?", "Wow!\tÇa alors !", "Fire!\tAu feu !", "Help!\tÀ l'aide !", "Jump.\tSaute.", "Stop!\tÇa suffit !", "Wait!\tAttends !"].join("\r\n");

function problemOf(result: OwnCorpusResult): OwnDataProblem {
  if (result.ok) throw new Error("expected a problem");
  return result.problem;
}

describe("buildOwnCorpus", () => {
  it("buildOwnCorpus reads a Tatoeba file: attribution ignored, blank and CRLF lines handled, 10 % held out", () => {
    const r = buildOwnCorpus(utf8(`\ufeff${TSV}\r\n`), opts, "fra.txt");
    if (!r.ok) throw new Error(describeOwnDataProblem(r.problem));
    expect(r.stats).toMatchObject({ read: 10, tooLong: 0, overMax: 0, train: 9, heldOut: 1 });
    const all = [...r.corpus.train, ...r.corpus.heldOut].map((s) => s.source);
    expect(all).toContain("go .");
    expect(r.corpus.sourceVocab.slice(0, 3)).toEqual(["<sos>", "<eos>", "<unk>"]);
    // Every sentence reads back as ids through the tokenizer, which refuses unknown words.
    expect(corpusPairs(r.corpus, [...r.corpus.train, ...r.corpus.heldOut])).toHaveLength(10);
  });

  it("buildOwnCorpus builds the vocabularies from the training split and writes rare words as <unk>", () => {
    const text = ["a b\tx y", "a c\tx z", "a b\tx y", "a d\tx w"].join("\n");
    const r = buildOwnCorpus(text, { ...opts, minCount: 2, seed: 3 }, "pasted");
    if (!r.ok) throw new Error("expected a corpus");
    const trainWords = r.corpus.train.flatMap((s) => s.source.split(" "));
    expect(r.corpus.sourceVocab[3]).toBe("a");
    for (const w of r.corpus.sourceVocab.slice(3)) expect(trainWords.filter((x) => x === w).length).toBeGreaterThanOrEqual(2);
    expect([...r.corpus.train, ...r.corpus.heldOut].some((s) => s.source.includes("<unk>"))).toBe(true);
    expect(r.stats.unknown).toBeGreaterThan(0);
  });

  it("buildOwnCorpus leaves out pairs longer than maxTokens and keeps the first maxPairs", () => {
    const text = ["one two three\ta", "one\ta", "two\tb", "three\tc", "four\td"].join("\n");
    const r = buildOwnCorpus(text, { ...opts, maxTokens: 2, maxPairs: 3 }, "x");
    if (!r.ok) throw new Error("expected a corpus");
    expect(r.stats).toMatchObject({ read: 5, tooLong: 1, overMax: 1, train: 2, heldOut: 1 });
  });

  it("buildOwnCorpus is deterministic: the same seed gives the same corpus, another seed another split", () => {
    const text = Array.from({ length: 60 }, (_, i) => `w${i} x\ty${i} z`).join("\n");
    const a = buildOwnCorpus(text, { ...opts, seed: 7 }, "x");
    const b = buildOwnCorpus(text, { ...opts, seed: 7 }, "x");
    const c = buildOwnCorpus(text, { ...opts, seed: 8 }, "x");
    expect(a).toEqual(b);
    if (!a.ok || !c.ok) throw new Error("expected corpora");
    // Held-out words are unseen in training (all <unk>), so the training sentences show the split.
    expect(c.corpus.train).not.toEqual(a.corpus.train);
  });
});

describe("buildOwnCorpus refuses bad input, naming the line", () => {
  it("a byte sequence that is not UTF-8", () => {
    const bytes = new Uint8Array([...utf8("a\tb\nc\td\n"), 0x63, 0xff, 0x09, 0x64, 0x0a]);
    const p = problemOf(buildOwnCorpus(bytes, opts, "x"));
    expect(p).toEqual({ kind: "notUtf8", line: 3 });
    expect(describeOwnDataProblem(p)).toBe("Line 3 is not UTF-8 text; save the file as UTF-8.");
  });

  it("a line without a tab", () => {
    const p = problemOf(buildOwnCorpus(utf8("a\tb\n\nno tab here\n"), opts, "x"));
    expect(p).toEqual({ kind: "noTab", line: 3 });
    expect(describeOwnDataProblem(p)).toBe("Line 3 has no tab: each line must be source<TAB>target.");
  });

  it("an empty side, or one of nothing but an apostrophe", () => {
    expect(problemOf(buildOwnCorpus("a\tb\n \tb", opts, "x"))).toEqual({ kind: "emptySide", line: 2, side: "source" });
    expect(problemOf(buildOwnCorpus("a\t \tattribution", opts, "x"))).toEqual({ kind: "emptySide", line: 1, side: "target" });
    const p = problemOf(buildOwnCorpus("a\tb\nc\t'", opts, "x"));
    expect(p).toEqual({ kind: "emptySide", line: 2, side: "target" });
    expect(describeOwnDataProblem(p)).toBe("Line 2: the target sentence is empty.");
  });

  it("a file over the size limit, before reading a line", () => {
    let lines = 0;
    const p = readPairText("a".repeat(MAX_CORPUS_BYTES + 1), () => (lines++, null));
    expect(p).toEqual({ kind: "tooLarge", bytes: MAX_CORPUS_BYTES + 1, limit: MAX_CORPUS_BYTES });
    expect(lines).toBe(0);
    expect(problemOf(buildOwnCorpus(new Uint8Array(MAX_CORPUS_BYTES + 1), opts, "x")).kind).toBe("tooLarge");
    expect(describeOwnDataProblem(p!)).toBe("The file is 50.0 MB; files over 50.0 MB are refused.");
  });

  it("a vocabulary over the limit", () => {
    const text = Array.from({ length: 6000 }, (_, i) => `w${i}\tt`).join("\n");
    const p = problemOf(buildOwnCorpus(text, { ...opts, maxPairs: 6000 }, "x"));
    expect(p).toMatchObject({ kind: "vocabTooLarge", side: "source", limit: 5000, minCount: 1 });
    expect(describeOwnDataProblem(p)).toMatch(/^The source vocabulary has 5\d\d\d words, over the limit of 5000; raise the minimum count \(now 1\)/);
  });

  it("no pairs (or only one) left after filtering", () => {
    const p = problemOf(buildOwnCorpus("a b c\td\ne f g\th", { ...opts, maxTokens: 2 }, "x"));
    expect(p).toEqual({ kind: "noPairs", kept: 0, read: 2, maxTokens: 2 });
    expect(describeOwnDataProblem(p)).toBe("No pairs are left after filtering (2 read, at most 2 tokens a side); at least 2 are needed, one to train on and one to hold out.");
    expect(problemOf(buildOwnCorpus("a\tb", opts, "x"))).toMatchObject({ kind: "noPairs", kept: 1 });
    expect(problemOf(buildOwnCorpus("", opts, "x"))).toMatchObject({ kind: "noPairs", kept: 0, read: 0 });
  });
});

describe("buildVocab and heldOutSplit", () => {
  it("buildVocab puts the specials first, then words by count, ties in the order first seen", () => {
    expect(buildVocab([["b", "a", "c"], ["a", "c", "d"], ["c"]], 1)).toEqual(["<sos>", "<eos>", "<unk>", "c", "a", "b", "d"]);
    expect(buildVocab([["b", "a", "c"], ["a", "c", "d"], ["c"]], 2)).toEqual(["<sos>", "<eos>", "<unk>", "c", "a"]);
  });

  it("heldOutSplit holds out 10 % (at least one), the same for the same seed, ascending, covering every index once", () => {
    const a = heldOutSplit(100, 1);
    expect(a).toEqual(heldOutSplit(100, 1));
    expect(a.heldOut).toHaveLength(10);
    expect(heldOutSplit(100, 2).heldOut).not.toEqual(a.heldOut);
    expect([...a.train, ...a.heldOut].sort((x, y) => x - y)).toEqual(Array.from({ length: 100 }, (_, i) => i));
    expect(a.heldOut).toEqual([...a.heldOut].sort((x, y) => x - y));
    expect(heldOutSplit(2, 1).heldOut).toHaveLength(1);
    expect(() => heldOutSplit(1, 1)).toThrow(RangeError);
  });
});
