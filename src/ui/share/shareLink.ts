// Making and applying a share link's weights. A link carries the edits as a difference from the
// preset or the demo it was made on, or, for an imported model, the whole model. Applying checks the
// edits against that base before anything changes: a link that does not fit changes nothing. A link
// that does fit may replace the reader's own edits of that base, or their imported model: the store
// keeps what was there for Undo, and the result says what was replaced so the notice can offer it.

import type { Seq2SeqModel } from "../../core/model.ts";
import { DEMO_SEED, demoModel, type LanguagePair, type ModelChoice } from "../../model/defaults.ts";
import { isLanguagePair } from "../../model/pairs.ts";
import { serializeModel } from "../../model/convert.ts";
import { parseModelTextOffThread } from "../model/parseOffThread.ts";
import { stringifyModelFile } from "../../model/stringify.ts";
import type { Messages } from "../i18n/en.ts";
import { countEdits, editErrors, type Edits } from "../model/edits.ts";
import type { ModelStore } from "../model/modelStore.ts";
import type { PresetLoader } from "../kit/presets.ts";
import { demoId, IMPORTED_ID, presetId } from "../model/sources.ts";
import { choiceOfModel } from "../../model/choice.ts";
import type { CurrentModel } from "../model/useCurrentModel.ts";
import { decodeShared, type SharedWeights } from "./linkCodec.ts";

/** The weights to put in a link for what a player shows. */
export function sharedWeightsOf(current: CurrentModel, choice: ModelChoice): SharedWeights {
  // A model trained on demand is in no file of the site: the link carries it whole, as an imported one.
  if (current.kind === "imported" || current.kind === "trained") return { kind: "model", text: stringifyModelFile(serializeModel(current.model)) };
  if (current.kind === "preset" && current.preset) return { kind: "preset", file: current.preset.file, edits: current.edits };
  return { kind: "demo", choice, pair: current.pair, edits: current.edits };
}

export interface LinkTargets {
  readonly store: ModelStore;
  readonly presets: PresetLoader;
}

/**
 * What applying a link did. `choice` (and `pair`, for a preset or the demo) is the architecture the
 * weights belong to: the player must show it, whatever the address's own choices say (an address
 * leaves out the choices equal to the defaults of the build that made it, and defaults change).
 */
export type Applied =
  | { readonly ok: true; readonly said: LinkSaid; readonly choice: ModelChoice; readonly pair?: LanguagePair }
  | { readonly ok: false; readonly reason: string };

/** What a link did, for the notice: what it shows, and what of the reader's it replaced (kept for Undo). */
export type LinkSaid =
  | { readonly kind: "preset" | "demo"; readonly count: number; readonly replaced: number }
  | { readonly kind: "model"; readonly name: string; readonly replacedModel: string | null; readonly replaced: number };

/** The notice's sentence for what a link did, in the reader's language. */
export function linkMessage(said: LinkSaid, t: Messages): string {
  const l = t.faults.link;
  const shown = said.kind === "model" ? l.model(said.name) : said.kind === "preset" ? l.preset(said.count) : l.demo(said.count);
  const replaced = said.kind === "model" && said.replacedModel !== null ? l.replacedModel(said.replacedModel) : said.replaced > 0 ? l.replacedEdits(said.replaced) : "";
  return replaced ? `${shown} ${replaced}` : shown;
}

/** Whether applying the link replaced something of the reader's (the notice then offers Undo). */
export function replacedSomething(said: LinkSaid): boolean {
  return said.replaced > 0 || (said.kind === "model" && said.replacedModel !== null);
}

function checked(base: Seq2SeqModel, edits: Edits): string | null {
  const errors = editErrors(base, edits);
  if (errors.length === 0) return null;
  return `${errors[0]}${errors.length > 1 ? ` (and ${errors.length - 1} more)` : ""}`;
}

/** How many of the reader's edits of `baseId` the link's edits replace (none when they are the same). */
function replacedCount(store: ModelStore, baseId: string, incoming: Edits): number {
  const mine = store.getState().edits[baseId];
  if (!mine) return 0;
  let differ = 0;
  for (const [path, values] of Object.entries(mine)) {
    for (const [index, value] of Object.entries(values)) if (!Object.is(incoming[path]?.[Number(index)], value)) differ++;
  }
  return differ;
}

/** Decodes a `w=` text and, if every part of it fits, puts it in the store. Never throws. */
export async function applySharedWeights(text: string, { store, presets }: LinkTargets): Promise<Applied> {
  const decoded = await decodeShared(text);
  if (!decoded.ok) return decoded;
  const shared = decoded.value;
  const actions = store.getState();
  try {
    if (shared.kind === "model") {
      const parsed = await parseModelTextOffThread(shared.text);
      if (!parsed.ok) return { ok: false, reason: `its model is not valid: ${parsed.errors[0]!.message}` };
      const before = store.getState();
      const replaced = countEdits(before.edits[IMPORTED_ID] ?? {});
      actions.importModel(parsed.model, parsed.model.name, "link");
      return { ok: true, said: { kind: "model", name: parsed.model.name, replacedModel: before.imported ? before.imported.name : null, replaced }, choice: choiceOfModel(parsed.model) };
    }
    if (shared.kind === "demo") {
      const problem = checked(demoModel(shared.choice, DEMO_SEED, shared.pair), shared.edits);
      if (problem) return { ok: false, reason: problem };
      const id = demoId(shared.choice, shared.pair);
      const replaced = replacedCount(store, id, shared.edits);
      actions.replaceEdits(id, shared.edits);
      actions.setSource("demo");
      return { ok: true, said: { kind: "demo", count: countEdits(shared.edits), replaced }, choice: shared.choice, pair: shared.pair };
    }
    const entry = (await presets.index()).find((e) => e.file === shared.file);
    if (!entry) return { ok: false, reason: `this site has no preset ${shared.file}` };
    const problem = checked(await presets.model(entry), shared.edits);
    if (problem) return { ok: false, reason: problem };
    const id = presetId(entry.file);
    const replaced = replacedCount(store, id, shared.edits);
    actions.replaceEdits(id, shared.edits);
    actions.setSource("preset");
    return { ok: true, said: { kind: "preset", count: countEdits(shared.edits), replaced }, choice: entry.choice, ...(isLanguagePair(entry.corpus) ? { pair: entry.corpus } : {}) };
  } catch (e) {
    return { ok: false, reason: `the preset it was made on could not be loaded (${e instanceof Error ? e.message : String(e)})` };
  }
}
