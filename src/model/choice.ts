// A ModelChoice read from outside, in one place. The URL's fields, a lesson's widget props and the
// preset index all name a choice's fields in text (a flag as true/false, "true"/"false" or "1"/"0");
// readChoiceFields reads the fields that are given and names each one it could not read, and each
// caller decides what a problem means (the URL falls back to its default, a widget says so on the
// page, the index drops the entry). normalChoice and sameChoice say when two choices build the same
// model.

import { CELL_KINDS, DECODER_VARIANTS, QUERY_KINDS, SCORE_KINDS, type Seq2SeqModel } from "../core/model.ts";
import type { ModelChoice } from "./defaults.ts";

/** The named fields of a choice and the values each may take; `bidirectional` is a flag. */
export const CHOICE_FIELDS = { cell: CELL_KINDS, variant: DECODER_VARIANTS, score: SCORE_KINDS, query: QUERY_KINDS } as const;

/** A field that was given but could not be read: its value as text, and what it may be. */
export interface ChoiceProblem {
  readonly field: keyof ModelChoice;
  readonly value: string;
  readonly allowed: readonly string[];
}

/** A flag as text or a boolean: true, "true", "1" / false, "false", "0"; anything else is undefined. */
export function readFlag(value: unknown): boolean | undefined {
  if (value === true || value === "true" || value === "1") return true;
  if (value === false || value === "false" || value === "0") return false;
  return undefined;
}

/** The fields of `raw` that are given (neither undefined nor null), read; the rest are left out. */
export function readChoiceFields(raw: Readonly<Partial<Record<keyof ModelChoice, unknown>>>): { choice: Partial<ModelChoice>; problems: ChoiceProblem[] } {
  const choice: Record<string, unknown> = {};
  const problems: ChoiceProblem[] = [];
  for (const [field, allowed] of Object.entries(CHOICE_FIELDS) as [keyof typeof CHOICE_FIELDS, readonly string[]][]) {
    const value = raw[field];
    if (value === undefined || value === null) continue;
    if (typeof value === "string" && allowed.includes(value)) choice[field] = value;
    else problems.push({ field, value: String(value), allowed });
  }
  const bi = raw.bidirectional;
  if (bi !== undefined && bi !== null) {
    const flag = readFlag(bi);
    if (flag === undefined) problems.push({ field: "bidirectional", value: String(bi), allowed: ["true", "false"] });
    else choice.bidirectional = flag;
  }
  return { choice: choice as Partial<ModelChoice>, problems };
}

/** The choice with the fields that do not change the model (score and query without attention) set to fixed values. */
export function normalChoice(choice: ModelChoice): ModelChoice {
  if (choice.variant === "attention") return { ...choice };
  return { cell: choice.cell, variant: choice.variant, score: "dot", query: "previous", bidirectional: choice.bidirectional };
}

/** Whether two choices build the same model. */
export function sameChoice(a: ModelChoice, b: ModelChoice): boolean {
  const x = normalChoice(a);
  const y = normalChoice(b);
  return x.cell === y.cell && x.variant === y.variant && x.score === y.score && x.query === y.query && x.bidirectional === y.bidirectional;
}

/** The choice nearest to a model's architecture (the decoder's cell; an imported model may mix cells). */
export function choiceOfModel(model: Seq2SeqModel): ModelChoice {
  const a = model.decoder.attention;
  return normalChoice({
    cell: model.decoder.cell,
    variant: model.decoder.variant,
    score: a?.score ?? "dot",
    query: a?.query ?? "previous",
    bidirectional: model.encoder.bidirectional,
  });
}
