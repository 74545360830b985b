// What the weight editor learns from, and one step of plain gradient descent on it, by the core's
// functions: the sentence pair (the player's sentence and its known target, else the model's own
// greedy output), ∂L/∂θ from lossAndGradients with the per-sentence loss, the update θ ← θ − η g
// from the core's SGD optimiser (momentum 0), and the loss after it. No math here: only which pair,
// and whether the step can be kept. A step that diverges (a loss or a weight that is not finite, or
// an exploding gradient, a loss grown a hundredfold) comes back as a reason, never as weights.

import { forward } from "../../core/forward.ts";
import { lossAndGradients, lossOf } from "../../core/grad/loss.ts";
import type { Grads } from "../../core/grad/terms.ts";
import type { Seq2SeqModel } from "../../core/model.ts";
import type { Pair } from "../../core/teacherForcing.ts";
import type { Trace } from "../../core/trace.ts";
import { tokenize } from "../../core/tokenizer.ts";
import { gradNorm } from "../../core/train/clip.ts";
import { initOptimizer, optimizerStep } from "../../core/train/optimizers.ts";
import { paramValues, withParams, type FlatParams } from "../../core/train/params.ts";
import { PAIR_CHECKS } from "../../core/train/recipe.ts";
import { GREEDY } from "../../core/decoding.ts";
import type { LanguagePair } from "../../model/pairs.ts";

/** The learning rate the editor offers first. */
export const DEFAULT_LEARNING_RATE = 0.1;
/** A gradient norm above this is called exploding: no step is taken along it. */
export const EXPLODING_NORM = 1e6;
/**
 * A step that multiplies the loss by more than this (from at least 1) diverged even when every
 * number is finite: SGD with η = 1e6 on a trained preset takes the running example's loss from 0.64
 * to 4.5 million, and with η = 1e300 to 4.5e300, both finite.
 */
export const EXPLODED_LOSS_FACTOR = 100;

/** Every gradient is of the loss per sentence: Σ_t' −log p_{t'}(y_{t'}) over the one pair. */
const LOSS = { reduction: "sentence" } as const;

export interface LearnPair {
  readonly pair: Pair;
  /** The sentence as the reader wrote it. */
  readonly source: string;
  /** The target as text ("Je t'aime"). */
  readonly target: string;
  /** "known": the running example's target; "greedy": the model's own greedy output, for want of one. */
  readonly from: "known" | "greedy";
}

const sameIds = (a: readonly number[], b: readonly number[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/** The known target of `sentence` in `model`'s vocabularies (the running example of `pair`), or null. */
function knownTarget(model: Seq2SeqModel, source: readonly number[], pair: LanguagePair): { ids: number[]; text: string } | null {
  const example = PAIR_CHECKS[pair];
  const exampleSource = tokenize(example.source, model.source.vocab);
  const target = tokenize(example.target, model.target.vocab);
  if (exampleSource.some((t) => t.unknown) || target.some((t) => t.unknown) || target.length === 0) return null;
  return sameIds(source, exampleSource.map((t) => t.id)) ? { ids: target.map((t) => t.id), text: example.target } : null;
}

/**
 * The pair the editor learns from: the player's sentence with the running example's target when the
 * sentence is the running example, else with the model's own greedy translation (read from `shown`,
 * the player's trace of this model, when that was decoded greedily from the same source tokens: a
 * large vocabulary makes each forward pass dear). Throws the core's RangeError for a sentence
 * without words.
 */
export function learnPair(model: Seq2SeqModel, sentence: string, pair: LanguagePair, shown?: Trace | null): LearnPair {
  const source = tokenize(sentence, model.source.vocab).map((t) => t.id);
  if (source.length === 0) throw new RangeError("input: expected at least one word");
  const known = knownTarget(model, source, pair);
  const text = sentence.trim();
  if (known) return { pair: { source, target: known.ids }, source: text, target: known.text, from: "known" };
  const reuse = shown && shown.strategy.kind === "greedy" && sameIds(source, shown.source.map((t) => t.id));
  const output = reuse ? shown.output : forward(model, sentence, { strategy: GREEDY }).output;
  return { pair: { source, target: output.ids }, source: text, target: output.text, from: "greedy" };
}

export interface Gradients {
  readonly loss: number;
  readonly grads: Grads;
  /** ‖g‖₂ over every parameter. */
  readonly norm: number;
}

/** L and ∂L/∂θ for one pair: the core's lossAndGradients with the per-sentence loss. */
export function gradientsOf(model: Seq2SeqModel, pair: Pair): Gradients {
  const { loss, grads } = lossAndGradients(model, [pair], LOSS);
  return { loss, grads, norm: gradNorm(grads) };
}

/** Why a learning rate cannot be used, or null: it must be a finite number above 0. */
export function learningRateProblem(eta: number): "notPositive" | "notFinite" | null {
  if (!Number.isFinite(eta)) return "notFinite";
  return eta > 0 ? null : "notPositive";
}

/** Why a step was not kept. */
export type Divergence =
  | { readonly kind: "gradientNotFinite" }
  | { readonly kind: "gradientExploding"; readonly norm: number }
  | { readonly kind: "weightsNotFinite" }
  | { readonly kind: "lossNotFinite"; readonly loss: number }
  | { readonly kind: "lossExploded"; readonly loss: number };

export type StepResult =
  | { readonly ok: true; readonly before: number; readonly after: number; readonly params: FlatParams }
  | { readonly ok: false; readonly before: number; readonly why: Divergence };

const finite = (params: Readonly<Record<string, Float64Array>>) => Object.values(params).every((p) => p.every(Number.isFinite));

/**
 * One SGD step θ ← θ − η ∂L/∂θ on `pair` (the core's optimizerStep, momentum 0), with the loss
 * before and after. `eta` must be a usable learning rate (learningRateProblem). The model is not
 * changed; the new parameters come back only when the step did not diverge.
 */
export function takeStep(model: Seq2SeqModel, pair: Pair, eta: number, given?: Gradients): StepResult {
  const g = given ?? gradientsOf(model, pair);
  const before = g.loss;
  if (!Number.isFinite(g.norm)) return { ok: false, before, why: { kind: "gradientNotFinite" } };
  if (g.norm > EXPLODING_NORM) return { ok: false, before, why: { kind: "gradientExploding", norm: g.norm } };
  const theta = paramValues(model);
  const { params } = optimizerStep(theta, g.grads, initOptimizer({ kind: "sgd", learningRate: eta, momentum: 0 }, theta));
  if (!finite(params)) return { ok: false, before, why: { kind: "weightsNotFinite" } };
  const after = lossOf(withParams(model, params), [pair], LOSS);
  if (!Number.isFinite(after)) return { ok: false, before, why: { kind: "lossNotFinite", loss: after } };
  if (after > EXPLODED_LOSS_FACTOR * Math.max(1, before)) return { ok: false, before, why: { kind: "lossExploded", loss: after } };
  return { ok: true, before, after, params };
}
