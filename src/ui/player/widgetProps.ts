// Lessons write props in MDX, where a typo is only a string: each widget reads its props through
// these checks and names what it ignored, instead of failing or silently showing something else.

import { CELL_KINDS, DECODER_VARIANTS, SCORE_KINDS, type CellKind, type DecoderVariant, type QueryKind, type ScoreKind } from "../../core/model.ts";
import type { ModelChoice } from "../store.ts";

export type PlayerFocus = "encoder" | "decoder" | "attention" | "all";
export type Pair = "en-fr" | "en-zh";

export interface WidgetProps {
  readonly cell?: CellKind;
  readonly variant?: DecoderVariant;
  readonly score?: ScoreKind;
  readonly query?: QueryKind;
  readonly bidirectional?: boolean;
  readonly focus?: PlayerFocus;
  /** The language pair: English → French (default) or English → Chinese. */
  readonly pair?: Pair;
}

export interface ReadProps {
  readonly choice: Partial<ModelChoice>;
  readonly focus: PlayerFocus;
  readonly pair: Pair;
  /** What was ignored or is not available, in words for the page. */
  readonly notes: readonly string[];
}

const FOCI: readonly PlayerFocus[] = ["encoder", "decoder", "attention", "all"];
const QUERIES: readonly QueryKind[] = ["previous", "current"];
const PAIRS: readonly Pair[] = ["en-fr", "en-zh"];

function pick<T extends string>(raw: unknown, allowed: readonly T[], name: string, notes: string[]): T | undefined {
  if (raw === undefined) return undefined;
  if (typeof raw === "string" && (allowed as readonly string[]).includes(raw)) return raw as T;
  notes.push(`This figure ignores ${name}="${String(raw)}": expected one of ${allowed.join(", ")}.`);
  return undefined;
}

/** The props a widget can use, and notes on the rest. */
export function readWidgetProps(raw: Readonly<Record<string, unknown>>): ReadProps {
  const notes: string[] = [];
  const choice: Record<string, unknown> = {};
  const set = (k: string, v: unknown) => v !== undefined && (choice[k] = v);
  set("cell", pick(raw.cell, CELL_KINDS, "cell", notes));
  set("variant", pick(raw.variant, DECODER_VARIANTS, "variant", notes));
  set("score", pick(raw.score, SCORE_KINDS, "score", notes));
  set("query", pick(raw.query, QUERIES, "query", notes));
  const bi = raw.bidirectional;
  if (bi === true || bi === "true") choice.bidirectional = true;
  else if (bi === false || bi === "false") choice.bidirectional = false;
  else if (bi !== undefined) notes.push(`This figure ignores bidirectional="${String(bi)}": expected true or false.`);
  const focus = pick(raw.focus, FOCI, "focus", notes) ?? "all";
  const pair = pick(raw.pair, PAIRS, "pair", notes) ?? "en-fr";
  if (pair === "en-zh") notes.push("The English → Chinese model is not built yet, so this figure shows English → French (I love you → Je t'aime).");
  return { choice: choice as Partial<ModelChoice>, focus, pair, notes };
}
