// The values each training setting may take: the form offers exactly these, and settings read back
// from storage are checked against them with valibot, one field at a time. A field that does not fit
// (a learning rate of 1e9, 0 epochs, a batch of 0, an unknown corpus) falls back to its default and
// is named, so the page can say which ones were refused.

import * as v from "valibot";
import { CELL_KINDS, DECODER_VARIANTS, SCORE_KINDS } from "../../core/model.ts";
import { DEFAULT_SETTINGS, type CorpusName, type OptimizerKind, type TrainSettings } from "./protocol.ts";

export const CORPORA: readonly CorpusName[] = ["en-fr", "en-zh"];
export const OPTIMIZERS: readonly OptimizerKind[] = ["adam", "sgd"];
export const HIDDEN = [4, 8, 16, 32];
export const RATES = [0.001, 0.005, 0.01, 0.02, 0.05, 0.1];
export const EPOCHS = [5, 10, 20, 30, 60, 100];
/** The batch size is not in the form; stored runs may carry any size in this range. */
export const MAX_BATCH = 256;

const among = <T extends string | number>(options: readonly T[]) => v.custom<T>((x) => options.includes(x as T));

/** One schema per setting. */
export const SETTING_SCHEMAS: { readonly [K in keyof TrainSettings]: v.GenericSchema<unknown, TrainSettings[K]> } = {
  corpus: among(CORPORA),
  cell: among(CELL_KINDS),
  variant: among(DECODER_VARIANTS),
  score: among(SCORE_KINDS),
  hidden: among(HIDDEN),
  optimizer: among(OPTIMIZERS),
  learningRate: among(RATES),
  epochs: among(EPOCHS),
  batchSize: v.pipe(v.number(), v.safeInteger(), v.minValue(1), v.maxValue(MAX_BATCH)),
  seed: v.pipe(v.number(), v.safeInteger()),
};

const KEYS = Object.keys(DEFAULT_SETTINGS) as (keyof TrainSettings)[];

/** Stored settings checked field by field: the usable ones kept, the others the defaults, and which those were. */
export function readSettings(raw: unknown): { settings: TrainSettings; refused: (keyof TrainSettings)[] } {
  const record = typeof raw === "object" && raw !== null && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {};
  const settings: Record<string, unknown> = { ...DEFAULT_SETTINGS };
  const refused: (keyof TrainSettings)[] = [];
  for (const key of KEYS) {
    if (!Object.hasOwn(record, key)) continue;
    if (v.is(SETTING_SCHEMAS[key], record[key])) settings[key] = record[key];
    else refused.push(key);
  }
  return { settings: settings as unknown as TrainSettings, refused };
}
