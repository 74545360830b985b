// The recurrent presets: the entries of public/models/index.json with an architecture, each model
// file fetched once through the page's preset source (kit/presetSource.ts) and cached; until they
// arrive, or when they fail, the player shows the demo model.

import type { Seq2SeqModel } from "../../core/model.ts";
import { readChoiceFields } from "../../model/choice.ts";
import type { LanguagePair, ModelChoice } from "../../model/defaults.ts";
import { parseModelText } from "../../model/modelFile.ts";
import { indexModels, isPresetFileName, pagePresetSource, reasonOf, type PresetSource } from "./presetSource.ts";
import { choiceOfModel, normalChoice, sameChoice } from "../../model/choice.ts";

/** One line of the index: which architecture a file holds and how well it learned. */
export interface PresetEntry {
  readonly file: string;
  readonly title: string;
  readonly corpus: string;
  readonly choice: ModelChoice;
  readonly loss?: number;
  readonly accuracy?: number;
}

function entryOf(raw: unknown): PresetEntry | undefined {
  if (typeof raw !== "object" || raw === null) return undefined;
  const r = raw as Record<string, unknown>;
  // Score and query are null in the index without attention; every other field must be there and read.
  const attention = r.variant === "attention";
  const read = readChoiceFields({ cell: r.cell, variant: r.variant, bidirectional: r.bidirectional, ...(attention ? { score: r.score ?? "", query: r.query ?? "" } : {}) });
  const { cell, variant, bidirectional, score = "dot", query = "previous" } = read.choice;
  if (!isPresetFileName(r.file) || read.problems.length > 0 || !cell || !variant || typeof r.bidirectional !== "boolean" || bidirectional === undefined) return undefined;
  const num = (x: unknown) => (typeof x === "number" && Number.isFinite(x) ? x : undefined);
  const loss = num(r.loss);
  const accuracy = num(r.accuracy);
  return {
    file: r.file,
    title: typeof r.title === "string" ? r.title : r.file,
    corpus: typeof r.corpus === "string" ? r.corpus : "en-fr",
    choice: normalChoice({ cell, variant, score, query, bidirectional }),
    ...(loss !== undefined ? { loss } : {}),
    ...(accuracy !== undefined ? { accuracy } : {}),
  };
}

/** The usable entries of an index file; malformed entries are left out. */
export function parsePresetIndex(json: unknown): PresetEntry[] {
  return indexModels(json).flatMap((m) => entryOf(m) ?? []);
}

/** The preset of a language pair (its corpus) for a choice, if the index has one. */
export function presetFor(entries: readonly PresetEntry[], choice: ModelChoice, pair: LanguagePair = "en-fr"): PresetEntry | undefined {
  return entries.find((e) => e.corpus === pair && sameChoice(e.choice, choice));
}

export type Settled<T> = { readonly state: "pending" } | { readonly state: "ok"; readonly value: T } | { readonly state: "failed"; readonly reason: string };

export interface PresetLoader {
  /** The index, fetched on the first call. */
  index(): Promise<readonly PresetEntry[]>;
  /** A preset's model, fetched and checked on the first call for that file. */
  model(entry: PresetEntry): Promise<Seq2SeqModel>;
  /** What the index or a model has come to so far, for a synchronous render. */
  peekIndex(): Settled<readonly PresetEntry[]>;
  peekModel(file: string): Settled<Seq2SeqModel>;
}

/** A loader that caches every model it reads from `source`. */
export function createPresetLoader(source: PresetSource = pagePresetSource): PresetLoader {
  let index: Promise<readonly PresetEntry[]> | undefined;
  let indexState: Settled<readonly PresetEntry[]> = { state: "pending" };
  const models = new Map<string, Promise<Seq2SeqModel>>();
  const modelStates = new Map<string, Settled<Seq2SeqModel>>();
  const track = <T>(promise: Promise<T>, set: (s: Settled<T>) => void): Promise<T> => {
    promise.then(
      (value) => set({ state: "ok", value }),
      (e: unknown) => set({ state: "failed", reason: reasonOf(e) }),
    );
    return promise;
  };
  return {
    index() {
      index ??= track(
        source.index().then(parsePresetIndex),
        (s) => (indexState = s),
      );
      return index;
    },
    model(entry) {
      let promise = models.get(entry.file);
      if (!promise) {
        promise = track(
          source.file(entry.file).then((text) => checkedModel(text, entry)),
          (s) => modelStates.set(entry.file, s),
        );
        models.set(entry.file, promise);
      }
      return promise;
    },
    peekIndex: () => indexState,
    peekModel: (file) => modelStates.get(file) ?? { state: "pending" },
  };
}

function checkedModel(text: string, entry: PresetEntry): Seq2SeqModel {
  return checkedModelText(text, entry.file, entry.choice, "the index");
}

/**
 * A model file's text checked as a preset's is: a valid model file whose architecture is `choice`
 * (or the choices on screen would describe another model). Throws, naming `label`, otherwise.
 */
export function checkedModelText(text: string, label: string, choice: ModelChoice, expected = "the choice"): Seq2SeqModel {
  const parsed = parseModelText(text);
  if (!parsed.ok) throw new Error(`${label}: ${parsed.errors[0]?.message ?? "not a model file"}`);
  if (!sameChoice(choiceOfModel(parsed.model), choice)) throw new Error(`${label}: the file's architecture differs from ${expected}`);
  return parsed.model;
}
