import { describe, expect, it } from "vitest";
import { RECIPE_VERSION } from "../../../src/core/train/recipe.ts";
import { serializeModel } from "../../../src/model/convert.ts";
import { stringifyModelFile } from "../../../src/model/stringify.ts";
import { cacheKey, createModelCache, memoryStore, type CachedRecord } from "../../../src/ui/ondemand/cache.ts";
import { choice, fullStore, other, trainedModel } from "./fakes.ts";

const record = (text: string): CachedRecord => ({ model: text, seconds: 3, savedAt: "2026-01-01T00:00:00.000Z" });
const fileOf = (m = trainedModel()) => stringifyModelFile(serializeModel(m));

describe("cacheKey", () => {
  it("cacheKey(choice, pair) names the recipe version, the pair and every field that changes the model", () => {
    expect(cacheKey(choice, "en-fr")).toBe(`v${RECIPE_VERSION}/en-fr/gru-reset-after/attention/dot/current`);
    expect(cacheKey({ ...choice, bidirectional: true }, "en-zh", 7)).toBe("v7/en-zh/gru-reset-after/attention/dot/current/bi");
    expect(cacheKey(choice, "en-fr")).not.toBe(cacheKey(other, "en-fr"));
    expect(cacheKey(choice, "en-fr")).not.toBe(cacheKey(choice, "en-zh"));
  });

  it("cacheKey(choice, pair) ignores the score and the query of a decoder without attention", () => {
    const initial = { ...choice, variant: "initial" as const };
    expect(cacheKey(initial, "en-fr")).toBe(cacheKey({ ...initial, score: "general", query: "previous" }, "en-fr"));
    expect(cacheKey(initial, "en-fr")).toBe(`v${RECIPE_VERSION}/en-fr/gru-reset-after/initial`);
  });
});

describe("createModelCache", () => {
  it("write then read gives the model back with its training time, and another choice or pair misses", async () => {
    const cache = createModelCache(async () => memoryStore());
    expect(await cache.write(choice, "en-fr", trainedModel(), 12.5)).toBeNull();
    const read = await cache.read(choice, "en-fr");
    expect(read.state).toBe("hit");
    if (read.state !== "hit") return;
    expect(read.seconds).toBe(12.5);
    expect(read.model.decoder.attention?.score).toBe("dot");
    expect(stringifyModelFile(serializeModel(read.model))).toBe(fileOf());
    expect(await cache.read(other, "en-fr")).toEqual({ state: "miss", interrupted: false });
    expect(await cache.read(choice, "en-zh")).toEqual({ state: "miss", interrupted: false });
  });

  it("opening the cache deletes the entries of other recipe versions and keeps this version's", async () => {
    const entries = new Map<string, unknown>([
      [cacheKey(choice, "en-fr", RECIPE_VERSION - 1), record(fileOf())],
      [`running:${cacheKey(choice, "en-fr", RECIPE_VERSION - 1)}`, "2026"],
      [cacheKey(choice, "en-fr"), record(fileOf())],
    ]);
    const cache = createModelCache(async () => memoryStore(entries));
    expect((await cache.read(choice, "en-fr")).state).toBe("hit");
    expect([...entries.keys()]).toEqual([cacheKey(choice, "en-fr")]);
  });

  const corrupt: [string, unknown][] = [
    ["text that is not JSON", record("{not json")],
    ["a record without a model file", { seconds: 1 }],
    ["a model file of another architecture", record(fileOf(trainedModel(other)))],
    ["a model of the other language pair", record(fileOf(trainedModel(choice, "en-zh")))],
    ["a model of another recipe version", record(fileOf(trainedModel(choice, "en-fr", 7, RECIPE_VERSION + 1)))],
    ["untrained weights", record(fileOf({ ...trainedModel(), meta: { pair: "en-fr", recipe: { version: RECIPE_VERSION } } }))],
  ];
  for (const [what, value] of corrupt) {
    it(`reading an entry holding ${what} reports it corrupt and deletes it`, async () => {
      const entries = new Map<string, unknown>([[cacheKey(choice, "en-fr"), value]]);
      const cache = createModelCache(async () => memoryStore(entries));
      const read = await cache.read(choice, "en-fr");
      expect(read.state).toBe("corrupt");
      expect(read.state === "corrupt" && read.reason.length > 0).toBe(true);
      expect(entries.has(cacheKey(choice, "en-fr"))).toBe(false);
      expect(await cache.read(choice, "en-fr")).toEqual({ state: "miss", interrupted: false });
    });
  }

  it("reading after started and no write says the training was interrupted; stopped and write clear the mark", async () => {
    const entries = new Map<string, unknown>();
    const cache = createModelCache(async () => memoryStore(entries));
    await cache.started(choice, "en-fr");
    expect(await cache.read(choice, "en-fr")).toEqual({ state: "miss", interrupted: true });
    await cache.stopped(choice, "en-fr");
    expect(await cache.read(choice, "en-fr")).toEqual({ state: "miss", interrupted: false });
    await cache.started(choice, "en-fr");
    await cache.write(choice, "en-fr", trainedModel(), 1);
    expect([...entries.keys()]).toEqual([cacheKey(choice, "en-fr")]);
  });

  it("a store that cannot be opened makes every read unavailable and every write say why", async () => {
    const cache = createModelCache(async () => {
      throw new Error("this browser offers no IndexedDB");
    });
    expect(await cache.read(choice, "en-fr")).toEqual({ state: "unavailable", reason: "this browser offers no IndexedDB" });
    expect(await cache.write(choice, "en-fr", trainedModel(), 1)).toBe("this browser offers no IndexedDB");
  });

  it("a store that refuses writes (full) makes write resolve to the reason and leaves nothing to read", async () => {
    const cache = createModelCache(async () => fullStore(memoryStore()));
    expect(await cache.write(choice, "en-fr", trainedModel(), 1)).toBe("QuotaExceededError");
    expect((await cache.read(choice, "en-fr")).state).toBe("miss");
  });
});
