// The training-step player's settings: which model (trained preset or untrained demo), the
// optimiser and the learning rate. A learning rate that does not read is said, and the last good
// one stays.

import { useId, useState } from "react";
import { useT } from "../i18n/index.ts";
import type { ModelKind, OptimizerKind } from "./useStepTrace.ts";

interface Props {
  readonly which: ModelKind;
  readonly setWhich: (which: ModelKind) => void;
  readonly kind: OptimizerKind;
  readonly setKind: (kind: OptimizerKind) => void;
  readonly rate: number;
  readonly setRate: (rate: number) => void;
}

const KINDS: readonly OptimizerKind[] = ["sgd", "momentum", "adam"];
const MODELS: readonly ModelKind[] = ["trained", "untrained"];

export function StepControls({ which, setWhich, kind, setKind, rate, setRate }: Props) {
  const w = useT().trainStep;
  const [text, setText] = useState(String(rate));
  const [bad, setBad] = useState<string | null>(null);
  const errorId = useId();
  const onRate = (value: string) => {
    setText(value);
    const x = Number(value);
    if (value.trim() !== "" && Number.isFinite(x) && x > 0 && x <= 10) {
      setBad(null);
      setRate(x);
    } else setBad(value);
  };
  return (
    <div className="ts-controls" role="group" aria-label={w.settings}>
      <label>
        {w.model}{" "}
        <select value={which} onChange={(e) => setWhich(e.target.value as ModelKind)}>
          {MODELS.map((m) => (
            <option key={m} value={m}>
              {w[m]}
            </option>
          ))}
        </select>
      </label>
      <label>
        {w.optimizer}{" "}
        <select value={kind} onChange={(e) => setKind(e.target.value as OptimizerKind)}>
          {KINDS.map((k) => (
            <option key={k} value={k}>
              {w.optimizers[k]}
            </option>
          ))}
        </select>
      </label>
      <label>
        {w.learningRate}{" "}
        <input type="text" inputMode="decimal" size={6} value={text} onChange={(e) => onRate(e.target.value)} aria-invalid={bad !== null} aria-describedby={bad !== null ? errorId : undefined} />
      </label>
      {bad !== null && (
        <p id={errorId} className="player-error" role="alert">
          {w.badRate(bad)}
        </p>
      )}
    </div>
  );
}
