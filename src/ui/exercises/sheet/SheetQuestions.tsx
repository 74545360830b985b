// The printable sheet: every chosen lesson's exercises with their numbers, questions only, with a
// blank line for each answer and a box before each option of a concept check.

import type { Lang } from "../../i18n/index.ts";
import { Tex } from "../../player/Tex.tsx";
import { CONCEPTS } from "../concepts.ts";
import { MathText } from "../MathText.tsx";
import type { ExerciseMessages } from "../messages.ts";
import { Givens } from "../ProblemParts.tsx";
import type { SheetExercise, SheetPart } from "./sheetItems.ts";
import type { SheetMessages } from "./sheetMessages.ts";

interface Props {
  readonly parts: readonly SheetPart[];
  readonly seed: number;
  readonly lang: Lang;
  readonly m: ExerciseMessages;
  readonly s: SheetMessages;
}

export const optionLetter = (i: number) => String.fromCharCode(97 + i);

export function SheetQuestions({ parts, seed, lang, m, s }: Props) {
  return (
    <section className="sheet-paper sheet-questions" aria-labelledby="sheet-questions-h">
      <h2 id="sheet-questions-h">{s.sheetHeading(seed)}</h2>
      <p className="sheet-name">{s.nameLine}</p>
      {parts.map(({ lesson, exercises }) => (
        <section key={lesson.slug} className="sheet-lesson" data-lesson={lesson.slug}>
          <h3>{s.lessonHeading(lesson.number, lesson.title)}</h3>
          {exercises.map((e) => (
            <div key={e.slot} className="sheet-exercise" data-slot={e.slot}>
              <h4>{m.numbered(e.slot + 1)}</h4>
              <Question exercise={e} lang={lang} m={m} s={s} />
            </div>
          ))}
        </section>
      ))}
    </section>
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
