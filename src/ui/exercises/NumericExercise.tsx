// One generated exercise: its numbers in KaTeX, a labelled answer field, Check, feedback announced in
// an aria-live region (naming the slip when the value matches one), a hint linking to the lesson's
// formula and a worked solution that unfolds with the numbers.

import { useId, useMemo, useState, type FormEvent } from "react";
import { KINDS, generate, parseAnswer, diagnoseSolution, slotSeed, type Verdict, type RefusalKind } from "../../exercises/index.ts";
import { Tex } from "../components/Tex.tsx";
import { MathText } from "./MathText.tsx";
import { Givens, SolutionSteps } from "./ProblemParts.tsx";
import type { ExerciseMessages } from "./messages.ts";

interface Props {
  readonly kindId: string;
  readonly slot: number;
  readonly seed: number;
  readonly anchor?: string;
  readonly m: ExerciseMessages;
  readonly onSolved: () => void;
}

type Feedback = { readonly refusal: RefusalKind } | Verdict | null;

export function NumericExercise({ kindId, slot, seed, anchor, m, onSolved }: Props) {
  const kind = KINDS[kindId]!;
  const problem = useMemo(() => generate(kind, slotSeed(seed, slot)), [kind, seed, slot]);
  const [text, setText] = useState("");
  const [feedback, setFeedback] = useState<Feedback>(null);
  const [solutionOpen, setSolutionOpen] = useState(false);
  const id = useId();
  const target = kind.target(problem.inputs);

  const check = (event: FormEvent) => {
    event.preventDefault();
    const parsed = parseAnswer(text);
    if (!parsed.ok) return setFeedback({ refusal: parsed.kind });
    const verdict = diagnoseSolution(parsed.value, problem.solution, kind.exact);
    setFeedback(verdict);
    if (verdict.verdict === "correct") onSolved();
  };

  let message = "";
  let tone = "";
  if (feedback && "refusal" in feedback) [message, tone] = [m.refusal[feedback.refusal], "hint"];
  else if (feedback?.verdict === "correct") [message, tone] = [m.correct, "correct"];
  else if (feedback?.verdict === "slip") [message, tone] = [m.slip(m.slips[feedback.slip]), "slip"];
  else if (feedback?.verdict === "wrong") [message, tone] = [m.wrong, "wrong"];

  return (
    <section className="exercise" aria-labelledby={`${id}-h`} data-kind={kindId} data-slot={slot}>
      <h3 id={`${id}-h`}>{m.numbered(slot + 1)}</h3>
      <p>
        <MathText text={m.kinds[kindId] ?? ""} />
      </p>
      <Givens kind={kind} problem={problem} />
      <form className="exercise-form" onSubmit={check} noValidate>
        <label htmlFor={`${id}-in`}>
          {m.answerLabel} <Tex tex={target} />
        </label>
        <input id={`${id}-in`} type="text" inputMode="decimal" autoComplete="off" spellCheck={false} value={text} onChange={(e) => setText(e.target.value)} aria-describedby={`${id}-fb`} />
        <button type="submit">{m.check}</button>
      </form>
      <p id={`${id}-fb`} className={`exercise-feedback ${tone}`} role="status" aria-live="polite">
        <MathText text={message} />
      </p>
      {anchor ? (
        <p className="exercise-hint">
          <a href={`#${anchor}`}>{m.hint}</a>
        </p>
      ) : null}
      {/* The steps mount when the disclosure opens: a formula that mounted folded away would wait for a
          sight of the window that never came (its IntersectionObserver saw no box), and stay "…". */}
      <details className="exercise-solution" onToggle={(e) => setSolutionOpen(e.currentTarget.open)}>
        <summary>{m.solution}</summary>
        {solutionOpen && <SolutionSteps kind={kind} problem={problem} answerIs={m.answerIs} />}
      </details>
    </section>
  );
}
