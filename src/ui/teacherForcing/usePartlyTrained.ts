// The partly trained model of a pair as React state: the corpus is fetched once, then the run
// (src/model/partlyTrained.ts, about half a second) goes in slices between frames, so the page stays
// responsive; the model is kept for the page's life, so choosing it again is instant.

import { useEffect, useState } from "react";
import type { Seq2SeqModel } from "../../core/model.ts";
import type { Corpus } from "../../core/train/corpus.ts";
import type { ModelChoice } from "../../model/defaults.ts";
import { PARTLY_TRAINED_UPDATES, partlyTrainedSlices } from "../../model/partlyTrained.ts";
import type { LanguagePair } from "../../model/pairs.ts";

export type PartlyTrained = { readonly status: "idle" } | { readonly status: "training"; readonly done: number; readonly total: number } | { readonly status: "ready"; readonly model: Seq2SeqModel } | { readonly status: "failed"; readonly reason: string };

const made = new Map<LanguagePair, Seq2SeqModel>();

async function loadCorpus(pair: LanguagePair): Promise<Corpus> {
  const response = await fetch(`${import.meta.env.BASE_URL}corpus/${pair}.json`);
  if (!response.ok) throw new Error(`corpus/${pair}.json: HTTP ${response.status}`);
  return (await response.json()) as Corpus;
}

const nextFrame = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export function usePartlyTrained(pair: LanguagePair, choice: ModelChoice, wanted: boolean): PartlyTrained {
  const total = PARTLY_TRAINED_UPDATES[pair];
  const [state, setState] = useState<PartlyTrained>({ status: "idle" });
  const ready = made.get(pair);
  useEffect(() => {
    if (!wanted || made.has(pair)) return;
    let live = true;
    (async () => {
      setState({ status: "training", done: 0, total });
      const run = partlyTrainedSlices(await loadCorpus(pair), pair, choice, total);
      for (let step = run.next(); live; step = run.next()) {
        if (step.done) {
          made.set(pair, step.value);
          setState({ status: "ready", model: step.value });
          return;
        }
        setState({ status: "training", done: step.value, total });
        await nextFrame();
      }
    })().catch((e: unknown) => live && setState({ status: "failed", reason: e instanceof Error ? e.message : String(e) }));
    return () => {
      live = false;
    };
  }, [pair, choice, wanted, total]);
  if (ready) return { status: "ready", model: ready };
  return wanted && state.status === "idle" ? { status: "training", done: 0, total } : state;
}
