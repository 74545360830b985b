// The architectures each lesson widget builds from its props, as plain functions: the widgets call
// them, and tests/content/presetDefaults.test.ts reads every lesson's props through them to check
// that each default has a trained preset for its language pair.

import { DECODER_VARIANTS, SCORE_KINDS, type CellKind } from "../../core/model.ts";
import { DEFAULT_PLAYER, type ModelChoice } from "../playerStore.ts";

/** A player's first choice: the page's default with the lesson's props on top. */
export function playerChoice(props: Partial<ModelChoice>): ModelChoice {
  return { ...DEFAULT_PLAYER.choice, ...props };
}

/** DecoderComparison: the three decoder variants on one cell; the attention panel queries the previous state, as its formula does. */
export function decoderComparisonChoices(props: Partial<ModelChoice>, cell: CellKind = props.cell ?? DEFAULT_PLAYER.choice.cell): ModelChoice[] {
  const base = { ...DEFAULT_PLAYER.choice, ...props, cell, query: "previous" as const };
  return DECODER_VARIANTS.map((variant) => ({ ...base, variant }));
}

/**
 * ScoreComparison: the four scores, with the current-state query unless the props name another. With
 * the previous-state query the scaled score cannot put 0.8 on a first word (its query s_0 = h_T; see
 * docs/training.md), so by default every panel shows a trained alignment.
 */
export function scoreComparisonChoices(props: Partial<ModelChoice>): ModelChoice[] {
  const base = { ...DEFAULT_PLAYER.choice, query: "current" as const, ...props, variant: "attention" as const };
  return SCORE_KINDS.map((score) => ({ ...base, score }));
}

/** GruComparison: a reset-before model (the reset-after side is its twin with the same weights). */
export function gruComparisonChoice(props: Partial<ModelChoice>): ModelChoice {
  return { ...DEFAULT_PLAYER.choice, ...props, cell: "gru-reset-before" };
}

/** RecurrentVsTransformer's recurrent side (English → French): the scaled score with the current state as query, whose query, like the Transformer's, has read the previous word. */
export const RECURRENT_VS_TRANSFORMER_CHOICE: ModelChoice = { cell: "lstm", variant: "attention", score: "scaled", query: "current", bidirectional: false };
