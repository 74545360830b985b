// What the reader can change: the sentence and the architecture. Every change recomputes the trace
// at once (the trace is derived from these inputs).

import { useStore } from "zustand";
import type { CellKind, DecoderVariant, QueryKind, ScoreKind } from "../../core/model.ts";
import type { SourceToken } from "../../core/trace.ts";
import type { AppStore } from "../store.ts";
import { SentenceInput } from "./SentenceInput.tsx";

export const CELL_NAMES: Record<CellKind, string> = { rnn: "RNN", lstm: "LSTM", "gru-reset-before": "GRU (reset before)", "gru-reset-after": "GRU (reset after)" };
export const VARIANT_NAMES: Record<DecoderVariant, string> = { initial: "Context as initial state", "every-step": "Context at every step", attention: "Attention" };
export const SCORE_NAMES: Record<ScoreKind, string> = { dot: "Dot", scaled: "Scaled dot", general: "General", additive: "Additive" };
const QUERY_NAMES: Record<QueryKind, string> = { previous: "Previous state s(t′−1)", current: "Current state s(t′)" };

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

export function ChoiceControls({ store, error, source }: Props) {
  const choice = useStore(store, (s) => s.choice);
  const sentence = useStore(store, (s) => s.sentence);
  const { setChoice, setSentence } = store.getState();
  return (
    <div className="player-choices">
      <SentenceInput value={sentence} onChange={setSentence} error={error} source={source} />
      <div className="player-selects">
        <Select label="Cell" value={choice.cell} names={CELL_NAMES} onChange={(cell) => setChoice({ cell })} />
        <Select label="Decoder" value={choice.variant} names={VARIANT_NAMES} onChange={(variant) => setChoice({ variant })} />
        {choice.variant === "attention" && (
          <>
            <Select label="Score" value={choice.score} names={SCORE_NAMES} onChange={(score) => setChoice({ score })} />
            <Select label="Query" value={choice.query} names={QUERY_NAMES} onChange={(query) => setChoice({ query })} />
          </>
        )}
        <label className="player-check">
          <input type="checkbox" checked={choice.bidirectional} onChange={(e) => setChoice({ bidirectional: e.target.checked })} />
          Bidirectional encoder
        </label>
      </div>
    </div>
  );
}
