// The small default vocabularies of the two language pairs (English → French, English → Chinese)
// and the untrained demo model that the player shows until trained presets exist: every width 4
// (d_x = d_y = n = 4), so each vector fits a line. `ModelChoice` and `LanguagePair` live here, not in
// the UI, so that the model code never imports UI code.

import { createModel } from "../core/init.ts";
import { encoderOutputWidth, SPECIAL_TOKENS, type CellKind, type DecoderVariant, type QueryKind, type ScoreKind, type Seq2SeqModel } from "../core/model.ts";
import { createRng } from "../core/rng.ts";
import type { LanguagePair } from "./pairs.ts";

export { LANGUAGE_PAIRS, PAIR_EXAMPLES, type LanguagePair } from "./pairs.ts";

const SPECIALS = [SPECIAL_TOKENS.sos, SPECIAL_TOKENS.eos, SPECIAL_TOKENS.unk];

/**
 * English source tokens of the English → French pair: special tokens first (ids 0, 1, 2), then the
 * words of public/corpus/en-fr.json and its extension, in its order (a trained preset has exactly
 * these, so a randomised model's edits and a preset's line up; tests/model/defaults.test.ts checks it).
 */
export const ENGLISH_VOCAB: readonly string[] = [
  ...SPECIALS,
  ...["i", "you", "he", "she", "we", "they"],
  ...["me", "him", "her", "us", "them"],
  ...["love", "loves", "see", "sees", "help", "helps", "hear", "hears"],
  ...["the", "cat", "dog", "bird", "girl", "boy"],
  ...["and", "mouse", "black", "white"],
];

/** French target tokens of en-fr.json; elided forms (j', t', m', l') are tokens of their own. */
export const FRENCH_VOCAB: readonly string[] = [
  ...SPECIALS,
  ...["je", "j'", "tu", "il", "elle", "nous", "ils"],
  ...["me", "m'", "te", "t'", "le", "la", "l'", "les"],
  ...["aime", "aimes", "aimons", "aiment", "vois", "voit", "voyons", "voient", "aide", "aides", "aidons", "aident", "entends", "entend", "entendons", "entendent"],
  ...["chat", "chien", "oiseau", "fille", "garçon"],
  ...["et", "souris", "noir", "noire", "blanc", "blanche"],
];

/** English source tokens of the English → Chinese pair, as public/corpus/en-zh.json and its extension list them. */
export const ENGLISH_ZH_VOCAB: readonly string[] = [
  ...SPECIALS,
  ...["i", "you", "he", "she", "we", "they"],
  ...["me", "him", "her", "us", "them"],
  ...["love", "loves", "like", "likes", "see", "sees"],
  ...["the", "cat", "dog", "china"],
  ...["today", "at", "home", "in"],
];

/** Chinese target tokens (seed 004's 我 爱 中国 among them); a sentence is written with spaces between tokens. */
export const CHINESE_VOCAB: readonly string[] = [...SPECIALS, ...["我", "你", "他", "她", "我们", "他们"], ...["爱", "喜欢", "看见"], ...["猫", "狗", "中国"], ...["今天", "在", "家"]];

/** Each pair's source and target vocabularies. */
export const PAIR_VOCABS: Readonly<Record<LanguagePair, { readonly source: readonly string[]; readonly target: readonly string[] }>> = {
  "en-fr": { source: ENGLISH_VOCAB, target: FRENCH_VOCAB },
  "en-zh": { source: ENGLISH_ZH_VOCAB, target: CHINESE_VOCAB },
};

/** The architecture the player lets a reader pick (the UI's store keeps one). */
export interface ModelChoice {
  readonly cell: CellKind;
  readonly variant: DecoderVariant;
  readonly score: ScoreKind;
  readonly query: QueryKind;
  readonly bidirectional: boolean;
}

/** The seed of the untrained demo weights: the same everywhere, so comparisons share an encoder. */
export const DEMO_SEED = 1;

/** Every width of the demo model: d_x = d_y = n = 4 (the decoder has 2n = 8 when bidirectional). */
export const DEMO_WIDTH = 4;

/**
 * An untrained model of the language pair for `choice` (English → French unless told): the same cell in encoder and decoder, n = 4 per
 * direction, and a decoder as wide as the encoder's output (4, or 8 when bidirectional) so that
 * s_0 = h_T and every score applies. Same choice and seed ⇒ same model.
 */
export function demoModel(choice: ModelChoice, seed = DEMO_SEED, pair: LanguagePair = "en-fr"): Seq2SeqModel {
  const vocabs = PAIR_VOCABS[pair];
  const encoder = { cell: choice.cell, hidden: DEMO_WIDTH, bidirectional: choice.bidirectional, context: "last" as const };
  const attention = choice.variant === "attention" ? { score: choice.score, query: choice.query } : undefined;
  const direction = choice.bidirectional ? "bidirectional " : "";
  return createModel(
    {
      name: `Untrained ${direction}${choice.cell} (${choice.variant === "attention" ? `${choice.score} attention` : choice.variant})${pair === "en-fr" ? "" : `, ${pair}`}`,
      description: "Random weights (seeded Glorot initialisation): the numbers flow as in a trained model, but the words it writes are arbitrary.",
      sourceVocab: vocabs.source,
      targetVocab: vocabs.target,
      d_x: DEMO_WIDTH,
      d_y: DEMO_WIDTH,
      encoder,
      decoder: { cell: choice.cell, hidden: encoderOutputWidth(encoder), variant: choice.variant, init: "context", ...(attention ? { attention } : {}) },
      meta: { trained: false, seed, ...(pair === "en-fr" ? {} : { pair }) },
    },
    createRng(seed),
  );
}
