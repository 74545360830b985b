// The reader's exercise seed and progress, in one versioned localStorage record (like the editor's,
// model/persist.ts): `{ version: 2, seed, lessons: { slug: { slot: { status: "solved", seed?, at? } } } }`
// (version 1 held `"solved"` per slot; it reads as version 2 without seed or date). Storage may be
// missing, blocked or full; a record that does not read is replaced, never thrown.

import { readExerciseSeed, SEED_MAX } from "../../exercises/seed.ts";

export const EXERCISES_KEY = "seq2seq-lab:exercises";
export const EXERCISES_VERSION = 2;

type StorageLike = Pick<Storage, "getItem" | "setItem">;

/** One solved exercise: the seed of its numbers (numeric exercises only) and when (ISO 8601). */
export interface Solved {
  readonly status: "solved";
  readonly seed?: number;
  readonly at?: string;
}

export interface ExerciseRecord {
  readonly version: 2;
  /** The reader's own seed, used when the address names none. */
  readonly seed: number;
  readonly lessons: Readonly<Record<string, Readonly<Record<string, Solved>>>>;
}

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === "object" && x !== null && !Array.isArray(x);

/** A fresh seed, 0 to SEED_MAX, from crypto when available. */
export function freshSeed(): number {
  const buf = new Uint32Array(1);
  if (typeof crypto !== "undefined" && crypto.getRandomValues) crypto.getRandomValues(buf);
  else buf[0] = Math.floor(Math.random() * 2 ** 32);
  return buf[0]! % (SEED_MAX + 1);
}

/** A stored slot's entry (version 1's "solved" or version 2's object), or undefined. */
function readSolved(value: unknown): Solved | undefined {
  if (value === "solved") return { status: "solved" };
  if (!isRecord(value) || value.status !== "solved") return undefined;
  const seed = typeof value.seed === "number" ? readExerciseSeed(String(value.seed)) : undefined;
  const at = typeof value.at === "string" && !Number.isNaN(Date.parse(value.at)) ? value.at : undefined;
  return { status: "solved", ...(seed !== undefined ? { seed } : {}), ...(at ? { at } : {}) };
}

/** The stored record, checked entry by entry; what does not fit is left out. */
export function readRecord(storage: StorageLike | undefined): ExerciseRecord | undefined {
  try {
    const text = storage?.getItem(EXERCISES_KEY);
    if (!text) return undefined;
    const raw: unknown = JSON.parse(text);
    if (!isRecord(raw) || (raw.version !== 1 && raw.version !== EXERCISES_VERSION) || typeof raw.seed !== "number" || !Number.isSafeInteger(raw.seed)) return undefined;
    const lessons = new Map<string, Record<string, Solved>>();
    if (isRecord(raw.lessons)) {
      for (const [slug, slots] of Object.entries(raw.lessons)) {
        if (!isRecord(slots)) continue;
        const entries = Object.entries(slots).flatMap(([slot, v]) => {
          const solved = /^\d{1,2}$/.test(slot) ? readSolved(v) : undefined;
          return solved ? [[slot, solved] as const] : [];
        });
        lessons.set(slug, Object.fromEntries(entries));
      }
    }
    return { version: 2, seed: raw.seed, lessons: Object.fromEntries(lessons) };
  } catch {
    return undefined;
  }
}

export function writeRecord(storage: StorageLike | undefined, record: ExerciseRecord): void {
  try {
    storage?.setItem(EXERCISES_KEY, JSON.stringify(record));
  } catch {
    // Full or blocked: progress is kept for this visit only.
  }
}

/** The record with one more exercise solved (a slot solved already keeps its first seed and date). */
export function withSolved(record: ExerciseRecord, lesson: string, slot: number, seed: number | undefined, at: Date): ExerciseRecord {
  const slots = record.lessons[lesson] ?? {};
  if (slots[slot]?.status === "solved") return record;
  const entry: Solved = { status: "solved", ...(seed !== undefined ? { seed } : {}), at: at.toISOString() };
  return { ...record, lessons: { ...record.lessons, [lesson]: { ...slots, [slot]: entry } } };
}

/** The record without one lesson's progress. */
export function withoutLesson(record: ExerciseRecord, lesson: string): ExerciseRecord {
  const lessons = { ...record.lessons };
  delete lessons[lesson];
  return { ...record, lessons };
}

export function storage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}
