// The three decoder variants side by side on one sentence, each a model trained with it (its preset,
// or trained on demand); their encoders were trained with them, so their states differ. The untrained
// demos shown meanwhile share a seed and draw the encoder's weights first: they read the same h_1 … h_T.

import { useState } from "react";
import type { CellKind, DecoderVariant } from "../../core/model.ts";
import type { Trace } from "../../core/trace.ts";
import { DEFAULT_STATE } from "../store.ts";
import { useCjkFont } from "../i18n/cjkFont.ts";
import { useT } from "../i18n/index.ts";
import { Select } from "../components/Select.tsx";
import { SymbolText } from "../components/SymbolText.tsx";
import { ComparisonFrame } from "./ComparisonFrame.tsx";
import { VARIANT_TEX } from "./formulas.ts";
import { DecoderPicture } from "./pictures.tsx";
import { Tex } from "../components/Tex.tsx";
import { useLocalSentence, useWidgetPair } from "./usePlayerStore.ts";
import { isTrained } from "../model/useTrainedModel.ts";
import { useTrainedModel } from "../model/useTrainedModel.ts";
import { useTrace } from "./useTrace.ts";
import { decoderComparisonChoices } from "../components/widgetChoices.ts";
import { readWidgetProps, type WidgetProps } from "./widgetProps.ts";

const VARIANTS: readonly DecoderVariant[] = ["initial", "every-step", "attention"];
/** The cells a state may take in a panel: the presets' 32-entry states fold to 15 and "+17 more", so three panels fit a screen. */
const COMPARISON_ROWS = 16;

/** Whether traces read the same encoder states (to the last bit). */
export function sameEncoder(traces: readonly Trace[]): boolean {
  const [first, ...rest] = traces;
  return first !== undefined && rest.every((t) => t.H.length === first.H.length && t.H.every((h, j) => h.every((x, i) => x === first.H[j]![i])));
}

export function DecoderComparison(props: WidgetProps) {
  const t = useT();
  const { choice, notes, pair: named } = readWidgetProps(props as Record<string, unknown>, t);
  const pair = useWidgetPair(named);
  const [sentence, setSentence] = useLocalSentence(pair);
  const [cell, setCell] = useState<CellKind>(choice.cell ?? DEFAULT_STATE.choice.cell);
  useCjkFont(pair === "en-zh");
  // The attention panel's formula (VARIANT_TEX) is the previous-state query's, whatever the page's default.
  // One model and trace per variant; the list has a fixed length, so the hooks keep their order.
  const shown = decoderComparisonChoices(choice, cell).map((c) => useTrainedModel(c, pair));
  const models = shown.map((m) => m.model);
  const results = models.map((m) => useTrace(m, sentence));
  const traces = results.flatMap((r) => (r.trace ? [r.trace] : []));
  return (
    <ComparisonFrame
      label={t.comparisons.decoders}
      models={shown}
      notes={notes}
      sentence={sentence}
      onSentence={setSentence}
      error={results[0]!.error}
      source={traces[0]?.source ?? []}
      controls={<Select label={t.player.cell} value={cell} names={t.names.cells} onChange={setCell} />}
    >
      {traces.length === VARIANTS.length && (
        <p className="comparison-summary">
          <SymbolText text={sameEncoder(traces) ? t.comparisons.sameEncoder : models.every(isTrained) ? t.comparisons.trainedEncoders : t.comparisons.differentEncoder} />
        </p>
      )}
      <div className="comparison-grid comparison-rows">
        {results.map((r, i) => (
          <section key={VARIANTS[i]} className="comparison-panel" aria-label={t.names.variants[VARIANTS[i]!]}>
            <h3>{t.names.variants[VARIANTS[i]!]}</h3>
            <Tex tex={VARIANT_TEX[VARIANTS[i]!]} className="comparison-formula" />
            {r.trace && <DecoderPicture trace={r.trace} cursor={r.trace.steps.length} beside rows={COMPARISON_ROWS} />}
            <p className="player-output">
              <span className="player-output-label">{t.player.output}:</span> {r.trace?.output.text || "—"}
            </p>
          </section>
        ))}
      </div>
    </ComparisonFrame>
  );
}
