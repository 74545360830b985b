// The reader's exercise seed and progress, in one versioned localStorage record (like the editor's,
// model/persist.ts): `{ version: 1, seed, lessons: { slug: { slot: "solved" } } }`. Storage may be
// missing, blocked or full; a record that does not read is replaced, never thrown.

export const EXERCISES_KEY = "seq2seq-lab:exercises";
export const EXERCISES_VERSION = 1;

type StorageLike = Pick<Storage, "getItem" | "setItem">;

export interface ExerciseRecord {
  readonly version: 1;
  readonly seed: number;
  readonly lessons: Readonly<Record<string, Readonly<Record<string, "solved">>>>;
}

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === "object" && x !== null && !Array.isArray(x);

/** A fresh seed (32-bit), from crypto when available. */
export function freshSeed(): number {
  const buf = new Uint32Array(1);
  if (typeof crypto !== "undefined" && crypto.getRandomValues) crypto.getRandomValues(buf);
  else buf[0] = Math.floor(Math.random() * 2 ** 32);
  return buf[0]! % 1_000_000;
}

/** The stored record, checked entry by entry; what does not fit is left out. */
export function readRecord(storage: StorageLike | undefined): ExerciseRecord | undefined {
  try {
    const text = storage?.getItem(EXERCISES_KEY);
    if (!text) return undefined;
    const raw: unknown = JSON.parse(text);
    if (!isRecord(raw) || raw.version !== EXERCISES_VERSION || typeof raw.seed !== "number" || !Number.isSafeInteger(raw.seed)) return undefined;
    const lessons = new Map<string, Record<string, "solved">>();
    if (isRecord(raw.lessons)) {
      for (const [slug, slots] of Object.entries(raw.lessons)) {
        if (!isRecord(slots)) continue;
        lessons.set(slug, Object.fromEntries(Object.entries(slots).filter(([slot, v]) => /^\d{1,2}$/.test(slot) && v === "solved")) as Record<string, "solved">);
      }
    }
    return { version: 1, seed: raw.seed, lessons: Object.fromEntries(lessons) };
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

export function storage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}
