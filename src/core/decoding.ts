// How the decoder chooses y_{t'} from p_{t'}: greedy, y = argmax p_{t'}, or a draw from
// softmax(z_{t'} / τ) with a seeded generator (seed 002's "sampled or chosen"; notation.md, Output),
// optionally truncated to the top k tokens or to the nucleus of mass P (truncation.ts) after the
// temperature. A discriminated union: one member and one case per rule. Beam search keeps several
// hypotheses at once, so it is no token chooser: it has its own module (beam.ts).

import type { Vec } from "./tensor.ts";
import { argmax } from "./activations.ts";
import type { DecodingOptions } from "./model.ts";
import { sample, tempered } from "./output.ts";
import { createRng } from "./rng.ts";
import { topK, topP } from "./truncation.ts";

/** y_{t'} = argmax_k p_{t',k}: repeatable, the same sentence every time. */
export interface GreedyDecoding {
  readonly kind: "greedy";
}

/** y_{t'} ~ softmax(z_{t'} / τ), drawn with a generator seeded once per sentence. */
export interface SampleDecoding {
  readonly kind: "sample";
  /** τ > 0: below 1 sharper (towards greedy), above 1 flatter (towards uniform). */
  readonly temperature: number;
  /** The generator's seed: the same seed draws the same sentence. */
  readonly seed: number;
}

/** Top-k sampling: y_{t'} drawn from softmax(z_{t'} / τ) restricted to its k most likely tokens. */
export interface TopKDecoding {
  readonly kind: "top-k";
  /** k ≥ 1 (k ≥ V is plain sampling). */
  readonly k: number;
  readonly temperature: number;
  readonly seed: number;
}

/** Nucleus sampling: y_{t'} drawn from the smallest set of most likely tokens whose mass under softmax(z_{t'} / τ) reaches P. */
export interface TopPDecoding {
  readonly kind: "top-p";
  /** 0 < P ≤ 1 (P = 1 is plain sampling). */
  readonly p: number;
  readonly temperature: number;
  readonly seed: number;
}

export type SamplingDecoding = SampleDecoding | TopKDecoding | TopPDecoding;
export type DecodingStrategy = GreedyDecoding | SamplingDecoding;
export type StrategyKind = DecodingStrategy["kind"];
/** The kinds the page offers (URL fields, lesson props, the player's menu); the core and the CLI know all of StrategyKind. */
export type DecodingKind = "greedy" | "sample";

export const DECODING_KINDS: readonly DecodingKind[] = ["greedy", "sample"];
export const STRATEGY_KINDS: readonly StrategyKind[] = ["greedy", "sample", "top-k", "top-p"];
export const GREEDY: GreedyDecoding = { kind: "greedy" };

/** The strategy a model file's flat decoding options name. */
export function strategyOf(options: Pick<DecodingOptions, "strategy" | "temperature" | "seed">): DecodingStrategy {
  return options.strategy === "sample" ? { kind: "sample", temperature: options.temperature, seed: options.seed } : GREEDY;
}

/** Whether two strategies decode alike (same kind and parameters). */
export function sameStrategy(a: DecodingStrategy, b: DecodingStrategy): boolean {
  if (a.kind !== b.kind) return false;
  const keys = Object.keys(a) as (keyof DecodingStrategy)[];
  return keys.length === Object.keys(b).length && keys.every((key) => a[key] === b[key]);
}

/** What one step chose, and (when drawn) the distribution it was drawn from. Shapes: V. */
export interface TokenChoice {
  readonly y: number;
  readonly pSample?: Vec;
}

/** Chooses y_{t'} from a step's logits z and p = softmax(z). */
export type TokenChooser = (logits: Vec, p: Vec) => TokenChoice;

/** The distribution a sampling strategy draws from: softmax(z / τ), then truncated. Shape: V → V. */
export function samplingDistribution(strategy: SamplingDecoding, logits: Vec): Vec {
  const p = tempered(logits, strategy.temperature);
  return strategy.kind === "top-k" ? topK(p, strategy.k) : strategy.kind === "top-p" ? topP(p, strategy.p) : p;
}

/**
 * A chooser for one sentence. A sampling chooser owns its generator, so step 2's draw follows
 * step 1's and the whole sentence depends on the seed alone. Throws a RangeError for τ ≤ 0 or NaN,
 * k not a whole number ≥ 1, or P outside (0, 1].
 */
export function tokenChooser(strategy: DecodingStrategy): TokenChooser {
  switch (strategy.kind) {
    case "greedy":
      return (_logits, p) => ({ y: argmax(p) });
    case "sample":
    case "top-k":
    case "top-p": {
      // Check the parameters now, not at the first step.
      samplingDistribution(strategy, Float64Array.of(0));
      const rng = createRng(strategy.seed);
      return (logits) => {
        const pSample = samplingDistribution(strategy, logits);
        return { y: sample(pSample, rng), pSample };
      };
    }
  }
}
