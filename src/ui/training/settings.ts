// The values each training setting may take: the form offers exactly these (the architecture through
// the player's own lists, the numbers through NUMBER_FIELDS), and settings read back from storage are
// checked against them with valibot, one field at a time. A field that does not fit (a learning rate
// of 1e9, 0 epochs, a batch of 0, an unknown corpus) falls back to its default and is named, so the
// page can say which ones were refused.

import * as v from "valibot";
import { CELL_KINDS, DECODER_VARIANTS, QUERY_KINDS, SCORE_KINDS } from "../../core/model.ts";
import { LANGUAGE_PAIRS } from "../../model/pairs.ts";
import { DEFAULT_SETTINGS, type OptimizerKind, type TrainSettings } from "./protocol.ts";

export const OPTIMIZERS: readonly OptimizerKind[] = ["adam", "sgd"];
export const HIDDEN = [4, 8, 16, 32];
/** The batch size is not in the form; stored runs may carry any size in this range. */
export const MAX_BATCH = 256;

/** The settings the reader types as numbers. */
export type NumberSetting = "learningRate" | "epochs" | "targetAccuracy" | "patience";

/**
 * Each typed setting's range, in the unit the reader types; the setting is the typed number divided
 * by `per` (the target accuracy is typed in per cent and kept as a share; a division keeps 95 % at 0.95).
 */
export const NUMBER_FIELDS: { readonly [K in NumberSetting]: { readonly min: number; readonly max: number; readonly integer: boolean; readonly per: number } } = {
  learningRate: { min: 0.0001, max: 1, integer: false, per: 1 },
  epochs: { min: 1, max: 200, integer: true, per: 1 },
  targetAccuracy: { min: 1, max: 100, integer: false, per: 100 },
  patience: { min: 1, max: 200, integer: true, per: 1 },
};

/** The setting's value of what the reader typed, or null when it is no number in the field's range. */
export function parseNumberSetting(key: NumberSetting, text: string): number | null {
  const { min, max, integer, per } = NUMBER_FIELDS[key];
  const trimmed = text.trim();
  // Number("") is 0 and Number("0x10") is 16: only plain decimals are numbers here.
  if (!/^[+]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/iu.test(trimmed)) return null;
  const x = Number(trimmed);
  if (!Number.isFinite(x) || x < min || x > max || (integer && !Number.isInteger(x))) return null;
  return x / per;
}

/** What the field shows for a setting's value (a share as per cent, without float noise). */
export function formatNumberSetting(key: NumberSetting, value: number): string {
  return String(Number((value * NUMBER_FIELDS[key].per).toPrecision(12)));
}

const among = <T extends string | number>(options: readonly T[]) => v.custom<T>((x) => options.includes(x as T));
const inRange = (key: NumberSetting) => {
  const { min, max, integer, per } = NUMBER_FIELDS[key];
  return v.custom<number>((x) => typeof x === "number" && x >= min / per && x <= max / per && (!integer || Number.isInteger(x)));
};

/** One schema per setting. */
export const SETTING_SCHEMAS: { readonly [K in keyof TrainSettings]: v.GenericSchema<unknown, TrainSettings[K]> } = {
  corpus: among(LANGUAGE_PAIRS),
  cell: among(CELL_KINDS),
  variant: among(DECODER_VARIANTS),
  score: among(SCORE_KINDS),
  query: among(QUERY_KINDS),
  bidirectional: v.boolean(),
  hidden: among(HIDDEN),
  optimizer: among(OPTIMIZERS),
  learningRate: inRange("learningRate"),
  epochs: inRange("epochs"),
  targetAccuracy: inRange("targetAccuracy"),
  patience: inRange("patience"),
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
