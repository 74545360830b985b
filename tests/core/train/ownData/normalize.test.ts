import { describe, expect, it } from "vitest";
import { normalizeSentence } from "../../../../src/core/train/normalize.ts";
import { buildVocab } from "../../../../src/core/train/vocab.ts";
import { tokenize } from "../../../../src/core/tokenizer.ts";

const plain = { foldAccents: false };
const folded = { foldAccents: true };

describe("normalizeSentence", () => {
  it("normalizeSentence lower-cases and makes each punctuation mark a token", () => {
    expect(normalizeSentence("Go.", plain)).toEqual(["go", "."]);
    expect(normalizeSentence("I'm fine, thanks!", plain)).toEqual(["i'm", "fine", ",", "thanks", "!"]);
    expect(normalizeSentence("Est-ce vrai ?", plain)).toEqual(["est", "-", "ce", "vrai", "?"]);
    expect(normalizeSentence("“Hi”", plain)).toEqual(["“", "hi", "”"]);
  });

  it("normalizeSentence splits French elision as the lessons' tokenizer does", () => {
    expect(normalizeSentence("Je t’aime.", plain)).toEqual(["je", "t'", "aime", "."]);
    expect(normalizeSentence("Qu'il vienne", plain)).toEqual(["qu'", "il", "vienne"]);
  });

  it("normalizeSentence folds accents only when asked", () => {
    expect(normalizeSentence("Été à Noël", plain)).toEqual(["été", "à", "noël"]);
    expect(normalizeSentence("Été à Noël", folded)).toEqual(["ete", "a", "noel"]);
  });

  it("normalizeSentence makes each Chinese character a token, with its punctuation", () => {
    expect(normalizeSentence("我爱你。", plain)).toEqual(["我", "爱", "你", "。"]);
  });

  it("normalizeSentence gives no tokens for spaces and lone apostrophes", () => {
    expect(normalizeSentence("  ' ", plain)).toEqual([]);
  });

  it("tokenize reads the normalised tokens, joined by spaces, back as the same tokens", () => {
    const sentences = ["Je t'aime !", "Est-ce que tu m'aimes ?", "我爱你。", "Été, <unk> (x) 1,000 «oui»", "C'est l'homme qu'il aime."].map((s) => normalizeSentence(s, plain));
    const vocab = buildVocab(sentences, 1);
    for (const tokens of sentences) expect(tokenize(tokens.join(" "), vocab).map((t) => t.token)).toEqual(tokens);
  });
});
