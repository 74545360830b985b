// Renders the training view on a fake worker, an in-memory storage and the real corpus, with app
// and model stores of the test's own; a probe shows which model the player would now use.

import { readFileSync } from "node:fs";
import { join } from "node:path";
import { render } from "@testing-library/react";
import type { ReactNode } from "react";
import userEvent from "@testing-library/user-event";
import type { Corpus } from "../../../src/core/train/index.ts";
import { buildOwnCorpus, type OwnDataOptions } from "../../../src/core/train/ownCorpus.ts";
import type { LanguagePair } from "../../../src/model/pairs.ts";
import { PageStoreContext, usePagePlayer } from "../../../src/ui/storeContext.ts";
import { ModelContext } from "../../../src/ui/model/modelContext.ts";
import { createModelStore } from "../../../src/ui/model/modelStore.ts";
import { createPresetLoader } from "../../../src/ui/kit/presets.ts";
import { useCurrentModel } from "../../../src/ui/model/useCurrentModel.ts";
import { useStore } from "zustand";
import { createPageStore, type PageFields } from "../../../src/ui/store.ts";
import { TrainerDepsContext } from "../../../src/ui/training/deps.ts";
import type { FromWorker, ToWorker, WorkerPost } from "../../../src/ui/training/protocol.ts";
import type { WorkerLike } from "../../../src/ui/training/trainer.ts";
import { TrainingView } from "../../../src/ui/training/TrainingView.tsx";
import { createPresetSource } from "../../../src/ui/kit/presetSource.ts";

/** A pair's corpus as public/corpus holds it. */
export const corpusOf = (pair: LanguagePair) => JSON.parse(readFileSync(join(process.cwd(), `public/corpus/${pair}.json`), "utf8")) as Corpus;
export const corpus = corpusOf("en-fr");

export class FakeWorker implements WorkerLike {
  readonly sent: ToWorker[] = [];
  onmessage: ((event: MessageEvent<FromWorker>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  terminated = false;
  postMessage(message: ToWorker): void {
    this.sent.push(message);
  }
  terminate(): void {
    this.terminated = true;
  }
  /** The run number of the last configure or reset the page sent. */
  get run(): number {
    const last = [...this.sent].reverse().find((m) => m.type === "configure" || m.type === "reset");
    return last && "run" in last ? last.run : 0;
  }
  /** What the worker would post; without a run number, for the page's current run. */
  emit(message: WorkerPost & { readonly run?: number }): void {
    this.onmessage?.({ data: { run: this.run, ...message } } as MessageEvent<FromWorker>);
  }
  get types(): string[] {
    return this.sent.map((m) => m.type);
  }
}

export function memoryStorage(): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    getItem: (k) => items.get(k) ?? null,
    key: (i) => [...items.keys()][i] ?? null,
    removeItem: (k) => void items.delete(k),
    setItem: (k, v) => void items.set(k, v),
  };
}

function CurrentModelProbe() {
  const player = usePagePlayer();
  const choice = useStore(player, (s) => s.choice);
  const pair = useStore(player, (s) => s.pair);
  const current = useCurrentModel(choice, pair);
  return <p data-testid="current">{`${current.kind}: ${current.model.name}`}</p>;
}

export function renderTraining(storage: Storage = memoryStorage(), ui: ReactNode = <TrainingView />, state: Partial<PageFields> = {}) {
  const workers: FakeWorker[] = [];
  const deps = {
    createWorker: () => {
      const w = new FakeWorker();
      workers.push(w);
      return w;
    },
    loadCorpus: async (pair: LanguagePair) => (pair === "en-fr" ? corpus : corpusOf(pair)),
    storage,
    buildCorpus: async (input: ArrayBuffer | string, options: OwnDataOptions, name: string) => buildOwnCorpus(typeof input === "string" ? input : new Uint8Array(input), options, name),
  };
  const app = createPageStore({ lesson: "train", ...state });
  const models = createModelStore();
  const presets = createPresetLoader(createPresetSource(async () => Promise.reject(new Error("HTTP 404"))));
  const view = render(
    <PageStoreContext.Provider value={app}>
      <ModelContext.Provider value={{ store: models, presets }}>
        <TrainerDepsContext.Provider value={deps}>
          {ui}
          <CurrentModelProbe />
        </TrainerDepsContext.Provider>
      </ModelContext.Provider>
    </PageStoreContext.Provider>,
  );
  return { app, models, storage, view, user: userEvent.setup(), worker: () => workers.at(-1)! };
}
