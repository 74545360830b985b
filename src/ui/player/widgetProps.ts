// Lessons write props in MDX, where a typo is only a string: each widget reads its props through
// these checks and names what it ignored, instead of failing or silently showing something else.

import { DECODING_KINDS, type DecodingKind, type DecodingStrategy } from "../../core/decoding.ts";
import type { CellKind, DecoderVariant, QueryKind, ScoreKind } from "../../core/model.ts";
import { readChoiceFields } from "../../model/choice.ts";
import { readSeed, readTemperature, strategyFromFields } from "../../model/decoding.ts";
import { LANGUAGE_PAIRS, type LanguagePair } from "../../model/pairs.ts";
import { en, type Messages } from "../i18n/en.ts";
import type { ModelChoice } from "../store.ts";

export type PlayerFocus = "encoder" | "decoder" | "attention" | "all";
export type Pair = LanguagePair;

export interface WidgetProps {
  readonly cell?: CellKind;
  readonly variant?: DecoderVariant;
  readonly score?: ScoreKind;
  readonly query?: QueryKind;
  readonly bidirectional?: boolean;
  readonly focus?: PlayerFocus;
  /** The language pair: English → French or English → Chinese (the page's when not given). */
  readonly pair?: Pair;
  /** How the decoder chooses tokens: "greedy" (the default) or "sample" with temperature and seed. */
  readonly decoding?: DecodingKind;
  /** Sampling's τ, from 0.01 to 100 (1 when not given). */
  readonly temperature?: number | string;
  /** Sampling's seed, a whole number (1 when not given). */
  readonly seed?: number | string;
  /** The step the player opens on, by its trace id: "enc.f.2", "ctx", "dec.1", or "last". */
  readonly step?: string;
  /** The sentence a lesson's player opens on (the pair's running example when not given). */
  readonly sentence?: string;
}

export interface ReadProps {
  readonly choice: Partial<ModelChoice>;
  readonly focus: PlayerFocus;
  /** Undefined when the lesson names none. */
  readonly pair: Pair | undefined;
  /** Undefined when the lesson names no decoding. */
  readonly decoding: DecodingStrategy | undefined;
  /** The trace id of the step to open on; undefined when the lesson names none. */
  readonly step: string | undefined;
  /** Undefined when the lesson names none. */
  readonly sentence: string | undefined;
  /** What was ignored or is not available, in words for the page. */
  readonly notes: readonly string[];
}

const FOCI: readonly PlayerFocus[] = ["encoder", "decoder", "attention", "all"];
/** The ids the recurrent trace gives its steps (src/core/trace.ts). */
export const STEP_ID = /^(enc\.[fb]\.[1-9]\d{0,2}|enc\.merge|ctx|dec\.[1-9]\d{0,2}|last)$/u;

/** The props a widget can use, and notes on the rest in the reader's language. */
export function readWidgetProps(raw: Readonly<Record<string, unknown>>, t: Messages = en): ReadProps {
  const notes: string[] = [];
  const pick = <T extends string>(value: unknown, allowed: readonly T[], name: string): T | undefined => {
    if (value === undefined) return undefined;
    if (typeof value === "string" && (allowed as readonly string[]).includes(value)) return value as T;
    notes.push(t.widget.ignored(name, String(value), allowed.join(", ")));
    return undefined;
  };
  const { choice, problems } = readChoiceFields({ cell: raw.cell, variant: raw.variant, score: raw.score, query: raw.query, bidirectional: raw.bidirectional });
  for (const p of problems) notes.push(p.field === "bidirectional" ? t.widget.ignoredFlag(p.value) : t.widget.ignored(p.field, p.value, p.allowed.join(", ")));
  const focus = pick(raw.focus, FOCI, "focus") ?? "all";
  const pair = pick(raw.pair, LANGUAGE_PAIRS, "pair");
  const kind = pick(raw.decoding, DECODING_KINDS, "decoding");
  if (raw.temperature !== undefined && readTemperature(raw.temperature) === undefined) notes.push(t.decoding.ignoredTemperature(String(raw.temperature)));
  if (raw.seed !== undefined && readSeed(raw.seed) === undefined) notes.push(t.decoding.ignoredSeed(String(raw.seed)));
  const decoding = kind === undefined ? undefined : strategyFromFields(kind, raw.temperature, raw.seed);
  const step = typeof raw.step === "string" && STEP_ID.test(raw.step) ? raw.step : undefined;
  if (raw.step !== undefined && step === undefined) notes.push(t.decoding.ignoredStep(String(raw.step)));
  const sentence = typeof raw.sentence === "string" && raw.sentence.trim() !== "" ? raw.sentence : undefined;
  if (raw.sentence !== undefined && sentence === undefined) notes.push(t.widget.ignoredSentence(String(raw.sentence)));
  return { choice, focus, pair, decoding, step, sentence, notes };
}
