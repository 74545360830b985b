// What a sheet holds: each chosen lesson's exercises in the lesson's order, numbered as the lesson
// numbers them, the numeric ones generated exactly as a student's page generates them
// (generate(kind, slotSeed(seed, slot)), so the class link and the paper show the same numbers).

import { KINDS, generate, slotSeed, type ExerciseKind, type Inputs, type Problem } from "../../../exercises/index.ts";
import { PLAN } from "../plan.ts";

export interface SheetLesson {
  readonly slug: string;
  /** The lesson's number in the table of contents, from 1. */
  readonly number: number;
  readonly title: string;
}

export type SheetExercise =
  | { readonly slot: number; readonly kind: ExerciseKind<Inputs>; readonly problem: Problem }
  | { readonly slot: number; readonly concept: string };

export interface SheetPart {
  readonly lesson: SheetLesson;
  readonly exercises: readonly SheetExercise[];
}

/** The lessons that end with exercises, of those given. */
export function lessonsWithExercises(lessons: readonly SheetLesson[]): SheetLesson[] {
  return lessons.filter((l) => PLAN[l.slug] !== undefined);
}

export function sheetParts(lessons: readonly SheetLesson[], seed: number): SheetPart[] {
  return lessonsWithExercises(lessons).map((lesson) => ({
    lesson,
    exercises: PLAN[lesson.slug]!.items.flatMap((item, slot): SheetExercise[] => {
      if ("kind" in item) {
        const kind = KINDS[item.kind];
        return kind ? [{ slot, kind, problem: generate(kind, slotSeed(seed, slot)) }] : [];
      }
      return "concept" in item ? [{ slot, concept: item.concept }] : [];
    }),
  }));
}
