// Own data's normalisation (docs/corpus.md, "Your own sentence pairs"): one sentence of a pair file
// to the tokens a model reads. Lower case; every punctuation mark and symbol a token of its own
// ("Go!" → go · !); French elision split after the apostrophe as the lessons' tokenizer does
// ("J'aime" → j' · aime); each Chinese or Japanese character a token (the tokenizer's longest match
// then finds them again); with foldAccents, accents dropped as PyTorch's tutorial does ("été" → ete).
// Joined with spaces, the tokens read back through tokenize() as the same tokens.

import { PUNCTUATION, splitWords } from "../tokenizer.ts";

export interface NormalizeOptions {
  /** Drop accents and other combining marks (NFD, marks removed), as the tutorial's unicodeToAscii. */
  readonly foldAccents: boolean;
}

/** Marks and symbols, except the apostrophe, which elision keeps inside its word. */
const MARK = /[\p{P}\p{S}]/gu;
/** Scripts written without spaces between words: one token per character. Hangul is spaced, so it stays whole. */
const IDEOGRAPH = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu;
const APOSTROPHES = /[’‘`´]/gu;

/** The tokens of one sentence: "Je t'aime !" → ["je", "t'", "aime", "!"]. Empty for a sentence of spaces and lone apostrophes. */
export function normalizeSentence(text: string, options: NormalizeOptions): string[] {
  let s = text.normalize("NFC").replace(APOSTROPHES, "'").toLowerCase();
  s = options.foldAccents ? s.normalize("NFD").replace(/\p{M}/gu, "").normalize("NFC") : s.normalize("NFC");
  s = s.replace(MARK, (mark) => (mark === "'" ? mark : ` ${mark} `)).replace(IDEOGRAPH, (c) => ` ${c} `);
  return splitWords(s, PUNCTUATION);
}
