// A player's on-demand model as React state: while `enabled` (the reader wants a trained model and
// no preset exists for the choice), the player holds on to its choice's model, so it is found in the
// cache or trained; it lets go when the choice changes or the player leaves the page.

import { useEffect } from "react";
import { useStore } from "zustand";
import { createStore } from "zustand/vanilla";
import type { LanguagePair, ModelChoice } from "../../model/defaults.ts";
import { cacheKey } from "./cache.ts";
import type { OnDemand, OnDemandEntry, OnDemandState } from "./onDemand.ts";

const NOTHING = createStore<OnDemandState>()(() => ({ entries: {} }));

export function useOnDemand(onDemand: OnDemand | undefined, choice: ModelChoice, pair: LanguagePair, enabled: boolean): OnDemandEntry | undefined {
  const key = cacheKey(choice, pair);
  const on = enabled && onDemand !== undefined;
  const { cell, variant, score, query, bidirectional } = choice;
  useEffect(() => {
    if (!on) return;
    return onDemand.want({ cell, variant, score, query, bidirectional }, pair);
    // The key names the choice's fields that matter; a new choice object with the same fields changes nothing.
  }, [on, onDemand, key]);
  const entry = useStore(onDemand?.store ?? NOTHING, (s) => s.entries[key]);
  return on ? entry : undefined;
}
