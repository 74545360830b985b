import { describe, expect, it } from "vitest";
import { detokenize, splitWords, tokenize } from "../../src/core/tokenizer.ts";

const en = ["<sos>", "<eos>", "<unk>", "i", "love", "you"];
const fr = ["<sos>", "<eos>", "<unk>", "je", "t'", "aime", "j'"];
const zh = ["<sos>", "<eos>", "<unk>", "我", "爱", "中国"];

describe("tokenizer", () => {
  it('splitWords("I love you") gives i · love · you', () => {
    expect(splitWords("I love you")).toEqual(["i", "love", "you"]);
  });

  it('splitWords("Je t\'aime") splits the elision after the apostrophe: je · t\' · aime', () => {
    expect(splitWords("Je t'aime")).toEqual(["je", "t'", "aime"]);
    expect(splitWords("Je t’aime !")).toEqual(["je", "t'", "aime"]);
    expect(splitWords("j'aime")).toEqual(["j'", "aime"]);
  });

  it("splitWords(text) drops punctuation and folds case but keeps English contractions whole", () => {
    expect(splitWords("  I, LOVE... you?! ")).toEqual(["i", "love", "you"]);
    expect(splitWords("don't")).toEqual(["don't"]);
  });

  it("tokenize(text, vocab) maps unknown words to <unk> and says which", () => {
    const toks = tokenize("I love pizza", en);
    expect(toks.map((t) => t.token)).toEqual(["i", "love", "<unk>"]);
    expect(toks.map((t) => t.id)).toEqual([3, 4, 2]);
    expect(toks[2]).toMatchObject({ text: "pizza", unknown: true });
    expect(toks.filter((t) => t.unknown)).toHaveLength(1);
  });

  it("tokenize(text, vocab) segments Chinese by the longest vocabulary match, with or without spaces", () => {
    expect(tokenize("我爱中国", zh).map((t) => t.token)).toEqual(["我", "爱", "中国"]);
    expect(tokenize("我 爱 中国", zh).map((t) => t.token)).toEqual(["我", "爱", "中国"]);
  });

  it("tokenize(\"\", vocab) gives no tokens", () => {
    expect(tokenize("  ?! ", fr)).toEqual([]);
  });

  it("tokenize(text, vocab) reads a vocabulary normalised as PyTorch's tutorial: its punctuation, accents folded, apostrophes as spaces", () => {
    const tutorial = ["<sos>", "<eos>", "<unk>", "j", "ai", "ete", "la", "c", "est", "i", "m", "sure", "?", "!"];
    expect(tokenize("J'ai été là ?", tutorial).map((t) => t.token)).toEqual(["j", "ai", "ete", "la", "?"]);
    expect(tokenize("C'est ça!", tutorial).map((t) => t.token)).toEqual(["c", "est", "<unk>", "!"]);
    expect(tokenize("I'm sure.", tutorial).map((t) => t.token)).toEqual(["i", "m", "sure"]);
    expect(tokenize("été", tutorial)[0]).toMatchObject({ text: "été", token: "ete", unknown: false });
  });

  it("tokenize(text, vocab) prefers the word as written, so vocabularies with accents and elisions read as before", () => {
    const both = ["<sos>", "<eos>", "<unk>", "j'", "j", "aime", "été", "ete"];
    expect(tokenize("J'aime l'été !", both).map((t) => t.token)).toEqual(["j'", "aime", "<unk>", "été"]);
    expect(splitWords("Je t'aime !")).toEqual(["je", "t'", "aime"]);
  });

  it("detokenize(tokens) joins words with spaces except after an elided form", () => {
    expect(detokenize(["je", "t'", "aime"])).toBe("Je t'aime".toLowerCase());
    expect(detokenize(["我", "爱", "中国"])).toBe("我 爱 中国");
  });
});
