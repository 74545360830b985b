// The trained preset of a choice as React state: asks the loader for the index and the model, and
// renders again when either arrives. Until then (and if either fails) there is no preset model.

import { useEffect, useReducer } from "react";
import type { Seq2SeqModel } from "../../core/model.ts";
import type { LanguagePair, ModelChoice } from "../../model/defaults.ts";
import { presetFor, type PresetEntry, type PresetLoader } from "./presets.ts";

export type PresetStatus = "loading" | "ready" | "none" | "failed";

export interface PresetState {
  readonly status: PresetStatus;
  readonly entry?: PresetEntry;
  readonly model?: Seq2SeqModel;
  /** Why the index or the model could not be loaded. */
  readonly reason?: string;
}

export function usePreset(loader: PresetLoader, choice: ModelChoice, pair: LanguagePair): PresetState {
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  const index = loader.peekIndex();
  const entry = index.state === "ok" ? presetFor(index.value, choice, pair) : undefined;
  const settled = entry ? loader.peekModel(entry.file) : undefined;

  useEffect(() => {
    let live = true;
    const done = () => live && rerender();
    if (index.state === "pending") loader.index().then(done, done);
    else if (entry && settled?.state === "pending") loader.model(entry).then(done, done);
    return () => {
      live = false;
    };
  }, [loader, index.state, entry, settled?.state]);

  if (index.state === "pending") return { status: "loading" };
  if (index.state === "failed") return { status: "failed", reason: index.reason };
  if (!entry || !settled) return { status: "none" };
  if (settled.state === "pending") return { status: "loading", entry };
  if (settled.state === "failed") return { status: "failed", entry, reason: settled.reason };
  return { status: "ready", entry, model: settled.value };
}
