// How the decoder chooses y_{t'} from p_{t'}: greedy, y = argmax p_{t'}, or a draw from
// softmax(z_{t'} / τ) with a seeded generator (seed 002's "sampled or chosen"; notation.md, Output).
// A discriminated union: another rule (top-k, top-p, beam search) is one more member and one more case.

import type { Vec } from "./tensor.ts";
import { argmax } from "./activations.ts";
import type { DecodingOptions } from "./model.ts";
import { sample, tempered } from "./output.ts";
import { createRng } from "./rng.ts";

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

export type DecodingStrategy = GreedyDecoding | SampleDecoding;
export type DecodingKind = DecodingStrategy["kind"];

export const DECODING_KINDS: readonly DecodingKind[] = ["greedy", "sample"];
export const GREEDY: GreedyDecoding = { kind: "greedy" };

/** The strategy a model file's flat decoding options name. */
export function strategyOf(options: Pick<DecodingOptions, "strategy" | "temperature" | "seed">): DecodingStrategy {
  return options.strategy === "sample" ? { kind: "sample", temperature: options.temperature, seed: options.seed } : GREEDY;
}

/** Whether two strategies decode alike (same kind and parameters). */
export function sameStrategy(a: DecodingStrategy, b: DecodingStrategy): boolean {
  if (a.kind !== b.kind) return false;
  if (a.kind === "greedy") return true;
  const s = b as SampleDecoding;
  return a.temperature === s.temperature && a.seed === s.seed;
}

/** What one step chose, and (when drawn) the distribution it was drawn from. Shapes: V. */
export interface TokenChoice {
  readonly y: number;
  readonly pSample?: Vec;
}

/** Chooses y_{t'} from a step's logits z and p = softmax(z). */
export type TokenChooser = (logits: Vec, p: Vec) => TokenChoice;

/**
 * A chooser for one sentence. A sampling chooser owns its generator, so step 2's draw follows
 * step 1's and the whole sentence depends on the seed alone. Throws a RangeError for τ ≤ 0 or NaN.
 */
export function tokenChooser(strategy: DecodingStrategy): TokenChooser {
  switch (strategy.kind) {
    case "greedy":
      return (_logits, p) => ({ y: argmax(p) });
    case "sample": {
      const { temperature } = strategy;
      if (!(temperature > 0)) throw new RangeError(`temperature: expected a number > 0, got ${temperature}`);
      const rng = createRng(strategy.seed);
      return (logits) => {
        const pSample = tempered(logits, temperature);
        return { y: sample(pSample, rng), pSample };
      };
    }
  }
}
