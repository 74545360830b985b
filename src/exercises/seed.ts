// An exercise seed as a link, a form field and the stored record carry it: a whole number from 0 to
// SEED_MAX (six digits, easy to read out to a class). Kept apart from the kinds, so the address can
// be read without loading the exercises.

export const SEED_MAX = 999_999;

/** Why a typed seed cannot be used, or null when it can. */
export type SeedProblem = "empty" | "notWhole" | "outOfRange";

export function seedProblem(text: string): SeedProblem | null {
  const t = text.trim();
  if (t === "") return "empty";
  if (!/^[+-]?\d+$/u.test(t)) return "notWhole";
  const x = Number(t);
  return x >= 0 && x <= SEED_MAX ? null : "outOfRange";
}

/** A seed in text (an address, a field), or undefined when it is not one. */
export function readExerciseSeed(text: string | null | undefined): number | undefined {
  if (text === null || text === undefined || seedProblem(text) !== null) return undefined;
  return Number(text.trim()) + 0;
}
