// The training loss and its gradients: teacher-forced cross-entropy, by default the mean over every
// target token (each sentence's words and its <eos>) of −log p_{t'}(y_{t'}), or the mean per sentence
// of Σ_t' −log p_{t'}(y_{t'}). Guided alignment (optional) adds λ times the same mean of −log α_{t'a}
// over the target words whose source word a the pair names. Gradients by hand-written backpropagation
// through the forward trace.

import type { Seq2SeqModel } from "../model.ts";
import { paramShapes, SPECIAL_TOKENS } from "../model.ts";
import type { EncoderStep, Trace } from "../trace.ts";
import { logSoftmax } from "../activations.ts";
import { decoderSteps, forcedTrace, type Pair } from "../teacherForcing.ts";
import { sumTerms, type BackwardRecorder, type GradTerm, type Grads } from "./terms.ts";
import { decoderBackward } from "./decoder.ts";
import { contextBackward, encoderBackward } from "./encoder.ts";

/** "token": loss = Σ −log p / number of target tokens (with <eos>); "sentence": Σ −log p / number of pairs. */
export type Reduction = "token" | "sentence";

/** reduction as above; alignmentWeight λ ≥ 0 turns guided alignment on for pairs that carry an alignment. */
export interface LossOptions {
  readonly reduction?: Reduction;
  readonly alignmentWeight?: number;
}

export interface LossAndGradients {
  /** The translation loss (without the alignment term). */
  readonly loss: number;
  /** The mean −log α_{t'a} with the loss's reduction, before λ; 0 without guided alignment. */
  readonly alignmentLoss: number;
  /** ∂(loss + λ · alignmentLoss)/∂θ by `paramShapes` path. */
  readonly grads: Grads;
  /** Target tokens scored, <eos> included. */
  readonly tokens: number;
}

/** Σ_t' −log p_{t'}(y_{t'}) (and Σ −log α_{t'a} when guided) for one pair and its gradient terms, each scaled by `weight`. */
function pairBackward(model: Seq2SeqModel, pair: Pair, weight: number, lambda: number, record?: BackwardRecorder): { trace: Trace; nll: number; alignmentNll: number; terms: GradTerm[] } {
  const trace = forcedTrace(model, pair);
  const enc = trace.steps.filter((s): s is EncoderStep => s.kind === "encoder");
  const guide = lambda > 0 && pair.alignment ? { alignment: pair.alignment, weight: lambda * weight } : undefined;
  const back = decoderBackward(model, decoderSteps(trace), trace.H, model.target.vocab.indexOf(SPECIAL_TOKENS.sos), weight, guide, record);
  const { dH, dC_T } = contextBackward(model, back, record);
  return { trace, nll: back.nll, alignmentNll: back.alignmentNll, terms: [...back.terms, ...encoderBackward(model, enc, dH, dC_T, record)] };
}

/** The weight of each token's −log p: 1 / tokens or 1 / pairs. */
function lossWeight(pairs: readonly Pair[], reduction: Reduction = "token"): { weight: number; tokens: number } {
  if (pairs.length === 0) throw new RangeError("loss: expected at least one sentence pair");
  const tokens = pairs.reduce((n, p) => n + p.target.length + 1, 0);
  return { weight: reduction === "token" ? 1 / tokens : 1 / pairs.length, tokens };
}

/** The loss alone (no gradients): the same number `lossAndGradients` returns. */
export function lossOf(model: Seq2SeqModel, pairs: readonly Pair[], options: Pick<LossOptions, "reduction"> = {}): number {
  const { weight } = lossWeight(pairs, options.reduction);
  let nll = 0;
  for (const pair of pairs) nll += decoderSteps(forcedTrace(model, pair)).reduce((sum, step) => sum - logSoftmax(step.logits)[step.y]!, 0);
  return nll * weight;
}

/**
 * The loss over `pairs` and its gradient with respect to every parameter. The model is not changed.
 * Throws a RangeError for an empty batch, an empty source or an id outside its vocabulary.
 */
export function lossAndGradients(model: Seq2SeqModel, pairs: readonly Pair[], options: LossOptions = {}): LossAndGradients {
  const { weight, tokens } = lossWeight(pairs, options.reduction);
  const lambda = model.decoder.variant === "attention" ? (options.alignmentWeight ?? 0) : 0;
  if (!(lambda >= 0)) throw new RangeError(`alignmentWeight: expected a number ≥ 0, got ${options.alignmentWeight}`);
  const terms: GradTerm[] = [];
  let nll = 0;
  let alignmentNll = 0;
  for (const pair of pairs) {
    const r = pairBackward(model, pair, weight, lambda);
    nll += r.nll;
    alignmentNll += r.alignmentNll;
    for (const t of r.terms) terms.push(t);
  }
  return { loss: nll * weight, alignmentLoss: alignmentNll * weight, grads: sumTerms(paramShapes(model), terms), tokens };
}

/** The gradient that reaches one step's state, under the step's trace id. Shapes: n (m in the decoder). */
export interface StateGradient {
  /** ∂L/∂h_t for an encoder step (one direction's half when bidirectional), ∂L/∂s_{t'} for a decoder step. */
  readonly dh: Float64Array;
  /** ∂L/∂C_t (∂L/∂C_{t'}) for an LSTM; absent for the other cells. */
  readonly dC?: Float64Array;
}

/**
 * Backpropagation through time on one sentence pair, with L = Σ_t' −log p_{t'}(y_{t'}) (the sentence's
 * summed loss, teacher-forced): L, the gradient reaching every encoder and decoder state, by step
 * id (`enc.f.3`, `enc.b.3`, `dec.2`), and ∂L/∂θ by `paramShapes` path (lossAndGradients of the pair
 * with reduction "sentence"). The same backward pass as lossAndGradients, read as it runs, so a page
 * showing ∂L/∂h_t shows the numbers the weights' gradients come from.
 */
export function stateGradients(model: Seq2SeqModel, pair: Pair): { loss: number; states: ReadonlyMap<string, StateGradient>; grads: Grads } {
  const states = new Map<string, StateGradient>();
  const record: BackwardRecorder = { cell: (id, { dh, dC }) => states.set(id, { dh: Float64Array.from(dh), ...(dC ? { dC: Float64Array.from(dC) } : {}) }) };
  const { nll, terms } = pairBackward(model, pair, 1, 0, record);
  return { loss: nll, states, grads: sumTerms(paramShapes(model), terms) };
}

/**
 * The sentence's backward pass (L = Σ_t' −log p_{t'}(y_{t'}), weight 1, no guided alignment) with a
 * recorder that sees every node: the forced trace, L and the gradient terms, in lossAndGradients'
 * order, so that sumTerms of them is its gradient with reduction "sentence" to the last bit.
 */
export function sentenceBackward(model: Seq2SeqModel, pair: Pair, record: BackwardRecorder): { trace: Trace; loss: number; terms: GradTerm[] } {
  const { trace, nll, terms } = pairBackward(model, pair, 1, 0, record);
  return { trace, loss: nll, terms };
}
