// Which store a player reads. With no choice props it is the page's store (through the app shell's
// context), so the playground's choice, sentence and step live in the URL. A lesson's player names
// its architecture (and perhaps its language pair) in props and gets a store of its own, so two
// players on a page step separately.

import { useMemo, useState } from "react";
import { useStore } from "zustand";
import { demoModel, PAIR_EXAMPLES, type LanguagePair } from "../../model/defaults.ts";
import type { Seq2SeqModel } from "../../core/model.ts";
import { useAppStore } from "../app/storeContext.ts";
import { createAppStore, DEFAULT_STATE, type AppStore, type ModelChoice } from "../store.ts";

export type ChoiceProps = Partial<ModelChoice>;

/** The seed of the untrained demo weights: the same everywhere, so comparisons share an encoder. */
export const DEMO_SEED = 1;

function pickChoice(props: ChoiceProps): ChoiceProps {
  const out: Record<string, unknown> = {};
  for (const k of ["cell", "variant", "score", "query", "bidirectional"] as const) if (props[k] !== undefined) out[k] = props[k];
  return out as ChoiceProps;
}

/** A lesson's player with choice props, a pair or a sentence of its own gets its own store; without them it reads the page's. */
export function usePlayerStore(props: ChoiceProps, given?: AppStore, pair?: LanguagePair, opening?: string): AppStore {
  const page = useAppStore();
  const [store] = useState<AppStore>(() => {
    if (given) return given;
    const choice = pickChoice(props);
    if (Object.keys(choice).length === 0 && pair === undefined && opening === undefined) return page;
    const { sentence, pair: pagePair } = page.getState();
    const own = pair ?? pagePair;
    return createAppStore({ choice: { ...DEFAULT_STATE.choice, ...choice }, pair: own, sentence: opening ?? sentenceFor(own, sentence, pagePair) });
  });
  return store;
}

/** The page's sentence for a figure of `pair`: the reader's own, or the pair's running example in place of the page pair's. */
export function sentenceFor(pair: LanguagePair, pageSentence: string, pagePair: LanguagePair): string {
  return pageSentence === PAIR_EXAMPLES[pagePair] ? PAIR_EXAMPLES[pair] : pageSentence;
}

/** A sentence of a widget's own, starting from the page's (for the widget's pair). */
export function useLocalSentence(pair?: LanguagePair): [string, (sentence: string) => void] {
  const page = useAppStore();
  return useState(() => {
    const { sentence, pair: pagePair } = page.getState();
    return sentenceFor(pair ?? pagePair, sentence, pagePair);
  });
}

/** The demo model of a choice and pair, rebuilt only when a field of the choice changes. */
export function useDemoModel(choice: ModelChoice, seed = DEMO_SEED, pair: LanguagePair = "en-fr"): Seq2SeqModel {
  const { cell, variant, score, query, bidirectional } = choice;
  return useMemo(() => demoModel({ cell, variant, score, query, bidirectional }, seed, pair), [cell, variant, score, query, bidirectional, seed, pair]);
}

export function usePair(store: AppStore): LanguagePair {
  return useStore(store, (s) => s.pair);
}

/** Whether the model's weights came from training. */
export function isTrained(model: Seq2SeqModel): boolean {
  return model.meta?.trained === true;
}

export function useChoice(store: AppStore): ModelChoice {
  return useStore(store, (s) => s.choice);
}
