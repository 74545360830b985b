// Training on demand for a page: the players ask for the model of a choice and pair that has no
// preset (want), and this finds it in the browser's cache or trains it in a worker, one training at
// a time in the order asked. A training nobody wants any more (the reader changed the choice) is
// cancelled by terminating the worker. Plain TypeScript (zustand/vanilla); the worker, the corpus
// and the cache are passed in, so tests drive it with fakes. useOnDemand.ts binds it to React.

import { createStore } from "zustand/vanilla";
import type { Seq2SeqModel } from "../../core/model.ts";
import type { Corpus } from "../../core/train/corpus.ts";
import type { LanguagePair, ModelChoice } from "../../model/defaults.ts";
import { normalChoice } from "../../model/choice.ts";
import { cacheKey, type ModelCache } from "./cache.ts";
import type { FromJobWorker, JobProgress, ToJobWorker } from "./protocol.ts";

/** The part of a Worker used here. */
export interface JobWorkerLike {
  postMessage(message: ToJobWorker): void;
  onmessage: ((event: MessageEvent<FromJobWorker>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  terminate(): void;
}

export interface OnDemandDeps {
  readonly createWorker: () => JobWorkerLike;
  readonly loadCorpus: (pair: LanguagePair) => Promise<Corpus>;
  readonly cache: ModelCache;
  /** Milliseconds, for the training time shown. */
  readonly now: () => number;
  /** Runs `fn` after the current task: a player that lets go and asks again at once (a re-render) cancels nothing. */
  readonly later?: (fn: () => void) => void;
}

export type OnDemandStatus = "checking" | "queued" | "training" | "ready" | "failed";

/** Something the reader should know beside the model; built into words by the notice in their language. */
export interface OnDemandNote {
  readonly kind: "corrupt" | "interrupted" | "unavailable" | "notSaved";
  readonly detail: string;
}

export interface OnDemandEntry {
  readonly status: OnDemandStatus;
  readonly progress: JobProgress | null;
  readonly model?: Seq2SeqModel;
  /** Trained in this visit, or read from the cache. */
  readonly origin?: "now" | "earlier";
  /** How long the training took (in this visit, or when it was cached). */
  readonly seconds?: number;
  /** False when no seed passed the recipe's checks (the closest model is shown). */
  readonly passed?: boolean;
  readonly notes: readonly OnDemandNote[];
  /** Why the training failed (status "failed"): the worker stopped with an error, or the corpus could not be loaded. */
  readonly error?: { readonly kind: "worker" | "corpus"; readonly detail: string };
}

export interface OnDemandState {
  readonly entries: Readonly<Record<string, OnDemandEntry>>;
}

const reasonOf = (e: unknown): string => (e instanceof Error ? e.message : String(e));

export function createOnDemand(deps: OnDemandDeps) {
  const store = createStore<OnDemandState>()(() => ({ entries: {} }));
  const later = deps.later ?? ((fn) => setTimeout(fn, 0));
  const wanted = new Map<string, { count: number; choice: ModelChoice; pair: LanguagePair }>();
  const queue: string[] = [];
  let active: { key: string; job: number; started: number } | null = null;
  let worker: JobWorkerLike | null = null;
  let jobs = 0;

  const entry = (key: string) => store.getState().entries[key];
  const set = (key: string, next: OnDemandEntry | undefined) =>
    store.setState((s) => {
      const entries = { ...s.entries };
      if (next) entries[key] = next;
      else delete entries[key];
      return { entries };
    });
  const patch = (key: string, changes: Partial<OnDemandEntry>) => {
    const e = entry(key);
    if (e) set(key, { ...e, ...changes });
  };
  const note = (key: string, n: OnDemandNote) => patch(key, { notes: [...(entry(key)?.notes ?? []), n] });

  const stopWorker = () => {
    worker?.terminate();
    worker = null;
  };

  const onMessage = (message: FromJobWorker) => {
    if (!active || message.job !== active.job) return;
    const { key } = active;
    if (message.type === "progress") patch(key, { progress: message.progress });
    else if (message.type === "error") fail(key, "worker", message.message);
    else finish(key, message.model, message.passed);
  };

  const ensureWorker = (): JobWorkerLike => {
    if (!worker) {
      const w = deps.createWorker();
      w.onmessage = (event) => onMessage(event.data);
      // A worker that cannot start (its script failed to load) or crashed: the job it held fails.
      w.onerror = (event) => {
        event.preventDefault?.();
        stopWorker();
        if (active) fail(active.key, "worker", event.message || "the training worker stopped");
      };
      worker = w;
    }
    return worker;
  };

  const pump = () => {
    if (active) return;
    const key = queue.shift();
    const want = key === undefined ? undefined : wanted.get(key);
    if (!key || !want) return;
    const job = ++jobs;
    active = { key, job, started: deps.now() };
    patch(key, { status: "training", progress: null });
    deps.cache.started(want.choice, want.pair).catch(() => {});
    deps.loadCorpus(want.pair).then(
      (corpus: Corpus) => {
        if (active?.job !== job) return;
        try {
          ensureWorker().postMessage({ type: "train", job, choice: normalChoice(want.choice), pair: want.pair, corpus });
        } catch (e) {
          fail(key, "worker", reasonOf(e));
        }
      },
      (e: unknown) => active?.job === job && fail(key, "corpus", reasonOf(e)),
    );
  };

  const endJob = () => {
    active = null;
    later(pump);
  };

  function finish(key: string, model: Seq2SeqModel, passed: boolean) {
    const seconds = (deps.now() - active!.started) / 1000;
    const want = wanted.get(key);
    patch(key, { status: "ready", model, origin: "now", seconds, passed, progress: null });
    endJob();
    if (!want) return;
    deps.cache.write(want.choice, want.pair, model, seconds).then((problem) => {
      // When the storage was unavailable from the start, the notice has said so already.
      if (problem && !entry(key)?.notes.some((n) => n.kind === "unavailable")) note(key, { kind: "notSaved", detail: problem });
    });
  }

  function fail(key: string, kind: "worker" | "corpus", detail: string) {
    const want = wanted.get(key);
    patch(key, { status: "failed", error: { kind, detail }, progress: null });
    if (want) deps.cache.stopped(want.choice, want.pair).catch(() => {});
    if (kind === "worker") stopWorker();
    endJob();
  }

  const enqueue = (key: string) => {
    patch(key, { status: "queued", progress: null });
    if (!queue.includes(key)) queue.push(key);
    pump();
  };

  const check = (key: string, choice: ModelChoice, pair: LanguagePair) => {
    set(key, { status: "checking", progress: null, notes: [] });
    deps.cache.read(choice, pair).then((read) => {
      if (!wanted.has(key)) return set(key, undefined);
      if (read.state === "hit") return patch(key, { status: "ready", model: read.model, origin: "earlier", seconds: read.seconds, passed: read.model.meta?.passed !== false });
      if (read.state === "corrupt") note(key, { kind: "corrupt", detail: read.reason });
      else if (read.state === "unavailable") note(key, { kind: "unavailable", detail: read.reason });
      else if (read.interrupted) note(key, { kind: "interrupted", detail: "" });
      enqueue(key);
    });
  };

  const release = (key: string) => {
    const w = wanted.get(key);
    if (!w) return;
    w.count--;
    later(() => {
      if (w.count > 0 || wanted.get(key) !== w) return;
      wanted.delete(key);
      const status = entry(key)?.status;
      if (status === "ready") return;
      const at = queue.indexOf(key);
      if (at >= 0) queue.splice(at, 1);
      if (active?.key === key) {
        stopWorker();
        deps.cache.stopped(w.choice, w.pair).catch(() => {});
        active = null;
        pump();
      }
      if (status !== "checking") set(key, undefined);
    });
  };

  return {
    store,
    /** Asks for the model of a choice and pair; returns the function that lets go of it. */
    want(choice: ModelChoice, pair: LanguagePair): () => void {
      const key = cacheKey(choice, pair);
      const w = wanted.get(key);
      if (w) w.count++;
      else wanted.set(key, { count: 1, choice, pair });
      if (!entry(key)) check(key, choice, pair);
      let released = false;
      return () => {
        if (released) return;
        released = true;
        release(key);
      };
    },
    /** Trains a failed model again (the reader pressed "Try again"). */
    retry(choice: ModelChoice, pair: LanguagePair): void {
      const key = cacheKey(choice, pair);
      if (entry(key)?.status === "failed" && wanted.has(key)) {
        patch(key, { error: undefined });
        enqueue(key);
      }
    },
    dispose(): void {
      stopWorker();
      active = null;
      queue.length = 0;
    },
  };
}

export type OnDemand = ReturnType<typeof createOnDemand>;
