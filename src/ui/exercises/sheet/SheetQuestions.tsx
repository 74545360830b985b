// The printable sheet: every chosen lesson's exercises with their numbers, questions only, with a
// blank line for each answer and a box before each option of a concept check.

import type { Lang } from "../../i18n/index.ts";
import { Tex } from "../../components/Tex.tsx";
import { CONCEPTS } from "../concepts.ts";
import { MathText } from "../MathText.tsx";
import type { ExerciseMessages } from "../messages.ts";
import { Givens } from "../ProblemParts.tsx";
import type { SheetExercise } from "./sheetItems.ts";
import type { SheetMessages } from "./sheetMessages.ts";
import { optionLetter, SheetPaper, type PaperProps } from "./SheetPaper.tsx";

export function SheetQuestions({ parts, seed, lang, m, s }: PaperProps) {
  return (
    <SheetPaper id="sheet-questions-h" className="sheet-questions" heading={s.sheetHeading(seed)} parts={parts} m={m} s={s} exercise={(e) => <Question exercise={e} lang={lang} m={m} s={s} />}>
      <p className="sheet-name">{s.nameLine}</p>
    </SheetPaper>
  );
}

function Question({ exercise: e, lang, m, s }: { exercise: SheetExercise; lang: Lang; m: ExerciseMessages; s: SheetMessages }) {
  if ("kind" in e) {
    return (
      <>
        <p>
          <MathText text={m.kinds[e.kind.id] ?? ""} />
        </p>
        <Givens kind={e.kind} problem={e.problem} />
        <p className="sheet-answer-line">
          <Tex tex={`${e.kind.target(e.problem.inputs)} =`} /> <span className="sheet-blank" aria-hidden="true" />
        </p>
      </>
    );
  }
  const c = CONCEPTS[e.concept]?.[lang];
  if (!c) return null;
  return (
    <>
      <p>
        <MathText text={c.question} /> <span className="sheet-tick">{s.tickOne}</span>
      </p>
      <ul className="sheet-options">
        {c.options.map((o, i) => (
          <li key={i}>
            <span className="sheet-box" aria-hidden="true" /> ({optionLetter(i)}) <MathText text={o.text} />
          </li>
        ))}
      </ul>
    </>
  );
}
