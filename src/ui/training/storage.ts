// The training run kept in localStorage after each epoch, so a reload can offer to continue: the
// settings, the chart's history, the cursor and the model file. Versioned; a failure to read or
// write is reported to the reader and never stops training.

import type { Seq2SeqModel } from "../../core/model.ts";
import { parseModel, serializeModel } from "../../model/index.ts";
import { DEFAULT_SETTINGS, type EpochPoint, type TrainSettings } from "./protocol.ts";

export const TRAINING_STORAGE_KEY = "seq2seq-lab:training";
const VERSION = 1;

export interface SavedRun {
  readonly settings: TrainSettings;
  readonly history: readonly EpochPoint[];
  readonly epoch: number;
  readonly step: number;
  readonly model: Seq2SeqModel;
}

type Store = Pick<Storage, "getItem" | "setItem" | "removeItem">;

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

/** The saved run, none, or why the saved text is unusable (which is then removed). */
export function loadRun(storage: Store | undefined): { run: SavedRun | null; problem: string | null } {
  let text: string | null = null;
  try {
    text = storage?.getItem(TRAINING_STORAGE_KEY) ?? null;
  } catch (error) {
    return { run: null, problem: error instanceof Error ? error.message : String(error) };
  }
  if (text === null) return { run: null, problem: null };
  try {
    const saved = JSON.parse(text) as { version?: unknown; settings?: Partial<TrainSettings>; history?: EpochPoint[]; epoch?: number; step?: number; model?: unknown };
    if (saved.version !== VERSION) throw new Error(`version ${String(saved.version)} is not ${VERSION}`);
    const parsed = parseModel(saved.model);
    if (!parsed.ok) throw new Error(parsed.errors.map((e) => e.message).join("; "));
    const history = Array.isArray(saved.history) ? saved.history : [];
    return { run: { settings: { ...DEFAULT_SETTINGS, ...saved.settings }, history, epoch: Number(saved.epoch) || 0, step: Number(saved.step) || 0, model: parsed.model }, problem: null };
  } catch (error) {
    forgetRun(storage);
    return { run: null, problem: error instanceof Error ? error.message : String(error) };
  }
}

export function forgetRun(storage: Store | undefined): void {
  try {
    storage?.removeItem(TRAINING_STORAGE_KEY);
  } catch {
    // Nothing to keep clean if storage is unavailable.
  }
}
