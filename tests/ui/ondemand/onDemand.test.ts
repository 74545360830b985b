import { describe, expect, it } from "vitest";
import type { Corpus } from "../../../src/core/train/corpus.ts";
import { cacheKey, createModelCache, memoryStore, type KeyValueStore } from "../../../src/ui/ondemand/cache.ts";
import { createOnDemand, type OnDemandEntry } from "../../../src/ui/ondemand/onDemand.ts";
import { choice, FakeWorker, fullStore, other, trainedModel } from "./fakes.ts";

const corpus = { name: "en-fr" } as Corpus;
/** Lets the promises and the deferred calls of the manager run. */
const settle = () => new Promise((r) => setTimeout(r, 5));

function setup({ store = memoryStore(), open }: { store?: KeyValueStore; open?: () => Promise<KeyValueStore> } = {}) {
  const workers: FakeWorker[] = [];
  let clock = 0;
  let corpusFails = false;
  const onDemand = createOnDemand({
    createWorker: () => {
      const w = new FakeWorker();
      workers.push(w);
      return w;
    },
    loadCorpus: async () => {
      if (corpusFails) throw new Error("HTTP 404");
      return corpus;
    },
    cache: createModelCache(open ?? (async () => store)),
    now: () => clock,
  });
  const entry = (c = choice): OnDemandEntry | undefined => onDemand.store.getState().entries[cacheKey(c, "en-fr")];
  return {
    onDemand,
    workers,
    entry,
    tick: (ms: number) => (clock += ms),
    failCorpus: () => (corpusFails = true),
    worker: () => workers.at(-1)!,
  };
}

describe("createOnDemand", () => {
  it("want(choice) with an empty cache trains in a worker, shows its progress, then holds the model trained just now with its time, and caches it", async () => {
    const store = memoryStore();
    const s = setup({ store });
    s.onDemand.want(choice, "en-fr");
    expect(s.entry()?.status).toBe("checking");
    await settle();
    expect(s.entry()?.status).toBe("training");
    expect(s.worker().received).toMatchObject([{ type: "train", choice, pair: "en-fr", corpus }]);
    s.worker().answer({ type: "progress", progress: { fraction: 0.4, epoch: 10, maxEpochs: 25, seedTry: 1, seedTries: 3 } });
    expect(s.entry()?.progress?.fraction).toBe(0.4);
    s.tick(4200);
    const model = trainedModel();
    s.worker().answer({ type: "done", model, passed: true });
    expect(s.entry()).toMatchObject({ status: "ready", origin: "now", seconds: 4.2, passed: true, notes: [] });
    expect(s.entry()?.model).toBe(model);
    await settle();
    expect(await store.keys()).toEqual([cacheKey(choice, "en-fr")]);

    // The next visit: a new page reads it from the cache and starts no worker.
    const next = setup({ store });
    next.onDemand.want(choice, "en-fr");
    await settle();
    expect(next.entry()).toMatchObject({ status: "ready", origin: "earlier", seconds: 4.2 });
    expect(next.workers).toEqual([]);
  });

  it("want(other) while a choice trains waits its turn, and releasing the first cancels it and starts the other", async () => {
    const s = setup();
    const release = s.onDemand.want(choice, "en-fr");
    await settle();
    s.onDemand.want(other, "en-fr");
    await settle();
    expect(s.entry(other)?.status).toBe("queued");
    expect(s.workers).toHaveLength(1);
    release();
    await settle();
    expect(s.workers[0]!.terminated).toBe(true);
    expect(s.entry(choice)).toBeUndefined();
    expect(s.entry(other)?.status).toBe("training");
    expect(s.worker().received.at(-1)).toMatchObject({ choice: other });
    // A late message of the cancelled job changes nothing.
    s.workers[0]!.answer({ type: "done", model: trainedModel(), passed: true, job: s.workers[0]!.received[0]!.job });
    expect(s.entry(choice)).toBeUndefined();
  });

  it("releasing and asking again in the same task (a re-render) keeps the training going", async () => {
    const s = setup();
    const release = s.onDemand.want(choice, "en-fr");
    await settle();
    release();
    s.onDemand.want(choice, "en-fr");
    await settle();
    expect(s.workers).toHaveLength(1);
    expect(s.workers[0]!.terminated).toBe(false);
    expect(s.entry()?.status).toBe("training");
  });

  it("a worker error fails the training with its message, keeps no model, and retry trains again in a new worker", async () => {
    const s = setup();
    s.onDemand.want(choice, "en-fr");
    await settle();
    s.worker().crash("out of memory");
    expect(s.entry()).toMatchObject({ status: "failed", error: { kind: "worker", detail: "out of memory" } });
    expect(s.entry()?.model).toBeUndefined();
    expect(s.workers[0]!.terminated).toBe(true);
    s.onDemand.retry(choice, "en-fr");
    await settle();
    expect(s.entry()?.status).toBe("training");
    expect(s.workers).toHaveLength(2);
  });

  it("an error the job reports and a corpus that cannot be loaded both fail the training and say which", async () => {
    const s = setup();
    s.onDemand.want(choice, "en-fr");
    await settle();
    s.worker().answer({ type: "error", message: "startRecipe: the recipe is for en-fr, the corpus is en-zh" });
    expect(s.entry()).toMatchObject({ status: "failed", error: { kind: "worker" } });
    s.failCorpus();
    s.onDemand.want(other, "en-fr");
    await settle();
    expect(s.entry(other)).toMatchObject({ status: "failed", error: { kind: "corpus", detail: "HTTP 404" } });
  });

  it("a corrupt cache entry is discarded with a note and the model is trained again, never shown from the cache", async () => {
    const store = memoryStore(new Map([[cacheKey(choice, "en-fr"), { model: "{broken", seconds: 1, savedAt: "" }]]));
    const s = setup({ store });
    s.onDemand.want(choice, "en-fr");
    await settle();
    expect(s.entry()).toMatchObject({ status: "training", notes: [{ kind: "corrupt" }] });
    expect(s.entry()?.model).toBeUndefined();
    expect(await store.get(cacheKey(choice, "en-fr"))).toBeUndefined();
  });

  it("a training started in an earlier visit that never finished (the tab was closed) is noted and trained again", async () => {
    const store = memoryStore();
    const first = setup({ store });
    first.onDemand.want(choice, "en-fr");
    await settle();
    first.onDemand.dispose();
    const s = setup({ store });
    s.onDemand.want(choice, "en-fr");
    await settle();
    expect(s.entry()).toMatchObject({ status: "training", notes: [{ kind: "interrupted" }] });
  });

  it("storage that cannot be opened still shows the trained model, with one note that it is not kept", async () => {
    const s = setup({ open: async () => Promise.reject(new Error("private window")) });
    s.onDemand.want(choice, "en-fr");
    await settle();
    s.worker().answer({ type: "done", model: trainedModel(), passed: true });
    await settle();
    expect(s.entry()).toMatchObject({ status: "ready", origin: "now", notes: [{ kind: "unavailable", detail: "private window" }] });
  });

  it("a full storage still shows the trained model and notes that it was not saved", async () => {
    const s = setup({ store: fullStore(memoryStore()) });
    s.onDemand.want(choice, "en-fr");
    await settle();
    s.worker().answer({ type: "done", model: trainedModel(), passed: false });
    await settle();
    expect(s.entry()).toMatchObject({ status: "ready", passed: false, notes: [{ kind: "notSaved", detail: "QuotaExceededError" }] });
  });
});
