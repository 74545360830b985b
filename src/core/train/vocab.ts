// A vocabulary built from tokenised sentences: the special tokens <sos>, <eos>, <unk> (ids 0, 1, 2),
// then every word seen at least `minCount` times, most frequent first (ties: first seen first).
// Words below the count are read as <unk>.

import { SPECIAL_TOKENS } from "../model.ts";

export const SPECIALS: readonly string[] = [SPECIAL_TOKENS.sos, SPECIAL_TOKENS.eos, SPECIAL_TOKENS.unk];

/** The vocabulary of `sentences` (each a token list). Shape: the three specials, then the kept words. */
export function buildVocab(sentences: Iterable<readonly string[]>, minCount: number): string[] {
  const counts = new Map<string, number>();
  for (const tokens of sentences) for (const t of tokens) counts.set(t, (counts.get(t) ?? 0) + 1);
  const specials = new Set(SPECIALS);
  // Array.prototype.sort is stable, so equal counts keep the order words were first seen in.
  const words = [...counts].filter(([w, n]) => n >= minCount && !specials.has(w)).sort((a, b) => b[1] - a[1]);
  return [...SPECIALS, ...words.map(([w]) => w)];
}

/** The tokens with every word the vocabulary lacks replaced by <unk>. */
export function withUnknown(tokens: readonly string[], known: ReadonlySet<string>): string[] {
  return tokens.map((t) => (known.has(t) ? t : SPECIAL_TOKENS.unk));
}
