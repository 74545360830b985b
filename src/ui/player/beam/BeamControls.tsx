// The beam player's two fields: the width K and the length penalty α. A field refuses what the
// search cannot use (K not a whole number, K < 1, K above the model's vocabulary, α < 0), says why in
// the reader's language, and the last good value stays in use (NumberField).

import { useStore } from "zustand";
import { alphaProblem, ALPHA_MAX, BEAM_WIDTH_MAX, widthProblem } from "../../../model/beamChoice.ts";
import { NumberField, type Parsed } from "../../fields/NumberField.tsx";
import { parseWeight } from "../../fields/parseWeight.ts";
import type { Messages } from "../../i18n/en.ts";
import { useT } from "../../i18n/index.ts";
import type { PlayerStore } from "../../playerStore.ts";

/** K as the reader typed it, for a model with `vocabSize` target words. */
export function parseWidth(text: string, vocabSize: number, t: Messages): Parsed<number> {
  const shown = text.trim();
  const number = parseWeight(text, t.fields);
  if (!number.ok) return { ok: false, reason: shown === "" ? t.fields.emptyWhole : t.beam.widthNotWhole(shown) };
  const max = Math.min(vocabSize, BEAM_WIDTH_MAX);
  const problem = widthProblem(number.value, vocabSize);
  if (problem === "notWhole") return { ok: false, reason: t.beam.widthNotWhole(shown) };
  if (problem === "belowOne") return { ok: false, reason: t.beam.widthBelowOne(shown) };
  if (problem === "aboveVocab") return { ok: false, reason: t.beam.widthAboveVocab(shown, max) };
  return number;
}

/** α as the reader typed it. */
export function parseAlpha(text: string, t: Messages): Parsed<number> {
  const shown = text.trim();
  const number = parseWeight(text, t.fields);
  if (!number.ok) return shown === "" ? number : { ok: false, reason: t.beam.alphaNotNumber(shown) };
  const problem = alphaProblem(number.value);
  if (problem === "negative") return { ok: false, reason: t.beam.alphaNegative(shown) };
  if (problem === "tooLarge") return { ok: false, reason: t.beam.alphaTooLarge(shown, ALPHA_MAX) };
  if (problem === "notNumber") return { ok: false, reason: t.beam.alphaNotNumber(shown) };
  return number;
}

export function BeamControls({ store, vocabSize }: { store: PlayerStore; vocabSize: number }) {
  const t = useT();
  const beam = useStore(store, (s) => s.beam);
  const { setBeam } = store.getState();
  return (
    <div className="beam-settings" role="group" aria-label={t.beam.settings}>
      <label className="beam-field">
        <span aria-hidden="true">{t.beam.width}</span>
        <NumberField className="number-field beam-number" label={t.beam.width} value={beam.width} format={String} parse={(text) => parseWidth(text, vocabSize, t)} onCommit={(width) => setBeam({ width })} />
      </label>
      <label className="beam-field">
        <span aria-hidden="true">{t.beam.alpha}</span>
        <NumberField className="number-field beam-number" label={t.beam.alpha} value={beam.alpha} format={String} parse={(text) => parseAlpha(text, t)} onCommit={(alpha) => setBeam({ alpha })} />
      </label>
    </div>
  );
}
