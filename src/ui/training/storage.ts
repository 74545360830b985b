// The training run kept in localStorage after each epoch, so a reload can offer to continue: the
// settings, the chart's history, the cursor and the model file. Versioned, and checked when read:
// settings field by field (settings.ts), each point of the history, the model by its file format. A
// run that cannot be read at all is set aside (kit/setAside.ts), never silently dropped; a failure
// to read or write is reported to the reader and never stops training.

import * as v from "valibot";
import type { Seq2SeqModel } from "../../core/model.ts";
import { parseModel, serializeModel } from "../../model/index.ts";
import { describeJsonProblem, parseJsonSafely } from "../../model/safeJson.ts";
import { forgetItem, setAside } from "../kit/setAside.ts";
import { TRAINING_KEY } from "../kit/storageKeys.ts";
import type { EpochPoint, TrainSettings } from "./protocol.ts";
import { readSettings } from "./settings.ts";

export const TRAINING_STORAGE_KEY = TRAINING_KEY;
const VERSION = 1;

export interface SavedRun {
  readonly settings: TrainSettings;
  readonly history: readonly EpochPoint[];
  readonly epoch: number;
  readonly step: number;
  readonly model: Seq2SeqModel;
}

/** What of a saved run could not be used, though the run itself could. */
export interface RunRepairs {
  /** Settings that fell back to their defaults. */
  readonly refused: readonly (keyof TrainSettings)[];
  /** Points of the chart that were not readable. */
  readonly dropped: number;
}

type Store = Pick<Storage, "getItem" | "setItem" | "removeItem">;

const finite = v.pipe(v.number(), v.finite());
const share = v.pipe(v.number(), v.minValue(0), v.maxValue(1));
const count = v.pipe(v.number(), v.safeInteger(), v.minValue(0));
const norm = v.pipe(v.number(), v.finite(), v.minValue(0));
const pointSchema = v.object({
  epoch: count,
  trainLoss: finite,
  trainAccuracy: share,
  heldOutLoss: finite,
  heldOutAccuracy: share,
  // Measured later than the rest: a point saved before them has none, a point with a bad one is dropped.
  heldOutBleu: v.optional(share),
  gradNorms: v.optional(v.object({ embeddings: norm, encoder: norm, attention: norm, decoder: norm, output: norm })),
  updates: v.optional(count),
  clippedUpdates: v.optional(count),
  clipNorm: v.optional(norm),
});

/** Saves the run; returns null, or why it could not (a full or disabled storage). */
export function saveRun(storage: Store | undefined, run: SavedRun): string | null {
  if (!storage) return "no storage";
  try {
    const { model, ...rest } = run;
    storage.setItem(TRAINING_STORAGE_KEY, JSON.stringify({ version: VERSION, ...rest, model: serializeModel(model) }));
    return null;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

function runFromText(text: string): { run: SavedRun; repairs: RunRepairs } {
  const read = parseJsonSafely(text);
  if (!read.ok) throw new Error(describeJsonProblem(read.problem));
  const saved = read.value as Record<string, unknown> | null;
  if (typeof saved !== "object" || saved === null || Array.isArray(saved)) throw new Error("not a saved run");
  if (saved.version !== VERSION) throw new Error(`version ${String(saved.version).slice(0, 20)} is not ${VERSION}`);
  const parsed = parseModel(saved.model);
  if (!parsed.ok) throw new Error(parsed.errors.map((e) => e.message).join("; "));
  const { settings, refused } = readSettings(saved.settings);
  const points = Array.isArray(saved.history) ? saved.history : [];
  const history = points.filter((p): p is EpochPoint => v.is(pointSchema, p));
  const cursor = (x: unknown) => (v.is(count, x) ? x : 0);
  const run = { settings, history, epoch: cursor(saved.epoch), step: cursor(saved.step), model: parsed.model };
  return { run, repairs: { refused, dropped: points.length - history.length } };
}

/**
 * The saved run, none, or why the saved text is unusable (it is then set aside and removed), and
 * what of a usable run had to be left out or replaced by a default.
 */
export function loadRun(storage: Store | undefined): { run: SavedRun | null; problem: string | null; repairs?: RunRepairs } {
  let text: string | null = null;
  try {
    text = storage?.getItem(TRAINING_STORAGE_KEY) ?? null;
  } catch (error) {
    return { run: null, problem: error instanceof Error ? error.message : String(error) };
  }
  if (text === null) return { run: null, problem: null };
  try {
    const { run, repairs } = runFromText(text);
    return { run, problem: null, ...(repairs.refused.length > 0 || repairs.dropped > 0 ? { repairs } : {}) };
  } catch (error) {
    if (setAside(storage, TRAINING_STORAGE_KEY, text)) forgetRun(storage);
    return { run: null, problem: error instanceof Error ? error.message : String(error) };
  }
}

export function forgetRun(storage: Store | undefined): void {
  forgetItem(storage, TRAINING_STORAGE_KEY);
}
