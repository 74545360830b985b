// The sheet's answer key, on a printed page of its own: each numeric exercise's answer from the
// core (to 3 decimals, or exact) with the worked solution's steps; each concept check's right option
// with its explanation.

import { TOLERANCE } from "../../../exercises/index.ts";
import type { Lang } from "../../i18n/index.ts";
import { CONCEPTS } from "../concepts.ts";
import { MathText } from "../MathText.tsx";
import type { ExerciseMessages } from "../messages.ts";
import { SolutionSteps } from "../ProblemParts.tsx";
import type { SheetExercise } from "./sheetItems.ts";
import type { SheetMessages } from "./sheetMessages.ts";
import { optionLetter, SheetPaper, type PaperProps } from "./SheetPaper.tsx";

export function SheetKey({ parts, seed, lang, m, s }: PaperProps) {
  return (
    <SheetPaper id="sheet-key-h" className="sheet-key" heading={s.keyHeading(seed)} parts={parts} m={m} s={s} exercise={(e) => <Answer exercise={e} lang={lang} m={m} s={s} />}>
      <p>{s.tolerance(TOLERANCE.toString())}</p>
    </SheetPaper>
  );
}

function Answer({ exercise: e, lang, m, s }: { exercise: SheetExercise; lang: Lang; m: ExerciseMessages; s: SheetMessages }) {
  if ("kind" in e) return <SolutionSteps kind={e.kind} problem={e.problem} answerIs={m.answerIs} suffix={e.kind.exact ? `(${s.exact})` : undefined} />;
  const c = CONCEPTS[e.concept]?.[lang];
  const right = c?.options.findIndex((o) => o.correct) ?? -1;
  if (!c || right < 0) return null;
  return (
    <p className="exercise-answer">
      {m.answerIs} ({optionLetter(right)}) <MathText text={c.options[right]!.text} />
      {s.because}
      <MathText text={c.options[right]!.why} />
    </p>
  );
}
