// One line of a step's formulas as the panel shows it, and the substitution of words into a template.
// Both the recurrent step's lines (stepFormulas.ts) and the output layer's (outputFormulas.ts) are
// FormulaLines; this file sits under both so neither imports the other's module for them.

import type { SymId } from "../kit/symbolIds.ts";

/** A value a formula shows: a number or a vector. */
export type FormulaValue = number | ArrayLike<number>;

export interface FormulaLine {
  readonly key: string;
  /** What the line computes, in words. */
  readonly caption: string;
  /** TeX; ⟦key|tex⟧ marks pointable terms and ⟨name⟩ a value of `values`. */
  readonly tex: string;
  readonly values: Readonly<Record<string, FormulaValue>>;
  readonly bindings: Readonly<Record<string, SymId>>;
  /**
   * Lines of a decoder step that say how its cell got the new state: the panel folds them behind
   * one disclosure, so that the step's attention, new state and output fit on one screen.
   */
  readonly fold?: "cell";
}

/** Replaces each ⟨name⟩ whose text is given (a word as TeX); the other values stay marked. */
export function substitute(tex: string, texts: Readonly<Record<string, string>>): string {
  return tex.replace(/⟨(\w+)⟩/gu, (m, name: string) => texts[name] ?? m);
}
