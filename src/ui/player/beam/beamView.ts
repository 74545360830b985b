// What the beam player shows, as plain data: the search for a model and sentence, a cursor over its
// steps in three phases each (expand every live hypothesis by every token, score the candidates,
// prune to the K best), the candidates a tree can draw, and the hypothesis the formulas explain.

import { beamSearch, type BeamResult, type BeamStep, type Hypothesis } from "../../../core/beam.ts";
import type { Seq2SeqModel } from "../../../core/model.ts";
import { recurrentStepper } from "../../../core/stepper.ts";
import { tokenize } from "../../../core/tokenizer.ts";
import type { BeamChoice } from "../../../model/beamChoice.ts";

import { PHASES, type BeamPhase } from "../../../model/beamChoice.ts";

/** Where the cursor stands: decoder step t′ (from 1) and the phase within it. */
export interface BeamCursor {
  readonly t: number;
  readonly phase: BeamPhase;
}

/** Pruned candidates a step draws beside its kept ones: the closest losers, not all K × V. */
export const PRUNED_SHOWN = 3;

/** The search, or why it cannot run (a sentence with no word). Throws nothing. */
export function runBeam(model: Seq2SeqModel, sentence: string, beam: BeamChoice): BeamResult | null {
  const words = tokenize(sentence, model.source.vocab);
  if (words.length === 0) return null;
  // K above V is refused by the field; a link may still ask for it, and the search then keeps all V.
  const width = Math.min(beam.width, model.target.vocab.length);
  return beamSearch(recurrentStepper(model, words), { width, alpha: beam.alpha });
}

/** How many cursor positions a search has: three per step. */
export function cursorCount(result: BeamResult): number {
  return result.steps.length * PHASES.length;
}

/** The cursor at an index, kept inside the search. */
export function cursorAt(result: BeamResult, index: number): BeamCursor {
  const i = Math.max(0, Math.min(cursorCount(result) - 1, Math.floor(index)));
  return { t: Math.floor(i / PHASES.length) + 1, phase: PHASES[i % PHASES.length]! };
}

export interface ShownCandidate {
  /** Its place among the step's candidates, best log P first (0-based). */
  readonly rank: number;
  readonly hyp: Hypothesis;
  /** A key that names the hypothesis whatever K is: its token ids. */
  readonly key: string;
  /** The key of the hypothesis it extends ("" for step 1, whose parent is <sos>). */
  readonly parentKey: string;
}

export const hypothesisKey = (hyp: Hypothesis): string => hyp.ids.join(".");

/** The candidates of a step a picture draws: every kept or finished one, then the best pruned. */
export function shownCandidates(step: BeamStep, width: number, pruned = PRUNED_SHOWN): ShownCandidate[] {
  return step.hypotheses.slice(0, width + pruned).map((hyp, rank) => ({ rank, hyp, key: hypothesisKey(hyp), parentKey: hyp.ids.slice(0, -1).join(".") }));
}

/** How many candidates of a step the picture leaves out. */
export function hiddenCount(step: BeamStep, width: number, pruned = PRUNED_SHOWN): number {
  return Math.max(0, step.hypotheses.length - width - pruned);
}

/** The hypothesis the formulas explain: the step's best candidate, and after the last prune the search's best. */
export function currentHypothesis(result: BeamResult, cursor: BeamCursor): Hypothesis {
  const step = result.steps[cursor.t - 1]!;
  const lastPrune = cursor.t === result.steps.length && cursor.phase === "prune";
  return lastPrune ? result.best : step.hypotheses[0]!;
}

/** The status a candidate shows at the cursor: none until its step has been pruned. */
export function shownStatus(hyp: Hypothesis, t: number, cursor: BeamCursor): Hypothesis["status"] | "candidate" {
  return t < cursor.t || cursor.phase === "prune" ? hyp.status : "candidate";
}

/** Whether a candidate's log P and score show at the cursor: from its step's score phase on. */
export function scoreShown(t: number, cursor: BeamCursor): boolean {
  return t < cursor.t || cursor.phase !== "expand";
}
