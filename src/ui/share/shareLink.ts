// Making and applying a share link's weights. A link carries the edits as a difference from the
// preset or the demo it was made on, or, for an imported model, the whole model. Applying checks the
// edits against that base before anything changes: a link that does not fit changes nothing.

import type { Seq2SeqModel } from "../../core/model.ts";
import { demoModel, type LanguagePair, type ModelChoice } from "../../model/defaults.ts";
import { isLanguagePair } from "../../model/pairs.ts";
import { serializeModel } from "../../model/convert.ts";
import { parseModelText } from "../../model/modelFile.ts";
import { stringifyModelFile } from "../../model/stringify.ts";
import { DEMO_SEED } from "../player/usePlayerStore.ts";
import { countEdits, editErrors, type Edits } from "../model/edits.ts";
import type { ModelStore } from "../model/modelStore.ts";
import type { PresetLoader } from "../model/presets.ts";
import { choiceOfModel, demoId, presetId } from "../model/sources.ts";
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
  | { readonly ok: true; readonly message: string; readonly choice: ModelChoice; readonly pair?: LanguagePair }
  | { readonly ok: false; readonly reason: string };

function checked(base: Seq2SeqModel, edits: Edits): string | null {
  const errors = editErrors(base, edits);
  if (errors.length === 0) return null;
  return `${errors[0]}${errors.length > 1 ? ` (and ${errors.length - 1} more)` : ""}`;
}

const numbers = (n: number) => (n === 1 ? "1 edited number" : `${n} edited numbers`);

/** Decodes a `w=` text and, if every part of it fits, puts it in the store. Never throws. */
export async function applySharedWeights(text: string, { store, presets }: LinkTargets): Promise<Applied> {
  const decoded = await decodeShared(text);
  if (!decoded.ok) return decoded;
  const shared = decoded.value;
  const actions = store.getState();
  try {
    if (shared.kind === "model") {
      const parsed = parseModelText(shared.text);
      if (!parsed.ok) return { ok: false, reason: `its model is not valid: ${parsed.errors[0]!.message}` };
      actions.importModel(parsed.model, "a shared link");
      return { ok: true, message: `Showing the model from the link (${parsed.model.name}).`, choice: choiceOfModel(parsed.model) };
    }
    if (shared.kind === "demo") {
      const problem = checked(demoModel(shared.choice, DEMO_SEED, shared.pair), shared.edits);
      if (problem) return { ok: false, reason: problem };
      actions.replaceEdits(demoId(shared.choice, shared.pair), shared.edits);
      actions.setSource("demo");
      return { ok: true, message: `Showing the untrained model with the link's ${numbers(countEdits(shared.edits))}.`, choice: shared.choice, pair: shared.pair };
    }
    const entry = (await presets.index()).find((e) => e.file === shared.file);
    if (!entry) return { ok: false, reason: `this site has no preset ${shared.file}` };
    const problem = checked(await presets.model(entry), shared.edits);
    if (problem) return { ok: false, reason: problem };
    actions.replaceEdits(presetId(entry.file), shared.edits);
    actions.setSource("preset");
    return { ok: true, message: `Showing the trained preset with the link's ${numbers(countEdits(shared.edits))}.`, choice: entry.choice, ...(isLanguagePair(entry.corpus) ? { pair: entry.corpus } : {}) };
  } catch (e) {
    return { ok: false, reason: `the preset it was made on could not be loaded (${e instanceof Error ? e.message : String(e)})` };
  }
}
