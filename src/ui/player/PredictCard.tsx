// Predict, then reveal (issue 17): with the toggle on, the player asks before an attention decoder
// step which source word the next target word will attend to most (before an LSTM or GRU encoder
// step, which gate will saturate most); the reader picks one (a labelled radio group, arrow keys),
// then steps or presses Reveal, and the card says right or wrong with the step's weights, read from
// the core's trace, in a polite live region. Off by default: a reader who never presses "Predict"
// sees the player as it was. The same card shows in the presentation, for a room to guess together.

import { useId, useMemo, useState, type KeyboardEvent } from "react";
import type { Trace } from "../../core/trace.ts";
import { useLang } from "../i18n/index.ts";
import { fmtText } from "../kit/format.ts";
import { answerFor, questionFor, type Question } from "./predict.ts";
import { PREDICT, type PredictMessages } from "./predictMessages.ts";
import "./predict.css";

export interface Predictions {
  readonly on: boolean;
  toggle(): void;
  /** The reader's pick for the question of step index (an option's index). */
  readonly picks: ReadonlyMap<number, number>;
  pick(index: number, option: number): void;
}

const NO_PICKS: ReadonlyMap<number, number> = new Map();

/** The toggle and the picks of one player; the picks are forgotten when the sentence or the steps change. */
export function usePredictions(trace: Trace | null): Predictions {
  const [on, setOn] = useState(false);
  const key = trace ? `${trace.steps.length}|${trace.source.map((s) => s.text).join(" ")}|${trace.model.name}` : "";
  const [state, setState] = useState<{ key: string; picks: ReadonlyMap<number, number> }>({ key, picks: NO_PICKS });
  // The same object while nothing changes, so that the toggle (and the memoised transport) keep still.
  const picks = state.key === key ? state.picks : NO_PICKS;
  return useMemo(
    () => ({
      on,
      toggle: () => setOn((v) => !v),
      picks,
      pick: (index: number, option: number) => setState({ key, picks: new Map(picks).set(index, option) }),
    }),
    [on, picks, key],
  );
}

/** The transport's toggle button. */
export function PredictToggle({ predictions, disabled }: { predictions: Predictions; disabled: boolean }) {
  const m = PREDICT[useLang()];
  return (
    <button type="button" className="predict-toggle" aria-pressed={predictions.on} onClick={predictions.toggle} disabled={disabled} title={m.toggleTip}>
      {m.toggle}
    </button>
  );
}

/** Whether the trace has any step to predict (else the toggle is not offered). */
export function hasPredictions(trace: Trace | null): boolean {
  return trace !== null && trace.steps.some((_, i) => questionFor(trace, i) !== null);
}

function optionLabel(q: Question, option: string, m: PredictMessages): string {
  return q.kind === "attention" ? `“${option}”` : m.gate(option);
}

function questionText(q: Question, trace: Trace, index: number, m: PredictMessages): string {
  if (q.kind === "attention") return m.attentionQuestion(q.t);
  const step = trace.steps[index];
  return m.gateQuestion(q.t, step?.kind === "encoder" ? step.token.text : "", q.direction);
}

/** What the reader predicted for step `index`, revealed: right or wrong, and every option's value. */
function Result({ trace, index, picked, m }: { trace: Trace; index: number; picked: number; m: PredictMessages }) {
  const q = questionFor(trace, index)!;
  const answer = answerFor(trace, index)!;
  // A trained LSTM's gates saturate: 4 decimals tell 0.9991 from 0.9999, where 2 would show 1.00 twice.
  const digits = q.kind === "attention" ? 2 : 4;
  const value = (i: number) => `${q.kind === "attention" ? "α" : q.options[i]} = ${fmtText(answer.values[i]!, digits)}`;
  const said =
    picked === answer.best
      ? m.right(optionLabel(q, q.options[answer.best]!, m), value(answer.best))
      : m.wrong(optionLabel(q, q.options[picked]!, m), value(picked), optionLabel(q, q.options[answer.best]!, m), value(answer.best));
  return (
    <div className="predict-result" data-verdict={picked === answer.best ? "right" : "wrong"}>
      <p className="predict-verdict">{said}</p>
      <p className="predict-values">
        <span>{q.kind === "attention" ? m.weights : m.gateValues}</span>{" "}
        {q.options.map((o, i) => (
          <span key={i} className="predict-value" data-best={i === answer.best || undefined} data-picked={i === picked || undefined}>
            {q.kind === "attention" ? o : m.gate(o)} {fmtText(answer.values[i]!, digits)}
          </span>
        ))}
      </p>
    </div>
  );
}

/** Keys that move within the radio group stay there (in the player or the presentation they would step). */
function keepRadioKeys(e: KeyboardEvent<HTMLElement>): void {
  if ((e.target as HTMLElement).matches("input[type=radio]") && ["ArrowLeft", "ArrowRight", "ArrowUp", "ArrowDown", " ", "Home", "End", "PageUp", "PageDown"].includes(e.key)) e.stopPropagation();
}

interface CardProps {
  readonly trace: Trace;
  readonly cursor: number;
  readonly predictions: Predictions;
  /** Steps on to cursor + 1 (which reveals). */
  readonly onReveal: () => void;
}

export function PredictCard({ trace, cursor, predictions, onReveal }: CardProps) {
  const m = PREDICT[useLang()];
  const id = useId();
  const [hint, setHint] = useState(false);
  const next = cursor + 1;
  const question = questionFor(trace, next);
  const picked = predictions.picks.get(next);
  const revealed = predictions.picks.get(cursor);
  const reveal = () => {
    if (!question || picked === undefined) return setHint(true);
    setHint(false);
    onReveal();
  };
  return (
    <section className="predict-card" aria-label={m.region} onKeyDown={keepRadioKeys}>
      <div role="status" aria-live="polite" className="predict-live">
        {revealed !== undefined && questionFor(trace, cursor) ? <Result trace={trace} index={cursor} picked={revealed} m={m} /> : null}
        {hint ? <p className="predict-hint">{m.pickFirst}</p> : null}
      </div>
      {question ? (
        <fieldset className="predict-question" key={next}>
          <legend>{questionText(question, trace, next, m)}</legend>
          <div className="predict-options">
            {question.options.map((o, i) => (
              <label key={i}>
                <input type="radio" name={`${id}-${next}`} value={i} checked={picked === i} onChange={() => {
                    setHint(false);
                    predictions.pick(next, i);
                  }} />
                {question.kind === "attention" ? o : m.gate(o)}
              </label>
            ))}
          </div>
        </fieldset>
      ) : (
        <p className="predict-nothing">{m.nothing}</p>
      )}
      <button type="button" className="predict-reveal" onClick={reveal} aria-disabled={!question || picked === undefined}>
        {m.reveal}
      </button>
    </section>
  );
}
