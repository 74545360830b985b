// The browser's cache of models trained on demand, over any key–value store (IndexedDB in the page,
// memory in tests). A key names the recipe version, the language pair and the choice, so a new
// recipe never reads a model the old one trained (and the old entries are deleted on first use).
// A cached model is checked as a preset is (presets.ts) and must say it was trained by this
// recipe on this pair; an entry that fails is deleted and reported, never shown.

import type { Seq2SeqModel } from "../../core/model.ts";
import { RECIPE_VERSION } from "../../core/train/recipe.ts";
import type { LanguagePair, ModelChoice } from "../../model/defaults.ts";
import { serializeModel } from "../../model/convert.ts";
import { stringifyModelFile } from "../../model/stringify.ts";
import { checkedModelText } from "../kit/presets.ts";
import { normalChoice } from "../../model/choice.ts";

/** The part of a key–value store the cache uses; every method may reject (storage full, blocked, gone). */
export interface KeyValueStore {
  get(key: string): Promise<unknown>;
  put(key: string, value: unknown): Promise<void>;
  delete(key: string): Promise<void>;
  keys(): Promise<string[]>;
}

/** What is stored under a model's key. */
export interface CachedRecord {
  /** The model file, as a preset's. */
  readonly model: string;
  /** How long its training took, in seconds. */
  readonly seconds: number;
  /** When it was saved (ISO 8601). */
  readonly savedAt: string;
}

export type CacheRead =
  | { readonly state: "hit"; readonly model: Seq2SeqModel; readonly seconds: number }
  /** `interrupted`: a training of this key started in this browser and never finished (the tab was closed). */
  | { readonly state: "miss"; readonly interrupted: boolean }
  /** The entry was there but is not a valid model of this key; it has been deleted. */
  | { readonly state: "corrupt"; readonly reason: string }
  | { readonly state: "unavailable"; readonly reason: string };

export interface ModelCache {
  read(choice: ModelChoice, pair: LanguagePair): Promise<CacheRead>;
  /** Saves a trained model; resolves to null, or to why it could not be saved. */
  write(choice: ModelChoice, pair: LanguagePair, model: Seq2SeqModel, seconds: number): Promise<string | null>;
  /** Marks a training as started, so a tab closed before it ends is noticed on the next visit. */
  started(choice: ModelChoice, pair: LanguagePair): Promise<void>;
  /** Removes the mark (the training was cancelled, or has been saved). */
  stopped(choice: ModelChoice, pair: LanguagePair): Promise<void>;
}

const PREFIX = `v${RECIPE_VERSION}/`;
const RUNNING = "running:";

/** The key of a choice's model on a pair under a recipe version, e.g. "v1/en-fr/lstm/attention/dot/current". */
export function cacheKey(choice: ModelChoice, pair: LanguagePair, version = RECIPE_VERSION): string {
  const c = normalChoice(choice);
  const attention = c.variant === "attention" ? `/${c.score}/${c.query}` : "";
  return `v${version}/${pair}/${c.cell}/${c.variant}${attention}${c.bidirectional ? "/bi" : ""}`;
}

const reasonOf = (e: unknown): string => (e instanceof Error ? e.message : String(e));

/** The model of a record, checked; throws with the reason otherwise. */
export function checkedRecord(value: unknown, choice: ModelChoice, pair: LanguagePair): { model: Seq2SeqModel; seconds: number } {
  const r = value as Partial<CachedRecord> | null;
  if (typeof r !== "object" || r === null || typeof r.model !== "string") throw new Error("the entry holds no model file");
  const model = checkedModelText(r.model, "the cached model", choice);
  const meta = (model.meta ?? {}) as { trained?: unknown; pair?: unknown; recipe?: { version?: unknown } };
  if (meta.trained !== true || meta.pair !== pair || meta.recipe?.version !== RECIPE_VERSION) throw new Error("the cached model was not trained by this recipe on this language pair");
  const seconds = typeof r.seconds === "number" && Number.isFinite(r.seconds) && r.seconds >= 0 ? r.seconds : 0;
  return { model, seconds };
}

/** A cache over the store `open` gives (opened on first use); entries of other recipe versions are deleted then. */
export function createModelCache(open: () => Promise<KeyValueStore>, now: () => Date = () => new Date()): ModelCache {
  let opening: Promise<KeyValueStore> | undefined;
  const store = (): Promise<KeyValueStore> => {
    opening ??= open().then(async (kv) => {
      const stale = (await kv.keys()).filter((k) => !k.startsWith(PREFIX) && !k.startsWith(`${RUNNING}${PREFIX}`));
      await Promise.all(stale.map((k) => kv.delete(k)));
      return kv;
    });
    return opening;
  };
  return {
    async read(choice, pair) {
      const key = cacheKey(choice, pair);
      let kv: KeyValueStore;
      let value: unknown;
      try {
        kv = await store();
        value = await kv.get(key);
      } catch (e) {
        return { state: "unavailable", reason: reasonOf(e) };
      }
      if (value === undefined) return { state: "miss", interrupted: (await kv.get(RUNNING + key).catch(() => undefined)) !== undefined };
      try {
        return { state: "hit", ...checkedRecord(value, choice, pair) };
      } catch (e) {
        await kv.delete(key).catch(() => {});
        return { state: "corrupt", reason: reasonOf(e) };
      }
    },
    async write(choice, pair, model, seconds) {
      const key = cacheKey(choice, pair);
      const record: CachedRecord = { model: stringifyModelFile(serializeModel(model)), seconds, savedAt: now().toISOString() };
      try {
        const kv = await store();
        await kv.put(key, record);
        await kv.delete(RUNNING + key);
        return null;
      } catch (e) {
        return reasonOf(e);
      }
    },
    async started(choice, pair) {
      await (await store()).put(RUNNING + cacheKey(choice, pair), now().toISOString());
    },
    async stopped(choice, pair) {
      await (await store()).delete(RUNNING + cacheKey(choice, pair));
    },
  };
}

/** A store in memory, for tests. */
export function memoryStore(entries: Map<string, unknown> = new Map()): KeyValueStore {
  return {
    get: async (key) => structuredClone(entries.get(key)),
    put: async (key, value) => void entries.set(key, structuredClone(value)),
    delete: async (key) => void entries.delete(key),
    keys: async () => [...entries.keys()],
  };
}
