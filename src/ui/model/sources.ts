// Where the player's base model comes from, and the id its edits are kept under: a trained preset
// (by file), the untrained demo of a choice, or the one imported model file. Two choices that build
// the same model (score and query do not matter without attention) share an id.

import { normalChoice } from "../../model/choice.ts";
import type { LanguagePair, ModelChoice } from "../../model/defaults.ts";

/** Which base the reader asked for; "preset" falls back to the demo while none is available. */
export type SourceKind = "preset" | "demo" | "imported";

export const SOURCE_KINDS: readonly SourceKind[] = ["preset", "demo", "imported"];

/** The id of the imported model's edits (there is one imported model at a time). */
export const IMPORTED_ID = "import";

export function demoId(choice: ModelChoice, pair: LanguagePair = "en-fr"): string {
  const c = normalChoice(choice);
  const attention = c.variant === "attention" ? `/${c.score}/${c.query}` : "";
  return `demo:${pair === "en-fr" ? "" : `${pair}:`}${c.cell}/${c.variant}${attention}${c.bidirectional ? "/bi" : ""}`;
}

export function presetId(file: string): string {
  return `preset:${file}`;
}
