import { describe, expect, it } from "vitest";
import { EXERCISES_KEY, readRecord, withoutLesson, withSolved, type ExerciseRecord } from "../../../src/ui/exercises/progress.ts";
import { CSV_HEADER, progressCsv, progressFileName, progressJson, progressRows } from "../../../src/ui/exercises/progressExport.ts";
import type { LessonExercises } from "../../../src/ui/exercises/plan.ts";

const memory = (value: unknown) => ({ getItem: (k: string) => (k === EXERCISES_KEY ? JSON.stringify(value) : null), setItem: () => {} });
const plan: Record<string, LessonExercises> = {
  lstm: { items: [{ kind: "lstm.gate" }, { concept: "lstmForget" }] },
  gru: { items: [{ kind: "gru.h" }] },
};
const at = new Date("2026-12-02T10:00:00.000Z");
const empty: ExerciseRecord = { version: 2, seed: 9, lessons: {} };

describe("readRecord", () => {
  it("readRecord reads a version 1 record's solved slots as solved, without seed or date", () => {
    expect(readRecord(memory({ version: 1, seed: 5, lessons: { lstm: { "0": "solved", "1": "open", x: "solved" } } }))).toEqual({ version: 2, seed: 5, lessons: { lstm: { "0": { status: "solved" } } } });
  });

  it("readRecord keeps a version 2 entry's seed and date, and leaves out a bad seed or date", () => {
    const record = readRecord(memory({ version: 2, seed: 5, lessons: { lstm: { "0": { status: "solved", seed: 42, at: at.toISOString() }, "1": { status: "solved", seed: -3, at: "yesterday" } } } }));
    expect(record?.lessons.lstm).toEqual({ "0": { status: "solved", seed: 42, at: at.toISOString() }, "1": { status: "solved" } });
  });

  it("readRecord refuses an unknown version or a record that is not JSON", () => {
    expect(readRecord(memory({ version: 3, seed: 5, lessons: {} }))).toBeUndefined();
    expect(readRecord({ getItem: () => "{", setItem: () => {} })).toBeUndefined();
  });
});

describe("withSolved and withoutLesson", () => {
  it("withSolved records the seed and the date once; solving again keeps the first", () => {
    const once = withSolved(empty, "lstm", 0, 42, at);
    expect(once.lessons.lstm?.[0]).toEqual({ status: "solved", seed: 42, at: at.toISOString() });
    expect(withSolved(once, "lstm", 0, 7, new Date())).toBe(once);
  });

  it("withoutLesson forgets one lesson and keeps the others", () => {
    const both = withSolved(withSolved(empty, "lstm", 0, 42, at), "gru", 0, 1, at);
    expect(Object.keys(withoutLesson(both, "lstm").lessons)).toEqual(["gru"]);
  });
});

describe("the progress export", () => {
  const record = withSolved(withSolved(empty, "lstm", 0, 42, at), "lstm", 1, undefined, at);

  it("progressRows lists every exercise of the plan, solved or open, numbered from 1", () => {
    expect(progressRows(record, plan)).toEqual([
      { lesson: "lstm", exercise: 1, type: "numeric", item: "lstm.gate", status: "solved", seed: 42, solvedAt: at.toISOString() },
      { lesson: "lstm", exercise: 2, type: "concept", item: "lstmForget", status: "solved", seed: null, solvedAt: at.toISOString() },
      { lesson: "gru", exercise: 1, type: "numeric", item: "gru.h", status: "open", seed: null, solvedAt: null },
    ]);
  });

  it("progressJson parses back to the rows, with the export's date and the reader's own seed", () => {
    const doc = JSON.parse(progressJson(record, at, plan));
    expect(doc).toMatchObject({ format: "seq2seq-lab-exercise-progress", exported: at.toISOString(), ownSeed: 9 });
    expect(doc.exercises).toEqual(progressRows(record, plan));
  });

  it("progressCsv has a fixed English header and one CRLF line per exercise, empty fields for what is not known", () => {
    const lines = progressCsv(record, plan).split("\r\n");
    expect(lines[0]).toBe(CSV_HEADER.join(","));
    expect(lines[1]).toBe(`lstm,1,numeric,lstm.gate,solved,42,${at.toISOString()}`);
    expect(lines[3]).toBe("gru,1,numeric,gru.h,open,,");
    expect(lines).toHaveLength(5);
    expect(lines[4]).toBe("");
  });

  it("progressCsv quotes a field holding a comma, a quote or a line break and doubles its quotes", () => {
    const odd: Record<string, LessonExercises> = { 'a,"b"\nc': { items: [{ concept: "x" }] } };
    expect(progressCsv(empty, odd).split("\r\n")[1]).toBe('"a,""b""\nc",1,concept,x,open,,');
  });

  it("progressFileName names the file by the day of the export", () => {
    expect(progressFileName(at, "csv")).toBe("seq2seq-lab-exercises-2026-12-02.csv");
  });
});
