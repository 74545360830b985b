// Where the player's base model comes from, and the id its edits are kept under: a trained preset
// (by file), the untrained demo of a choice, or the one imported model file. Two choices that build
// the same model (score and query do not matter without attention) share an id.

import type { Seq2SeqModel } from "../../core/model.ts";
import type { LanguagePair, ModelChoice } from "../../model/defaults.ts";

/** Which base the reader asked for; "preset" falls back to the demo while none is available. */
export type SourceKind = "preset" | "demo" | "imported";

export const SOURCE_KINDS: readonly SourceKind[] = ["preset", "demo", "imported"];

/** The id of the imported model's edits (there is one imported model at a time). */
export const IMPORTED_ID = "import";

/** The choice with the fields that do not change the model set to fixed values. */
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

export function demoId(choice: ModelChoice, pair: LanguagePair = "en-fr"): string {
  const c = normalChoice(choice);
  const attention = c.variant === "attention" ? `/${c.score}/${c.query}` : "";
  return `demo:${pair === "en-fr" ? "" : `${pair}:`}${c.cell}/${c.variant}${attention}${c.bidirectional ? "/bi" : ""}`;
}

export function presetId(file: string): string {
  return `preset:${file}`;
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
