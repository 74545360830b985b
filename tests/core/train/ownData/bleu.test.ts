import { describe, expect, it } from "vitest";
import { corpusBleu } from "../../../../src/core/train/bleu.ts";

const words = (s: string) => s.split(" ").filter((w) => w !== "");

describe("corpusBleu", () => {
  it("corpusBleu(refs, refs) is 1 for translations identical to their references", () => {
    const refs = [words("je t' aime ."), words("il voit le chat noir")];
    const r = corpusBleu(refs, refs);
    expect(r.bleu).toBe(1);
    expect(r.brevityPenalty).toBe(1);
  });

  it("corpusBleu pools clipped n-gram counts over the corpus (worked example)", () => {
    // Sentence 1: hyp "the cat sat on the mat", ref "the cat is on the mat".
    //   1-grams: the ×2 (ref has 2), cat, on, mat match, sat does not → 5 of 6
    //   2-grams: "the cat", "on the", "the mat" match; "cat sat", "sat on" do not → 3 of 5
    //   3-grams: only "on the mat" → 1 of 4;  4-grams: none → 0 of 3
    // Sentence 2: hyp = ref = "a b c d" → 4/4, 3/3, 2/2, 1/1.
    // Pooled: p = 9/10, 6/8, 3/6, 1/4; c = r = 10, so BP = exp(1 − 10/10) = 1;
    // BLEU = (0.9 · 0.75 · 0.5 · 0.25)^(1/4) = 0.084375^(1/4) ≈ 0.538956.
    const r = corpusBleu([words("the cat sat on the mat"), words("a b c d")], [words("the cat is on the mat"), words("a b c d")]);
    expect(r.matches).toEqual([9, 6, 3, 1]);
    expect(r.totals).toEqual([10, 8, 6, 4]);
    expect(r.precisions).toEqual([0.9, 0.75, 0.5, 0.25]);
    expect(r.brevityPenalty).toBe(1);
    expect(r.bleu).toBeCloseTo(0.538956, 6);
  });

  it("corpusBleu is 0 when no 4-gram matches anywhere (no smoothing)", () => {
    // The first sentence alone: 5/6, 3/5, 1/4, 0/3 → log 0 → BLEU 0, though three precisions are not 0.
    const r = corpusBleu([words("the cat sat on the mat")], [words("the cat is on the mat")]);
    expect(r.matches).toEqual([5, 3, 1, 0]);
    expect(r.precisions[0]).toBeCloseTo(5 / 6, 12);
    expect(r.bleu).toBe(0);
  });

  it("corpusBleu applies the brevity penalty exp(1 − r/c) to short output", () => {
    // Every n-gram of "a b c d" is in the reference, so p_n = 1; c = 4, r = 8: BP = exp(1 − 2) = 1/e.
    const r = corpusBleu([words("a b c d")], [words("a b c d e f g h")]);
    expect(r.precisions).toEqual([1, 1, 1, 1]);
    expect(r.brevityPenalty).toBeCloseTo(Math.exp(-1), 15);
    expect(r.bleu).toBeCloseTo(Math.exp(-1), 15);
  });

  it("corpusBleu clips a repeated word to its count in the reference", () => {
    // "the the the the" against "the cat": the unigram "the" counts once, 1 of 4.
    const r = corpusBleu([words("the the the the")], [words("the cat")]);
    expect(r.matches[0]).toBe(1);
    expect(r.totals[0]).toBe(4);
    expect(r.bleu).toBe(0);
  });

  it("corpusBleu is 0 for empty output and for output shorter than 4 tokens", () => {
    expect(corpusBleu([[]], [words("a b c d")]).bleu).toBe(0);
    const short = corpusBleu([words("a b c")], [words("a b c")]);
    expect(short.totals[3]).toBe(0);
    expect(short.bleu).toBe(0);
  });

  it("corpusBleu compares token ids as well as words, and refuses unequal lists", () => {
    expect(corpusBleu([[5, 6, 7, 8]], [[5, 6, 7, 8]]).bleu).toBe(1);
    expect(() => corpusBleu([[1]], [])).toThrow(RangeError);
  });
});
