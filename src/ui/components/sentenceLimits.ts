// The caps on a sentence the pictures can show, and why a sentence is refused, in the reader's
// language: no word to read, more characters than a sentence may have (the URL carries at most as
// many), a word longer than a picture's label can be, or more words than a picture has room for.

import { splitWords } from "../../core/tokenizer.ts";
import { MAX_SENTENCE_LENGTH } from "../urlState.ts";
import type { Messages } from "../i18n/en.ts";

/** Longer sentences make pictures too wide to read; the toy vocabularies have short sentences. */
export const MAX_WORDS = 12;
/** Longer than any word of the corpora; a longer one would stretch every picture it labels. */
export const MAX_WORD_LENGTH = 40;

export { MAX_SENTENCE_LENGTH };

/** The sentences for an empty sentence and one of too many words; the training preview words them its own way. */
export interface SentenceWords {
  readonly empty: string;
  readonly tooMany: (words: number, max: number) => string;
}

/** Why the pictures cannot show `sentence`, or null when they can. */
export function sentenceProblem(sentence: string, t: Messages, words: SentenceWords = { empty: t.trace.empty, tooMany: t.trace.tooLong }): string | null {
  const length = Array.from(sentence).length;
  if (length > MAX_SENTENCE_LENGTH) return t.faults.sentence.tooLong(length, MAX_SENTENCE_LENGTH);
  const split = splitWords(sentence);
  if (split.length === 0) return words.empty;
  const longest = Math.max(...split.map((w) => Array.from(w).length));
  if (longest > MAX_WORD_LENGTH) return t.faults.sentence.wordTooLong(longest, MAX_WORD_LENGTH);
  if (split.length > MAX_WORDS) return words.tooMany(split.length, MAX_WORDS);
  return null;
}
