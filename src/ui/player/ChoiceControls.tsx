// What the reader can change: the sentence and the architecture. Every change recomputes the trace
// at once (the trace is derived from these inputs).

import { memo } from "react";
import { useStore } from "zustand";
import type { CellKind, DecoderVariant, ScoreKind } from "../../core/model.ts";
import type { SourceToken } from "../../core/trace.ts";
import { en } from "../i18n/en.ts";
import { useT } from "../i18n/index.ts";
import type { AppStore } from "../store.ts";
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

export function Select<K extends string>({ label, value, names, onChange }: { label: string; value: K; names: Record<K, string>; onChange: (v: K) => void }) {
  return (
    <label>
      {label}
      <select value={value} onChange={(e) => onChange(e.target.value as K)}>
        {(Object.keys(names) as K[]).map((k) => (
          <option key={k} value={k}>
            {names[k]}
          </option>
        ))}
      </select>
    </label>
  );
}

/** The same words read the same way: a new trace of the same sentence (a weight edit) changes nothing here. */
function sameSource(a: readonly SourceToken[], b: readonly SourceToken[]): boolean {
  return a.length === b.length && a.every((x, i) => x.text === b[i]!.text && x.token === b[i]!.token && x.id === b[i]!.id && x.unknown === b[i]!.unknown);
}

export const ChoiceControls = memo(ChoiceControlsBody, (a, b) => a.store === b.store && a.error === b.error && sameSource(a.source, b.source));

function ChoiceControlsBody({ store, error, source }: Props) {
  const t = useT();
  const choice = useStore(store, (s) => s.choice);
  const sentence = useStore(store, (s) => s.sentence);
  const pair = useStore(store, (s) => s.pair);
  const { setChoice, setSentence, setPair } = store.getState();
  const names = t.names;
  return (
    <div className="player-choices">
      <SentenceInput value={sentence} onChange={setSentence} error={error} source={source} />
      <div className="player-selects">
        <Select label={t.player.pair} value={pair} names={names.pairs} onChange={setPair} />
        <Select label={t.player.cell} value={choice.cell} names={names.cells} onChange={(cell) => setChoice({ cell })} />
        <Select label={t.player.decoder} value={choice.variant} names={names.variants} onChange={(variant) => setChoice({ variant })} />
        {choice.variant === "attention" && (
          <>
            <Select label={t.player.score} value={choice.score} names={names.scores} onChange={(score) => setChoice({ score })} />
            <Select label={t.player.query} value={choice.query} names={names.queries} onChange={(query) => setChoice({ query })} />
          </>
        )}
        <label className="player-check">
          <input type="checkbox" checked={choice.bidirectional} onChange={(e) => setChoice({ bidirectional: e.target.checked })} />
          {t.player.bidirectional}
        </label>
        <DecodingControl store={store} />
      </div>
    </div>
  );
}
