// "Take one step": which sentence pair the loss is of, the loss and the gradient's norm while the
// gradients are shown, a learning rate, one SGD step written as edits of the model (so reset, share
// and storage see it), the loss before and after, and "Undo step" back to the exact edits before it.
// A step that diverges is not written: the reader's model stays as it was, and the message says why.

import { useId, useRef, useState } from "react";
import { useT } from "../i18n/index.ts";
import { num, signed } from "../i18n/learnStep.ts";
import type { Messages } from "../i18n/en.ts";
import { withParamsValues, type Edits } from "../model/edits.ts";
import type { CurrentModel } from "../model/useCurrentModel.ts";
import { takeStep, DEFAULT_LEARNING_RATE, type Divergence } from "./learnStep.ts";
import { divergenceText, rateProblem } from "./stepWords.ts";
import type { StepHistory } from "./stepHistory.ts";
import type { Learning } from "./useLearning.ts";

type Words = Messages["learnStep"];

interface Props {
  readonly current: Pick<CurrentModel, "model" | "base" | "edits">;
  readonly learning: Learning;
  readonly history: StepHistory;
  /** Replaces the base's edits as a whole. */
  readonly setEdits: (edits: Edits) => void;
}

/** What the last click did, kept as data so that the words follow the page's language. */
type Outcome =
  | { readonly kind: "stepped"; readonly before: number; readonly after: number }
  | { readonly kind: "diverged"; readonly before: number; readonly eta: string; readonly why: Divergence }
  | { readonly kind: "undone"; readonly left: number }
  | { readonly kind: "failed"; readonly why: string };

function PairLine({ learning, w }: { learning: Learning; w: Words }) {
  const p = learning.pair;
  if (!p.ok) return <p className="learn-pair">{p.empty ? w.noSentence : w.failed(p.why)}</p>;
  if (learning.gradientError) return <p className="learn-pair">{w.failed(learning.gradientError)}</p>;
  const source = p.value.source;
  return (
    <p className="learn-pair">
      {p.value.from === "known" ? w.known(source, p.value.target) : w.greedy(source, p.value.target)}
      {learning.gradients && (
        <>
          {" "}
          <strong className="learn-loss">{w.loss(num(learning.gradients.loss), num(learning.gradients.norm))}</strong>
        </>
      )}
    </p>
  );
}

export function StepPanel({ current, learning, history, setEdits }: Props) {
  const w = useT().learnStep;
  const [text, setText] = useState(String(DEFAULT_LEARNING_RATE));
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const rateId = useId();
  const messageId = useId();
  const typed = rateProblem(text, w);
  const field = useRef<HTMLInputElement>(null);

  const step = () => {
    // A learning rate that cannot be used changes nothing: its message is beside the field.
    if ("problem" in typed) {
      setOutcome(null);
      return field.current?.focus();
    }
    if (!learning.pair.ok) return;
    let r: ReturnType<typeof takeStep>;
    try {
      r = takeStep(current.model, learning.pair.value.pair, typed.eta, learning.gradients ?? undefined);
    } catch (e) {
      return setOutcome({ kind: "failed", why: e instanceof Error ? e.message : String(e) });
    }
    if (!r.ok) return setOutcome({ kind: "diverged", before: r.before, eta: text.trim(), why: r.why });
    history.push(current.edits);
    setEdits(withParamsValues(current.edits, current.base, r.params));
    setOutcome({ kind: "stepped", before: r.before, after: r.after });
  };
  const undo = () => {
    const before = history.pop();
    if (before === undefined) return;
    setEdits(before);
    setOutcome({ kind: "undone", left: history.stack.length - 1 });
  };

  const error = outcome?.kind === "diverged" || outcome?.kind === "failed";
  return (
    <section className="learn-step" aria-labelledby={`${rateId}-h`}>
      <h4 id={`${rateId}-h`}>{w.heading}</h4>
      <PairLine learning={learning} w={w} />
      <div className="learn-controls">
        <label className="learn-rate" htmlFor={rateId}>
          <span>{w.rate}</span>
          <input
            ref={field}
            id={rateId}
            type="text"
            inputMode="decimal"
            value={text}
            onChange={(e) => setText(e.target.value)}
            onKeyDown={(e) => e.key === "Enter" && step()}
            aria-invalid={"problem" in typed}
            aria-describedby={"problem" in typed ? `${messageId}-rate` : undefined}
            spellCheck={false}
            autoComplete="off"
          />
        </label>
        <button type="button" onClick={step} disabled={!learning.pair.ok}>
          {w.take}
        </button>
        <button type="button" onClick={undo} disabled={history.stack.length === 0}>
          {w.undo}
        </button>
        <span className="learn-kept">{history.stack.length > 0 ? w.kept(history.stack.length) : ""}</span>
      </div>
      {"problem" in typed && (
        <p id={`${messageId}-rate`} className="weight-problem" role="alert">
          {typed.problem}
        </p>
      )}
      {/* Two live regions, always there (a region's role changing under its text is not announced
          reliably); the assertive one is not role="alert" while empty, so it is no alert of its own. */}
      <div className="learn-outcome" role="status">
        {outcome && !error && <OutcomeText outcome={outcome} w={w} />}
      </div>
      <div className="learn-outcome is-error" aria-live="assertive">
        {outcome && error && <OutcomeText outcome={outcome} w={w} />}
      </div>
    </section>
  );
}

function OutcomeText({ outcome, w }: { outcome: Outcome; w: Words }) {
  if (outcome.kind === "undone") return <p>{w.undone(outcome.left)}</p>;
  if (outcome.kind === "failed") return <p>{w.failed(outcome.why)}</p>;
  if (outcome.kind === "diverged")
    return (
      <p>
        {divergenceText(outcome.why, outcome.before, outcome.eta, w)} {w.unchanged}
      </p>
    );
  const change = outcome.after - outcome.before;
  return (
    <p>
      <strong className="learn-change">{w.stepped(num(outcome.before), num(outcome.after), signed(change))}</strong>
      {change > 0 && <> {w.wentUp}</>}
    </p>
  );
}
