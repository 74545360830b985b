// Generating an exercise from a seed and checking an answer against it. The tolerance: a value
// within 5·10⁻³ of the core's answer (relative for answers larger than 1) is correct, which
// accepts any answer rounded to 3 decimals or computed from the 2–3 decimals a worked solution
// shows; counts and widths must be exact.

import { createRng } from "../core/rng.ts";
import type { ExerciseKind, Inputs, SlipId, Solution } from "./types.ts";

export const TOLERANCE = 5e-3;

/** Whether x counts as y. */
export function within(x: number, y: number, exact = false): boolean {
  if (exact) return Math.abs(x - y) < 1e-9;
  return Math.abs(x - y) <= TOLERANCE * Math.max(1, Math.abs(y));
}

/**
 * Whether two values are too close to tell apart: a reader's value within the tolerance of one could
 * be within it of the other.
 */
function near(x: number, y: number, exact = false): boolean {
  return exact ? Math.abs(x - y) < 1e-9 : Math.abs(x - y) <= 2 * TOLERANCE * Math.max(1, Math.abs(x), Math.abs(y));
}

export interface Problem<I extends Inputs = Inputs> {
  readonly kind: ExerciseKind<I>;
  readonly inputs: I;
  readonly solution: Solution;
  /** Slips left out because, for these numbers, they give (nearly) the answer itself or another slip's value. */
  readonly indistinct: readonly SlipId[];
}

/** Draws after the first, when two slips' values fall within the tolerance of each other. */
const REDRAWS = 20;

/** The generator seed of exercise `slot` of a reader's (or a link's) seed. */
export function slotSeed(seed: number, slot: number): number {
  return (Math.imul(seed | 0, 0x9e3779b1) ^ Math.imul(slot + 1, 0x85ebca6b)) | 0;
}

function clashes(kind: Pick<ExerciseKind, "slips" | "exact">, s: Solution): { same: SlipId[]; clashing: SlipId[] } {
  const same: SlipId[] = [];
  const clashing: SlipId[] = [];
  const kept: number[] = [];
  for (const id of kind.slips) {
    const v = s.slips[id];
    if (v === undefined) continue;
    if (!Number.isFinite(v) || near(v, s.answer, kind.exact)) same.push(id);
    else if (kept.some((k) => near(v, k, kind.exact))) clashing.push(id);
    else kept.push(v);
  }
  return { same, clashing };
}

/** The solution with the indistinct slips left out, and which they are. */
export function settle(kind: Pick<ExerciseKind, "slips" | "exact">, solution: Solution): { solution: Solution; indistinct: SlipId[] } {
  const { same, clashing } = clashes(kind, solution);
  const indistinct = [...same, ...clashing];
  const slips = Object.fromEntries(Object.entries(solution.slips).filter(([id]) => !indistinct.includes(id as SlipId)));
  return { solution: { ...solution, slips }, indistinct };
}

/**
 * An exercise of `kind` for `seed`. A slip that gives the answer itself is left out (its mistake
 * cannot be seen in these numbers); when two slips give values within the tolerance of each other,
 * new numbers are drawn (the same generator goes on, so the result is still a function of the seed),
 * and after REDRAWS draws the later clashing slip is left out. Both are listed in `indistinct`.
 */
export function generate<I extends Inputs>(kind: ExerciseKind<I>, seed: number): Problem<I> {
  const rng = createRng(seed);
  let inputs = kind.draw(rng);
  let solution = kind.solve(inputs);
  for (let n = 0; n < REDRAWS && clashes(kind, solution).clashing.length > 0; n++) {
    inputs = kind.draw(rng);
    solution = kind.solve(inputs);
  }
  return { kind, inputs, ...settle(kind, solution) };
}

export type Verdict = { readonly verdict: "correct" } | { readonly verdict: "slip"; readonly slip: SlipId } | { readonly verdict: "wrong" };

/** Correct, the slip whose value the answer matches (the nearest, should two), or wrong. */
export function diagnoseSolution(value: number, solution: Solution, exact = false): Verdict {
  if (within(value, solution.answer, exact)) return { verdict: "correct" };
  let best: { slip: SlipId; d: number } | undefined;
  for (const [slip, v] of Object.entries(solution.slips) as [SlipId, number][]) {
    if (!within(value, v, exact)) continue;
    const d = Math.abs(value - v);
    if (!best || d < best.d) best = { slip, d };
  }
  return best ? { verdict: "slip", slip: best.slip } : { verdict: "wrong" };
}

/** diagnose(answer, kind, inputs): recomputes the exercise with the core and checks the answer. */
export function diagnose<I extends Inputs>(value: number, kind: ExerciseKind<I>, inputs: I): Verdict {
  return diagnoseSolution(value, settle(kind, kind.solve(inputs)).solution, kind.exact);
}
