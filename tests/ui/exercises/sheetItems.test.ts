import { describe, expect, it } from "vitest";
import { KINDS, generate, slotSeed } from "../../../src/exercises/index.ts";
import { PLAN } from "../../../src/ui/exercises/plan.ts";
import { lessonsWithExercises, sheetParts, type SheetLesson } from "../../../src/ui/exercises/sheet/sheetItems.ts";

const lessons: SheetLesson[] = [
  { slug: "lstm", number: 3, title: "LSTM" },
  { slug: "no-exercises", number: 4, title: "None" },
  { slug: "attention", number: 7, title: "Attention" },
];

describe("sheetParts", () => {
  it("lessonsWithExercises leaves out a lesson that has no exercises", () => {
    expect(lessonsWithExercises(lessons).map((l) => l.slug)).toEqual(["lstm", "attention"]);
  });

  it("sheetParts(lessons, seed) lists every exercise of each lesson in its slot, as the lesson numbers them", () => {
    const parts = sheetParts(lessons, 42);
    expect(parts.map((p) => p.lesson.slug)).toEqual(["lstm", "attention"]);
    for (const part of parts) expect(part.exercises.map((e) => e.slot)).toEqual(PLAN[part.lesson.slug]!.items.map((_, i) => i));
  });

  it("sheetParts gives each numeric exercise the numbers a student's page draws for that seed and slot", () => {
    for (const seed of [0, 42, 999_999]) {
      for (const part of sheetParts(lessons, seed)) {
        for (const e of part.exercises) {
          if (!("kind" in e)) continue;
          const student = generate(KINDS[e.kind.id]!, slotSeed(seed, e.slot));
          expect(e.problem.inputs).toEqual(student.inputs);
          expect(e.problem.solution.answer).toBe(student.solution.answer);
        }
      }
    }
  });

  it("sheetParts with another seed gives other numbers", () => {
    const first = (seed: number) => {
      const e = sheetParts(lessons, seed)[0]!.exercises[0]!;
      return "kind" in e ? e.problem.inputs : undefined;
    };
    expect(first(1)).toBeDefined();
    expect(first(1)).not.toEqual(first(2));
  });
});
