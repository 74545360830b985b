// What the training components run on in the page: a module Worker (Vite bundles trainWorker.ts and
// its src/core imports as a worker chunk), the corpus from public/corpus/ (kit/corpus.ts), localStorage, and a second
// worker that reads the reader's own pairs. Tests provide their own through TrainerDepsContext.

import { createContext, useContext } from "react";
import type { OwnCorpusResult, OwnDataOptions } from "../../core/train/ownCorpus.ts";
import { loadCorpus } from "../kit/corpus.ts";
import { browserStorage } from "../kit/storage.ts";
import type { TrainerDeps, WorkerLike } from "./trainer.ts";

/** Reads own pairs in a worker of its own, ended once it has answered; the file's bytes are moved to it. */
function buildCorpus(input: ArrayBuffer | string, options: OwnDataOptions, name: string): Promise<OwnCorpusResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL("./corpusWorker.ts", import.meta.url), { type: "module" });
    worker.onmessage = (event: MessageEvent<OwnCorpusResult>) => {
      worker.terminate();
      resolve(event.data);
    };
    worker.onerror = (event) => {
      event.preventDefault();
      worker.terminate();
      reject(new Error(event.message || "the worker that reads the pairs stopped"));
    };
    worker.postMessage({ input, options, name }, typeof input === "string" ? [] : [input]);
  });
}

export const pageTrainerDeps: TrainerDeps = {
  buildCorpus,
  createWorker: () => new Worker(new URL("./trainWorker.ts", import.meta.url), { type: "module" }) as unknown as WorkerLike,
  loadCorpus,
  get storage() {
    return browserStorage();
  },
};

export const TrainerDepsContext = createContext<TrainerDeps>(pageTrainerDeps);

export function useTrainerDeps(): TrainerDeps {
  return useContext(TrainerDepsContext);
}
