// Which Transformer a picture shows for a head count and a sentence pair: the pair's trained preset
// (preset.ts) once it has arrived, else the untrained demo (demo.ts). The parameter shapes do not
// depend on h, so a preset trained with 2 heads can be shown split into 1 or 4: the same weights, grouped otherwise.

import { useMemo } from "react";
import { transformerForward, type TransformerModel, type TransformerTrace } from "../../core/transformer/index.ts";
import type { LanguagePair } from "../../model/pairs.ts";
import { demoTrace, demoTransformer, type HeadCount, type SentencePair } from "./demo.ts";
import { useTransformerPresets, type TransformerPresets, type TransformerPresetStore } from "./preset.ts";

/** The corpus each of the chapter's sentence pairs comes from. */
export const PAIR_CORPUS: Readonly<Record<SentencePair["id"], LanguagePair>> = { you: "en-fr", china: "en-zh" };

export interface ShownTransformer {
  readonly model: TransformerModel;
  /** The teacher-forced pass over the pair (the decoder reads <sos> and the target, all rows at once). */
  readonly trace: TransformerTrace;
  /** Whether these are trained weights; the pictures say "untrained" when they are not. */
  readonly trained: boolean;
  /** The heads the preset was trained with, when it is shown split into another number of heads. */
  readonly trainedHeads?: number;
}

const regrouped = new WeakMap<TransformerModel, Map<number, TransformerModel>>();
const traces = new WeakMap<TransformerModel, Map<string, TransformerTrace>>();

/** The preset split into h heads (the same object when h is its own count); cached, so pictures can memoise on it. */
function withHeads(model: TransformerModel, heads: number): TransformerModel {
  if (heads === model.heads) return model;
  const byHeads = regrouped.get(model) ?? new Map<number, TransformerModel>();
  regrouped.set(model, byHeads);
  let out = byHeads.get(heads);
  if (!out) byHeads.set(heads, (out = { ...model, heads }));
  return out;
}

function traceOf(model: TransformerModel, pair: SentencePair): TransformerTrace {
  const byPair = traces.get(model) ?? new Map<string, TransformerTrace>();
  traces.set(model, byPair);
  let trace = byPair.get(pair.id);
  if (!trace) byPair.set(pair.id, (trace = transformerForward(model, pair.source, { target: pair.target })));
  return trace;
}

/** What a picture with h heads shows for `pair`, given the presets as they stand. */
export function shownTransformer(presets: TransformerPresets, heads: HeadCount, pair: SentencePair): ShownTransformer {
  const preset = presets[PAIR_CORPUS[pair.id]];
  if (preset.state === "ok" && preset.model.d_model % heads === 0) {
    const model = withHeads(preset.model, heads);
    return { model, trace: traceOf(model, pair), trained: true, ...(heads !== preset.model.heads ? { trainedHeads: preset.model.heads } : {}) };
  }
  return { model: demoTransformer(heads), trace: demoTrace(heads, pair), trained: false };
}

/** shownTransformer as React state: the untrained demo first, the preset once it has arrived. */
export function useShownTransformer(heads: HeadCount, pair: SentencePair, store?: TransformerPresetStore): ShownTransformer {
  const presets = useTransformerPresets(store);
  return useMemo(() => shownTransformer(presets, heads, pair), [presets, heads, pair]);
}
