// What the reader can change: the sentence and the architecture. Every change recomputes the trace
// at once (the trace is derived from these inputs).

import { memo } from "react";
import { useStore } from "zustand";
import type { CellKind, DecoderVariant, ScoreKind } from "../../core/model.ts";
import type { SourceToken } from "../../core/trace.ts";
import { en } from "../i18n/en.ts";
import type { AppStore } from "../store.ts";
import { ArchitectureSelects } from "../components/ArchitectureSelects.tsx";
import { DecodingControl } from "./DecodingControl.tsx";
import { SentenceInput } from "./SentenceInput.tsx";

/** The English names (the dictionaries hold both languages' names: `t.names`). */
export const CELL_NAMES: Record<CellKind, string> = en.names.cells;
export const VARIANT_NAMES: Record<DecoderVariant, string> = en.names.variants;
export const SCORE_NAMES: Record<ScoreKind, string> = en.names.scores;

interface Props {
  readonly store: AppStore;
  readonly error: string | null;
  /** The tokens of the shown trace, to name the words read as <unk>. */
  readonly source: readonly SourceToken[];
}

/** The same words read the same way: a new trace of the same sentence (a weight edit) changes nothing here. */
function sameSource(a: readonly SourceToken[], b: readonly SourceToken[]): boolean {
  return a.length === b.length && a.every((x, i) => x.text === b[i]!.text && x.token === b[i]!.token && x.id === b[i]!.id && x.unknown === b[i]!.unknown);
}

export const ChoiceControls = memo(ChoiceControlsBody, (a, b) => a.store === b.store && a.error === b.error && sameSource(a.source, b.source));

function ChoiceControlsBody({ store, error, source }: Props) {
  const choice = useStore(store, (s) => s.choice);
  const sentence = useStore(store, (s) => s.sentence);
  const pair = useStore(store, (s) => s.pair);
  const { setChoice, setSentence, setPair } = store.getState();
  return (
    <div className="player-choices">
      <SentenceInput value={sentence} onChange={setSentence} error={error} source={source} />
      <div className="player-selects">
        <ArchitectureSelects pair={pair} choice={choice} onPair={setPair} onChoice={setChoice} checkClass="player-check" />
        <DecodingControl store={store} />
      </div>
    </div>
  );
}
