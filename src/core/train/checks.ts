// What a trained model must show before it is accepted: the greedy translation of a lesson sentence,
// and for attention models, where each target word looks. Each check reports the attention weight on
// the expected source word, so a run can say how close it came.

import type { Seq2SeqModel } from "../model.ts";
import { forward } from "../forward.ts";
import { tokenize } from "../tokenizer.ts";

/**
 * A required translation; alignment[k] is the 1-based source position target token k must weigh
 * most, with at least minWeights[k] (0 or absent: the largest weight is enough; negative: the weight
 * is only reported).
 */
export interface TranslationCheck {
  readonly source: string;
  readonly target: string;
  readonly alignment?: readonly number[];
  readonly minWeights?: readonly number[];
}

export interface CheckResult {
  readonly source: string;
  /** What the model wrote (greedy, up to <eos>). */
  readonly output: string;
  readonly translated: boolean;
  /** α_{k, alignment[k]} for each aligned target token, under teacher forcing of the expected target. */
  readonly weights: readonly number[];
  /** Whether every checked token's largest weight is on its source word. */
  readonly argmax: boolean;
  readonly passed: boolean;
  /** Why it failed, in one line; undefined when it passed. */
  readonly reason?: string;
}

/** One check on one model. Attention is read from the expected translation fed to the decoder, so the weights exist even when the output differs. */
export function runCheck(model: Seq2SeqModel, check: TranslationCheck): CheckResult {
  const free = forward(model, check.source);
  const expected = tokenize(check.target, model.target.vocab).map((t) => t.id);
  const translated = free.output.stop === "eos" && free.output.ids.join() === expected.join();
  const weights: number[] = [];
  let argmax = true;
  let reason = translated ? undefined : `"${check.source}" → "${free.output.text}", expected "${check.target}"`;
  if (check.alignment && model.decoder.variant === "attention") {
    const forced = forward(model, check.source, { target: expected });
    const steps = forced.steps.filter((s) => s.kind === "decoder");
    check.alignment.forEach((j, k) => {
      const alpha = Array.from(steps[k]!.attention!.alpha);
      const w = alpha[j - 1]!;
      weights.push(w);
      const top = alpha.indexOf(Math.max(...alpha)) + 1;
      const least = check.minWeights?.[k] ?? 0;
      if (least < 0) return;
      if (top !== j) argmax = false;
      const token = steps[k]!.token;
      if (reason === undefined && top !== j) reason = `"${token}" weighs source word ${top} most (${alpha[top - 1]!.toFixed(2)}), expected ${j}`;
      if (reason === undefined && top === j && w < least) reason = `"${token}" gives source word ${j} only ${w.toFixed(2)} (at least ${least})`;
    });
  }
  return { source: check.source, output: free.output.text, translated, weights, argmax, passed: reason === undefined, ...(reason ? { reason } : {}) };
}

/** Every check; passed when all pass. */
export function runChecks(model: Seq2SeqModel, checks: readonly TranslationCheck[]): { passed: boolean; results: CheckResult[]; reason?: string } {
  const results = checks.map((c) => runCheck(model, c));
  const failed = results.find((r) => !r.passed);
  return { passed: failed === undefined, results, ...(failed ? { reason: failed.reason! } : {}) };
}

/** The smallest aligned weight over the results (1 when nothing is aligned): how far a model is from failing a minWeight. */
export function minWeight(results: readonly CheckResult[]): number {
  return Math.min(1, ...results.flatMap((r) => r.weights));
}
