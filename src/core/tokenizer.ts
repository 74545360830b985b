// Words to vocabulary ids for the toy languages: lower-cased, punctuation dropped, French elision
// split after the apostrophe ("t'aime" → t' · aime), CJK runs segmented by the longest vocabulary
// match ("我爱中国" → 我 · 爱 · 中国). Unknown words map to <unk>, and the result says which.
// For vocabularies normalised as PyTorch's seq2seq tutorial does (accents folded, apostrophes as
// spaces, "!" and "?" as words): punctuation the vocabulary holds is a token, and a word it lacks
// is looked up accent-folded ("été" → ete) and split at its apostrophes ("j'" → j).

import { SPECIAL_TOKENS } from "./model.ts";
import type { SourceToken } from "./trace.ts";

const ELIDED = /^(qu|jusqu|lorsqu|puisqu|[cdjlmnst])'(.+)$/u;
const PUNCT = /[.,!?;:"“”«»()[\]{}¿¡…]/gu;
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
/** The marks PUNCT drops unless the vocabulary holds them (for callers that keep every one: own data's normalisation). */
export const PUNCTUATION: ReadonlySet<string> = new Set(Array.from('.,!?;:"“”«»()[]{}¿¡…'));

/** The words of a sentence, before vocabulary lookup: "Je t'aime!" → ["je", "t'", "aime"]; marks in `keep` stay as words. */
export function splitWords(text: string, keep: ReadonlySet<string> = new Set()): string[] {
  const words: string[] = [];
  const cleaned = text.normalize("NFC").replace(/[’‘`´]/gu, "'").replace(PUNCT, (mark) => (keep.has(mark) ? ` ${mark} ` : " ")).toLowerCase();
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

/** A word without its accents: "été" → "ete" (NFD, combining marks dropped, as the tutorial's unicodeToAscii). */
function foldAccents(word: string): string {
  return word.normalize("NFD").replace(/\p{M}/gu, "");
}

/** The vocabulary's entries for a word it lacks as written: accent-folded, or its parts between apostrophes. */
function fallback(piece: string, known: ReadonlySet<string>): string[] | undefined {
  const folded = foldAccents(piece);
  if (known.has(folded)) return [folded];
  const parts = folded.split("'").filter((p) => p !== "");
  return piece.includes("'") && parts.length > 0 && parts.every((p) => known.has(p)) ? parts : undefined;
}

interface VocabLookup {
  readonly index: ReadonlyMap<string, number>;
  readonly known: ReadonlySet<string>;
  readonly marks: ReadonlySet<string>;
}

// Vocabularies are never mutated, so a lookup is built once per array: a corpus of thousands of
// sentences over a vocabulary of thousands of words would otherwise rebuild it per sentence.
const lookups = new WeakMap<readonly string[], VocabLookup>();

function lookupOf(vocab: readonly string[]): VocabLookup {
  let found = lookups.get(vocab);
  if (!found) {
    const index = new Map<string, number>();
    vocab.forEach((tok, i) => index.set(tok, i));
    found = { index, known: new Set(vocab), marks: new Set(vocab.filter((tok) => tok.length === 1 && tok.match(PUNCT) !== null)) };
    lookups.set(vocab, found);
  }
  return found;
}

/** The tokens of a sentence against a vocabulary. Shape: one entry per token, in order. */
export function tokenize(text: string, vocab: readonly string[]): SourceToken[] {
  const { index, known, marks } = lookupOf(vocab);
  const unk = index.get(SPECIAL_TOKENS.unk) ?? -1;
  const out: SourceToken[] = [];
  for (const word of splitWords(text, marks)) {
    const pieces = CJK.test(word) && !known.has(word) ? segmentCjk(word, known) : [word];
    for (const piece of pieces) {
      const found = known.has(piece) ? [piece] : fallback(piece, known);
      if (found === undefined) out.push({ text: piece, token: SPECIAL_TOKENS.unk, id: unk, unknown: true });
      else for (const token of found) out.push({ text: found.length > 1 ? token : piece, token, id: index.get(token)!, unknown: false });
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
