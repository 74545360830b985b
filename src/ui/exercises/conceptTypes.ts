// What a concept check is made of: a question, and for every option whether it is right and why.
// concepts.ts and learningConcepts.ts both write their checks with these, so neither imports the other
// for its types.

import type { Lang } from "../i18n/index.ts";

export interface Option {
  readonly text: string;
  readonly correct: boolean;
  readonly why: string;
}

export interface Concept {
  readonly question: string;
  readonly options: readonly Option[];
}

/** One concept check in both languages. */
export type Bilingual = Readonly<Record<Lang, Concept>>;

/** An option, written in one line. */
export const o = (text: string, correct: boolean, why: string): Option => ({ text, correct, why });
