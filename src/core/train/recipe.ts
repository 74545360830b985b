// How every model the site can show is trained: recipeFor(choice, pair) gives, as plain data, the
// model's widths and initial state, the seeds, the optimiser, the stopping rule and the checks the
// trained model must pass. The presets (npm run train) and training on demand in the browser both
// run it through runner.ts, so the same choice and pair give the same weights bit for bit.
// docs/training.md explains each number.

import type { CellKind, DecoderVariant, QueryKind, ScoreKind } from "../model.ts";
import type { ModelConfig } from "../init.ts";
import { adam, type OptimizerConfig } from "./optimizers.ts";
import type { TranslationCheck } from "./checks.ts";

/** Bumped whenever recipeFor would train any choice differently (a cache of trained models keys on it). */
export const RECIPE_VERSION = 1;

export type RecipePair = "en-fr" | "en-zh";

/** The architecture, as the player's ModelChoice names it (score and query are read only under attention). */
export interface RecipeChoice {
  readonly cell: CellKind;
  readonly variant: DecoderVariant;
  readonly score: ScoreKind;
  readonly query: QueryKind;
  readonly bidirectional: boolean;
}

export interface RecipeTraining {
  readonly batchSize: number;
  readonly optimizer: OptimizerConfig;
  readonly clipNorm: number;
  /** λ of guided alignment (0 without attention). */
  readonly alignmentWeight: number;
  /** Stop after the first epoch (from minEpochs on) where the training accuracy reaches stopAtAccuracy and every check passes … */
  readonly minEpochs: number;
  readonly stopAtAccuracy: number;
  /** … or give up on the seed after this many epochs. */
  readonly maxEpochs: number;
}

export interface Recipe {
  readonly version: number;
  readonly pair: RecipePair;
  readonly choice: RecipeChoice;
  /** Everything createModel needs but the name and the vocabularies (those come from the corpus). */
  readonly model: Omit<ModelConfig, "name" | "description" | "sourceVocab" | "targetVocab" | "meta">;
  /** Seeds seed, seed + 1, … are tried in order, at most seedTries of them, until one passes. */
  readonly seed: number;
  readonly seedTries: number;
  readonly training: RecipeTraining;
  readonly checks: readonly TranslationCheck[];
  /** Significant digits the weights are rounded to before checking and saving. */
  readonly roundDigits: number;
}

/** The sentence every model of a pair must translate, and where its attention must look. */
export const PAIR_CHECKS: Readonly<Record<RecipePair, TranslationCheck>> = {
  "en-fr": { source: "I love you", target: "Je t'aime", alignment: [1, 3, 2] },
  "en-zh": { source: "I love China", target: "我 爱 中国", alignment: [1, 2, 3] },
};

/** The smallest attention weight a check accepts on the expected source word. */
export const MIN_ALIGNMENT = 0.8;
/** The same for the scaled score with the previous-state query, after its first word (see minWeights). */
export const SCALED_PREVIOUS_ALIGNMENT = 0.5;

const EMBEDDING = 8;
/** The encoder's output width h_j (n per direction, twice n when bidirectional), which is also the decoder's, so that s_0 = h_T. */
const STATE = 16;
/**
 * The width for a unidirectional encoder under the scaled score, or the dot score with the
 * previous-state query. Scores of states in (−1, 1)ⁿ are bounded: with the previous-state query the
 * first query is s_0 = h_T itself and h_T·h_1 − h_T·h_T = Σ_k a_k (b_k − a_k) ≤ n/4, and the scaled
 * score divides every gap by √n; a wider state leaves room for one word to outscore the others.
 */
const WIDE_STATE = 32;

/**
 * MIN_ALIGNMENT for every aligned word, except under the scaled score with the previous-state query.
 * Its first query is s_0 = h_T, and (h_T·h_1 − h_T·h_T)/√n ≤ (n/4)/√n = √n/4, which is below ln 4 (the
 * gap 0.8 needs over three words) for n < 31 and reaches it at n = 32 only if every entry of h_1 is
 * ±1 and h_T is exactly half of h_1: the first word's weight is reported, not required. The later
 * words must get at least SCALED_PREVIOUS_ALIGNMENT (docs/training.md has what they reach).
 */
function minWeights(choice: RecipeChoice, check: TranslationCheck): number[] {
  if (choice.score !== "scaled" || choice.query !== "previous") return check.alignment!.map(() => MIN_ALIGNMENT);
  return check.alignment!.map((_, k) => (k === 0 ? -1 : SCALED_PREVIOUS_ALIGNMENT));
}

/** The recipe of one choice on one pair. Pure: the same arguments give an equal recipe. */
export function recipeFor(choice: RecipeChoice, pair: RecipePair): Recipe {
  const attention = choice.variant === "attention";
  // Without attention the whole sentence passes through one vector, which needs the wider state too.
  const wide = !attention || choice.bidirectional || choice.score === "scaled" || (choice.score === "dot" && choice.query === "previous");
  const state = wide ? WIDE_STATE : STATE;
  const n = choice.bidirectional ? state / 2 : state;
  const check = PAIR_CHECKS[pair];
  return {
    version: RECIPE_VERSION,
    pair,
    choice: attention ? { ...choice } : { ...choice, score: "dot", query: "previous" },
    model: {
      d_x: EMBEDDING,
      d_y: EMBEDDING,
      encoder: { cell: choice.cell, hidden: n, bidirectional: choice.bidirectional, context: "last" },
      decoder: {
        cell: choice.cell,
        hidden: state,
        variant: choice.variant,
        init: "context",
        ...(attention ? { attention: { score: choice.score, query: choice.query } } : {}),
      },
    },
    seed: 1,
    seedTries: 3,
    training: {
      // The plain RNN learns slowly at η = 0.02 on the 7-word sentences; more, smaller steps at η = 0.01 help.
      batchSize: choice.cell === "rnn" ? 4 : 8,
      optimizer: adam(choice.cell === "rnn" ? 0.01 : 0.02),
      clipNorm: 5,
      alignmentWeight: attention ? 3 : 0,
      minEpochs: 1,
      stopAtAccuracy: 1,
      maxEpochs: 25,
    },
    checks: [attention ? { ...check, minWeights: minWeights(choice, check) } : { source: check.source, target: check.target }],
    roundDigits: 6,
  };
}

const CELL_TITLES: Readonly<Record<CellKind, string>> = { rnn: "RNN", lstm: "LSTM", "gru-reset-before": "GRU (reset before)", "gru-reset-after": "GRU (reset after)" };
const SCORE_TITLES: Readonly<Record<ScoreKind, string>> = { dot: "dot-product", scaled: "scaled dot-product", general: "general (bilinear)", additive: "additive" };

/** A model's name in English, e.g. "LSTM encoder–decoder with dot-product attention, previous state as query". */
export function recipeTitle(choice: RecipeChoice, pair: RecipePair): string {
  const head = `${CELL_TITLES[choice.cell]} ${choice.bidirectional ? "bidirectional " : ""}encoder–decoder`;
  const body =
    choice.variant === "initial"
      ? ", context as the initial state"
      : choice.variant === "every-step"
        ? ", context at every step"
        : ` with ${SCORE_TITLES[choice.score]} attention, ${choice.query} state as query`;
  return `${head}${body}${pair === "en-zh" ? ", English → Chinese" : ""}`;
}
