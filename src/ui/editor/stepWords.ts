// The step panel's sentences that depend on what happened: a learning rate that cannot be used, and
// why a step was not taken.

import type { Messages } from "../i18n/en.ts";
import { num } from "../i18n/learnStep.ts";
import { EXPLODING_NORM, learningRateProblem, type Divergence } from "./learnStep.ts";

type Words = Messages["learnStep"];

/** The learning rate in the field, or why it cannot be used (a number above 0), in the reader's words. */
export function rateProblem(text: string, w: Words): { eta: number } | { problem: string } {
  const t = text.trim().replace(/^−/u, "-");
  if (t === "") return { problem: w.rateEmpty };
  const eta = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/u.test(t) ? Number(t) : Number.NaN;
  if (Number.isNaN(eta)) return { problem: w.rateNotNumber(t.length > 24 ? `${t.slice(0, 24)}…` : t) };
  const problem = learningRateProblem(eta);
  return problem === null ? { eta } : { problem: problem === "notFinite" ? w.rateNotFinite(t) : w.rateNotPositive(t) };
}

/** Why a step was not taken, with the loss before it and the learning rate as the reader typed it. */
export function divergenceText(why: Divergence, before: number, eta: string, w: Words): string {
  const d = w.diverged;
  if (why.kind === "gradientNotFinite") return d.gradientNotFinite();
  if (why.kind === "gradientExploding") return d.gradientExploding(num(why.norm), num(EXPLODING_NORM));
  if (why.kind === "weightsNotFinite") return d.weightsNotFinite(eta);
  if (why.kind === "lossNotFinite") return d.lossNotFinite(num(why.loss), eta);
  return d.lossExploded(num(before), num(why.loss), eta);
}
