// The reader's progress as a file: one row per exercise of every lesson, in the lessons' order, with
// its lesson, its number (as the page shows it, from 1), its kind or concept, whether it is solved,
// the seed of its numbers and when. JSON holds the rows; CSV has a fixed English header, as a file
// meant for spreadsheets and scripts (the same in both languages of the page).

import { csvText } from "../share/csv.ts";
import { PLAN, type LessonExercises } from "./plan.ts";
import type { ExerciseRecord } from "./progress.ts";

export interface ProgressRow {
  readonly lesson: string;
  readonly exercise: number;
  readonly type: "numeric" | "concept";
  /** The kind (`lstm.gate`) or the concept (`lstmForget`). */
  readonly item: string;
  readonly status: "solved" | "open";
  /** The seed of the numbers the reader solved it with (numeric exercises), else null. */
  readonly seed: number | null;
  /** When it was solved (ISO 8601), null when open or not recorded (progress from before version 2). */
  readonly solvedAt: string | null;
}

export const CSV_HEADER = ["lesson", "exercise", "type", "item", "status", "seed", "solved_at"] as const;

export function progressRows(record: ExerciseRecord, plan: Readonly<Record<string, LessonExercises>> = PLAN): ProgressRow[] {
  return Object.entries(plan).flatMap(([lesson, { items }]) =>
    items.flatMap((item, slot): ProgressRow[] => {
      const type = "kind" in item ? "numeric" : "concept" in item ? "concept" : undefined;
      if (!type) return [];
      const solved = record.lessons[lesson]?.[slot];
      return [
        {
          lesson,
          exercise: slot + 1,
          type,
          item: "kind" in item ? item.kind : item.concept,
          status: solved ? "solved" : "open",
          seed: solved?.seed ?? null,
          solvedAt: solved?.at ?? null,
        },
      ];
    }),
  );
}

export function progressJson(record: ExerciseRecord, exported: Date, plan?: Readonly<Record<string, LessonExercises>>): string {
  const doc = { format: "seq2seq-lab-exercise-progress", version: 1, exported: exported.toISOString(), ownSeed: record.seed, exercises: progressRows(record, plan) };
  return `${JSON.stringify(doc, null, 2)}\n`;
}

export function progressCsv(record: ExerciseRecord, plan?: Readonly<Record<string, LessonExercises>>): string {
  const rows = progressRows(record, plan).map((r) => [r.lesson, String(r.exercise), r.type, r.item, r.status, r.seed === null ? "" : String(r.seed), r.solvedAt ?? ""]);
  return csvText([[...CSV_HEADER], ...rows]);
}

/** `seq2seq-lab-exercises-2026-12-02.json`: the day of the export in the file's name. */
export function progressFileName(exported: Date, extension: "json" | "csv"): string {
  return `seq2seq-lab-exercises-${exported.toISOString().slice(0, 10)}.${extension}`;
}
