// The parts of a generated exercise that the lesson's widget and the printable sheet both show: its
// givens with their numbers, and its worked solution (the core's steps and answer), in KaTeX.

import type { ExerciseKind, Inputs, Problem } from "../../exercises/index.ts";
import { Tex } from "../components/Tex.tsx";
import { shownTex } from "./format.ts";

export function Givens({ kind, problem }: { kind: ExerciseKind<Inputs>; problem: Problem }) {
  return (
    <p className="exercise-given">
      {kind.given(problem.inputs).map((g, i) => (
        <Tex key={i} className="exercise-given-item" tex={`${g.tex} = ${shownTex(g.value)}`} />
      ))}
    </p>
  );
}

/** The answer as the worked solution writes it: to 3 decimals, or exactly for counts and widths. */
export function answerTex(kind: ExerciseKind<Inputs>, problem: Problem): string {
  return `${kind.target(problem.inputs)} \\approx ${shownTex(problem.solution.answer, kind.exact ? undefined : 3)}`;
}

/** `suffix`: words after the answer (the sheet's key says "(exact)" for counts and widths). */
export function SolutionSteps({ kind, problem, answerIs, suffix }: { kind: ExerciseKind<Inputs>; problem: Problem; answerIs: string; suffix?: string }) {
  return (
    <>
      <ol>
        {problem.solution.steps.map((s, i) => (
          <li key={i}>
            <Tex tex={`${s.tex} = ${shownTex(s.value, kind.exact ? undefined : 3)}`} />
          </li>
        ))}
      </ol>
      <p className="exercise-answer">
        {answerIs} <Tex tex={answerTex(kind, problem)} />
        {suffix ? ` ${suffix}` : null}
      </p>
    </>
  );
}
