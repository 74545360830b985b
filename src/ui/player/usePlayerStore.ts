// Which store a player reads. With no choice props it is the page's store (through the app shell's
// context), so the playground's choice, sentence and step live in the URL. A lesson's player names
// its architecture (and perhaps its language pair or decoding) in props and gets a store of its own,
// so two players on a page step separately. A widget that names no pair takes the page's: the
// edition's own (English → Chinese on a Chinese page) unless the URL names another.

import { useState } from "react";
import { useStore } from "zustand";
import { PAIR_EXAMPLES, type LanguagePair } from "../../model/defaults.ts";
import type { DecodingStrategy } from "../../core/decoding.ts";
import type { BeamChoice } from "../../model/beamChoice.ts";
import { useAppStore } from "../storeContext.ts";
import { createAppStore, DEFAULT_STATE, type AppStore, type ModelChoice } from "../store.ts";

export type ChoiceProps = Partial<ModelChoice>;


function pickChoice(props: ChoiceProps): ChoiceProps {
  const out: Record<string, unknown> = {};
  for (const k of ["cell", "variant", "score", "query", "bidirectional"] as const) if (props[k] !== undefined) out[k] = props[k];
  return out as ChoiceProps;
}

/** What else, besides choice props, gives a lesson's player a store of its own (without any, it reads the page's). */
export interface OwnStoreProps {
  readonly pair?: LanguagePair;
  readonly decoding?: DecodingStrategy;
  /** A step to open on: the page's cursor (in the URL) is not the lesson figure's. */
  readonly step?: string;
  /** The sentence the player opens on (the pair's running example when not given). */
  readonly sentence?: string;
  /** The beam player's K or α. */
  readonly beam?: Partial<BeamChoice>;
}

export function usePlayerStore(props: ChoiceProps, given?: AppStore, { pair, decoding, step, sentence: opening, beam }: OwnStoreProps = {}): AppStore {
  const page = useAppStore();
  const [store] = useState<AppStore>(() => {
    if (given) return given;
    const choice = pickChoice(props);
    if (Object.keys(choice).length === 0 && pair === undefined && decoding === undefined && step === undefined && opening === undefined && beam === undefined) return page;
    const { sentence, pair: pagePair } = page.getState();
    const own = pair ?? pagePair;
    return createAppStore({ choice: { ...DEFAULT_STATE.choice, ...choice }, pair: own, sentence: opening ?? sentenceFor(own, sentence, pagePair), ...(decoding ? { decoding } : {}), ...(beam ? { beam: { ...DEFAULT_STATE.beam, ...beam } } : {}) });
  });
  return store;
}

/** A widget's language pair: the one its props name, else the page's. */
export function useWidgetPair(pair?: LanguagePair): LanguagePair {
  const page = useAppStore();
  const [own] = useState(() => pair ?? page.getState().pair);
  return own;
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

export function usePair(store: AppStore): LanguagePair {
  return useStore(store, (s) => s.pair);
}

export function useChoice(store: AppStore): ModelChoice {
  return useStore(store, (s) => s.choice);
}
