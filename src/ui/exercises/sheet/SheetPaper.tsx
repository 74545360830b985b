// One "paper" of the sheet (the questions, or the key): a heading and lines under it, then each
// chosen lesson with its exercises numbered as the lesson numbers them, each drawn by `exercise`.

import type { ReactNode } from "react";
import type { Lang } from "../../i18n/index.ts";
import type { ExerciseMessages } from "../messages.ts";
import type { SheetExercise, SheetPart } from "./sheetItems.ts";
import type { SheetMessages } from "./sheetMessages.ts";

/** What both papers are given. */
export interface PaperProps {
  readonly parts: readonly SheetPart[];
  readonly seed: number;
  readonly lang: Lang;
  readonly m: ExerciseMessages;
  readonly s: SheetMessages;
}

interface Props {
  readonly id: string;
  readonly className: string;
  readonly heading: string;
  readonly parts: readonly SheetPart[];
  readonly m: ExerciseMessages;
  readonly s: SheetMessages;
  readonly children?: ReactNode;
  readonly exercise: (e: SheetExercise) => ReactNode;
}

export const optionLetter = (i: number) => String.fromCharCode(97 + i);

export function SheetPaper({ id, className, heading, parts, m, s, children, exercise }: Props) {
  return (
    <section className={`sheet-paper ${className}`} aria-labelledby={id}>
      <h2 id={id}>{heading}</h2>
      {children}
      {parts.map(({ lesson, exercises }) => (
        <section key={lesson.slug} className="sheet-lesson" data-lesson={lesson.slug}>
          <h3>{s.lessonHeading(lesson.number, lesson.title)}</h3>
          {exercises.map((e) => (
            <div key={e.slot} className="sheet-exercise" data-slot={e.slot}>
              <h4>{m.numbered(e.slot + 1)}</h4>
              {exercise(e)}
            </div>
          ))}
        </section>
      ))}
    </section>
  );
}
