// What on-demand training runs on in the page: a module Worker (Vite bundles onDemandWorker.ts and
// the core's training as a worker chunk of its own), the corpus as the training page loads it, and
// a cache in IndexedDB.

import { loadCorpus } from "../kit/corpus.ts";
import { createModelCache } from "./cache.ts";
import { openIdbStore } from "./idbStore.ts";
import { createOnDemand, type JobWorkerLike, type OnDemand } from "./onDemand.ts";

export function pageOnDemand(): OnDemand {
  return createOnDemand({
    createWorker: () => new Worker(new URL("./onDemandWorker.ts", import.meta.url), { type: "module" }) as unknown as JobWorkerLike,
    loadCorpus,
    cache: createModelCache(() => openIdbStore()),
    now: () => performance.now(),
  });
}
