// Words to vocabulary ids for the toy languages: lower-cased, punctuation dropped, French elision
// split after the apostrophe ("t'aime" → t' · aime), CJK runs segmented by the longest vocabulary
// match ("我爱中国" → 我 · 爱 · 中国). Unknown words map to <unk>, and the result says which.

import { SPECIAL_TOKENS } from "./model.ts";
import type { SourceToken } from "./trace.ts";

const ELIDED = /^(qu|jusqu|lorsqu|puisqu|[cdjlmnst])'(.+)$/u;
const PUNCT = /[.,!?;:"“”«»()[\]{}¿¡…]/gu;
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/** The words of a sentence, before vocabulary lookup: "Je t'aime!" → ["je", "t'", "aime"]. */
export function splitWords(text: string): string[] {
  const words: string[] = [];
  const cleaned = text.normalize("NFC").replace(/[’‘`´]/gu, "'").replace(PUNCT, " ").toLowerCase();
  for (const raw of cleaned.split(/\s+/u)) {
    // A trailing apostrophe stays: "t'" typed on its own is the elided pronoun.
    let w = raw.replace(/^'+/u, "");
    if (w === "") continue;
    let m: RegExpMatchArray | null;
    while ((m = w.match(ELIDED)) !== null) {
      words.push(`${m[1]}'`);
      w = m[2]!;
    }
    words.push(w);
  }
  return words;
}

/** Longest-match segmentation of a word that contains CJK characters. */
function segmentCjk(word: string, known: ReadonlySet<string>): string[] {
  const chars = Array.from(word);
  const out: string[] = [];
  let i = 0;
  while (i < chars.length) {
    let len = chars.length - i;
    while (len > 1 && !known.has(chars.slice(i, i + len).join(""))) len--;
    out.push(chars.slice(i, i + len).join(""));
    i += len;
  }
  return out;
}

/** The tokens of a sentence against a vocabulary. Shape: one entry per token, in order. */
export function tokenize(text: string, vocab: readonly string[]): SourceToken[] {
  const index = new Map<string, number>();
  vocab.forEach((tok, i) => index.set(tok, i));
  const known = new Set(vocab);
  const unk = index.get(SPECIAL_TOKENS.unk) ?? -1;
  const out: SourceToken[] = [];
  for (const word of splitWords(text)) {
    const pieces = CJK.test(word) && !known.has(word) ? segmentCjk(word, known) : [word];
    for (const piece of pieces) {
      const id = index.get(piece);
      out.push(id === undefined ? { text: piece, token: SPECIAL_TOKENS.unk, id: unk, unknown: true } : { text: piece, token: piece, id, unknown: false });
    }
  }
  return out;
}

/** Tokens joined for reading: a space between words, none after an elided form ("t'aime"). */
export function detokenize(tokens: readonly string[]): string {
  let s = "";
  for (const t of tokens) s += s === "" || s.endsWith("'") ? t : ` ${t}`;
  return s;
}
