// What the playground's model knows: the held-out accuracy its training measured (sentences it never
// saw, translated exactly), and the words it reads, each a button that adds it to the sentence.
// Any other word is read as <unk>, and the sentence field says so.

import { useMemo } from "react";
import { SPECIAL_TOKENS } from "../../core/model.ts";
import type { Messages } from "../i18n/en.ts";
import { useT } from "../i18n/index.ts";
import type { CurrentModel } from "../model/useCurrentModel.ts";
import type { PlayerStore } from "../playerStore.ts";
import { VocabularyWords } from "./VocabularyWords.tsx";
import "./modelFacts.css";

const SPECIALS: ReadonlySet<string> = new Set(Object.values(SPECIAL_TOKENS));

export type AccuracyFact =
  | { readonly kind: "measured"; readonly value: number; readonly edited: boolean }
  | { readonly kind: "demo" | "loading" | "imported" | "preset" };

/** The held-out accuracy a model file's meta records (sentence accuracy in [0, 1]), if any. */
function recorded(meta: Readonly<Record<string, unknown>> | undefined): number | undefined {
  const x = meta?.heldOutAccuracy;
  return typeof x === "number" && x >= 0 && x <= 1 ? x : undefined;
}

/** What can be said of the current model's held-out accuracy. */
export function accuracyFact(shown: Pick<CurrentModel, "kind" | "base" | "loading" | "editCount">): AccuracyFact {
  if (shown.kind === "demo") return { kind: shown.loading ? "loading" : "demo" };
  const value = recorded(shown.base.meta);
  // A model trained on demand records its held-out accuracy as a preset does (finishRecipe).
  return value === undefined ? { kind: shown.kind === "trained" ? "preset" : shown.kind } : { kind: "measured", value, edited: shown.editCount > 0 };
}

function accuracyText(fact: AccuracyFact, f: Messages["modelFacts"]): string {
  switch (fact.kind) {
    case "measured":
      return fact.edited ? `${f.accuracyValue(fact.value)} (${f.beforeEdits})` : f.accuracyValue(fact.value);
    case "loading":
      return f.loading;
    case "demo":
      return f.notMeasuredDemo;
    case "imported":
      return f.notMeasuredImported;
    case "preset":
      return f.notMeasuredPreset;
  }
}

export function ModelFacts({ store, shown }: { store: PlayerStore; shown: CurrentModel }) {
  const f = useT().modelFacts;
  const vocab = shown.model.source.vocab;
  const words = useMemo(() => vocab.filter((w) => !SPECIALS.has(w)), [vocab]);
  const add = (word: string) => {
    const { sentence, setSentence } = store.getState();
    const kept = sentence.trimEnd();
    setSentence(kept ? `${kept} ${word}` : word);
  };
  return (
    <section className="model-facts" aria-label={f.region}>
      <p className="model-facts-accuracy">
        <span className="model-facts-label">{f.accuracy}</span> {accuracyText(accuracyFact(shown), f)}
      </p>
      {/* Folded by default: open, the list would push the formulas below a laptop's fold. */}
      <details className="model-facts-vocab">
        <summary>{f.vocabulary(words.length)}</summary>
        <VocabularyWords words={words} label={f.vocabulary(words.length)} hint={f.vocabularyHint} onPick={add} />
      </details>
    </section>
  );
}
