// The page's side of training: a store of what the reader sees (status, progress, chart history,
// latest model) and the actions that post messages to the worker. Plain TypeScript; the worker, the
// corpus loader and the storage are passed in, so tests drive it with a fake worker.
// Each configure and reset starts a new run number; what the worker posted for an earlier run (it
// keeps posting while the page's main thread is busy) is dropped, and so is its pending save.

import { createStore } from "zustand/vanilla";
import type { Seq2SeqModel } from "../../core/model.ts";
import type { Corpus } from "../../core/train/corpus.ts";
import { OWN_DATA_DEFAULTS, type OwnCorpusResult, type OwnCorpusStats, type OwnDataOptions } from "../../core/train/ownCorpus.ts";
import { MAX_CORPUS_BYTES, type OwnDataProblem } from "../../core/train/pairFile.ts";
import { DEFAULT_SETTINGS, type CorpusName, type EpochPoint, type FromWorker, type Progress, type ResumeFrom, type ToWorker, type TrainSettings } from "./protocol.ts";
import type { StopReason } from "./protocol.ts";
import { forgetRun, loadRun, saveRun, type RunRepairs, type SavedRun } from "./storage.ts";

/** The part of a Worker the trainer uses. */
export interface WorkerLike {
  postMessage(message: ToWorker): void;
  onmessage: ((event: MessageEvent<FromWorker>) => void) | null;
  /** A worker that could not start or crashed. */
  onerror?: ((event: ErrorEvent) => void) | null;
  terminate(): void;
}

export interface TrainerDeps {
  readonly createWorker: () => WorkerLike;
  readonly loadCorpus: (name: CorpusName) => Promise<Corpus>;
  readonly storage: Pick<Storage, "getItem" | "setItem" | "removeItem"> | undefined;
  /** Builds a corpus from the reader's own pairs (the page: in a worker of its own; the bytes are moved, not copied). */
  readonly buildCorpus: (input: ArrayBuffer | string, options: OwnDataOptions, name: string) => Promise<OwnCorpusResult>;
}

/** The reader's own sentence pairs, once read: what training uses instead of a bundled corpus. */
export interface OwnData {
  /** Counts up with each load, so views that show a sentence of the corpus start again on a new one. */
  readonly id: number;
  readonly name: string;
  readonly corpus: Corpus;
  readonly stats: OwnCorpusStats;
  readonly options: OwnDataOptions;
  /** A training sentence to show first (the attention preview, the player). */
  readonly example: string;
}

/** A message for the reader, built from the dictionary when shown so it follows the language. */
export type TrainerNote = { readonly kind: "saved" | "saveFailed" | "savedUnreadable" | "corpusError"; readonly detail: string } | null;

export interface TrainerState {
  readonly settings: TrainSettings;
  readonly progress: Progress | null;
  readonly history: readonly EpochPoint[];
  readonly model: Seq2SeqModel | null;
  /** Why the run is not running (the worker's reason, or a worker that crashed); null while it runs. */
  readonly stop: StopReason | null;
  readonly saved: SavedRun | null;
  readonly note: TrainerNote;
  /** Whether the worker holds a run for the current settings. */
  readonly configured: boolean;
  /** What of the saved run had to be left out or replaced by defaults; null once the reader dismisses it. */
  readonly repairs: RunRepairs | null;
  /** The reader's own pairs, when training uses them; null: the language pair's bundled corpus. */
  readonly own: OwnData | null;
  /** How the next own file or pasted text is read. */
  readonly ownOptions: OwnDataOptions;
  /** Why the last own file was refused (the previous corpus and model stay), or null. */
  readonly ownProblem: OwnDataProblem | { readonly kind: "readFailed"; readonly detail: string } | null;
  readonly ownBusy: boolean;
}

/** `pair`: the language pair a fresh page starts on (the edition's own: English → Chinese in Chinese). */
export function createTrainer(deps: TrainerDeps, pair: CorpusName = DEFAULT_SETTINGS.corpus) {
  const loaded = loadRun(deps.storage);
  const store = createStore<TrainerState>()(() => ({
    settings: loaded.run?.settings ?? { ...DEFAULT_SETTINGS, corpus: pair },
    progress: null,
    history: [],
    model: null,
    stop: null,
    saved: loaded.run,
    note: loaded.problem ? { kind: "savedUnreadable", detail: loaded.problem } : null,
    configured: false,
    repairs: loaded.repairs ?? null,
    own: null,
    ownOptions: OWN_DATA_DEFAULTS,
    ownProblem: null,
    ownBusy: false,
  }));
  let ownLoads = 0;
  let worker: WorkerLike | null = null;
  let runId = 0;

  const onMessage = (message: FromWorker) => {
    if (message.run !== runId) return;
    // The session follows an error with the model it keeps, whose progress carries the same reason.
    if (message.type === "error") return failed(message.message);
    if (message.type === "progress") return store.setState({ progress: message.progress, stop: message.progress.stop });
    store.setState({ progress: message.progress, model: message.model, stop: message.progress.stop });
    if (message.type === "epoch") {
      const history = [...store.getState().history, message.point];
      store.setState({ history });
      // A run on the reader's own pairs is not kept: a reload would not have the pairs to continue on.
      if (store.getState().own) return;
      const run = { settings: store.getState().settings, history, epoch: message.progress.epoch, step: message.progress.step, model: message.model };
      // Saved in a task of its own, so the redraw and the save never add up to one long task.
      const savedFor = runId;
      setTimeout(() => {
        // A reset (or new settings) since this epoch: the old run must not be saved again.
        if (savedFor !== runId) return;
        const problem = saveRun(deps.storage, run);
        store.setState({ note: problem ? { kind: "saveFailed", detail: problem } : { kind: "saved", detail: "" } });
      }, 0);
    }
  };

  /** Training stopped by an error: the model on screen stays, and so does the place in the run. */
  const failed = (why: string) => {
    const { progress } = store.getState();
    store.setState({ stop: { kind: "error", epoch: progress?.epoch ?? 0, message: why }, ...(progress?.status === "running" ? { progress: { ...progress, status: "paused" as const } } : {}) });
  };

  const post = (message: ToWorker) => {
    if (!worker) {
      const w = deps.createWorker();
      w.onmessage = (event) => onMessage(event.data);
      // A worker that cannot start or crashed is gone with its run: the next Start makes a new one,
      // which continues from the model on screen (configure's resume).
      w.onerror = (event) => {
        event.preventDefault?.();
        w.terminate();
        if (worker === w) worker = null;
        store.setState({ configured: false });
        failed(event.message || "the training worker stopped");
      };
      worker = w;
    }
    worker.postMessage(message);
  };

  /** The run on screen, to continue in a new worker after a crash. */
  const current = (): ResumeFrom | undefined => {
    const { model, progress, history } = store.getState();
    return model && progress && progress.step > 0 ? { model, epoch: progress.epoch, step: progress.step, history } : undefined;
  };

  const configure = async (resume?: ResumeFrom) => {
    const { settings } = store.getState();
    let corpus: Corpus;
    try {
      corpus = store.getState().own?.corpus ?? (await deps.loadCorpus(settings.corpus));
    } catch (error) {
      store.setState({ note: { kind: "corpusError", detail: error instanceof Error ? error.message : String(error) } });
      return false;
    }
    runId += 1;
    post({ type: "configure", run: runId, settings, corpus, ...(resume ? { resume } : {}) });
    store.setState({ configured: true, history: resume ? resume.history : [], saved: null });
    return true;
  };

  /** A new corpus is a new run, as new settings are. */
  const newRun = (patch: Partial<TrainerState>) => {
    runId += 1;
    store.setState({ ...patch, configured: false, progress: null, history: [], model: null, stop: null });
  };

  const ensureConfigured = async () => store.getState().configured || (await configure(current()));

  return {
    store,
    setSettings(patch: Partial<TrainSettings>) {
      runId += 1;
      store.setState((s) => ({ settings: { ...s.settings, ...patch }, configured: false, progress: null, history: [], model: null, stop: null }));
    },
    async start() {
      if (await ensureConfigured()) post({ type: "start" });
    },
    pause() {
      if (store.getState().configured) post({ type: "pause" });
    },
    async step() {
      if (await ensureConfigured()) post({ type: "step" });
    },
    reset() {
      runId += 1;
      if (store.getState().configured) post({ type: "reset", run: runId });
      // Nothing of the old run stays on screen; the worker's reply brings the new run's first state.
      store.setState({ history: [], progress: null, model: null, stop: null });
      forgetRun(deps.storage);
    },
    async resumeSaved() {
      const saved = store.getState().saved;
      if (!saved) return;
      store.setState({ settings: saved.settings, own: null });
      await configure({ model: saved.model, epoch: saved.epoch, step: saved.step, history: saved.history });
    },
    discardSaved() {
      forgetRun(deps.storage);
      store.setState({ saved: null });
    },
    setOwnOptions(patch: Partial<OwnDataOptions>) {
      store.setState((s) => ({ ownOptions: { ...s.ownOptions, ...patch } }));
    },
    /** Reads the reader's pairs (a file or pasted text); on a problem nothing else changes. */
    async loadOwn(source: Blob | string, name: string) {
      const options = store.getState().ownOptions;
      // Refused by its size before a byte of it is read.
      if (typeof source !== "string" && source.size > MAX_CORPUS_BYTES) {
        store.setState({ ownProblem: { kind: "tooLarge", bytes: source.size, limit: MAX_CORPUS_BYTES } });
        return false;
      }
      store.setState({ ownBusy: true });
      let result: OwnCorpusResult;
      try {
        result = await deps.buildCorpus(typeof source === "string" ? source : await source.arrayBuffer(), options, name);
      } catch (error) {
        store.setState({ ownBusy: false, ownProblem: { kind: "readFailed", detail: error instanceof Error ? error.message : String(error) } });
        return false;
      }
      if (!result.ok) {
        store.setState({ ownBusy: false, ownProblem: result.problem });
        return false;
      }
      const { corpus, stats } = result;
      ownLoads += 1;
      newRun({ ownBusy: false, ownProblem: null, saved: null, own: { id: ownLoads, name, corpus, stats, options, example: corpus.train[0]!.source } });
      return true;
    },
    /** Back to the language pair's bundled corpus. */
    useBundled() {
      newRun({ own: null, ownProblem: null });
    },
    dismissRepairs() {
      store.setState({ repairs: null });
    },
    dispose() {
      runId += 1;
      worker?.terminate();
      worker = null;
      // A later start makes a new worker, which must be configured first.
      store.setState({ configured: false });
    },
  };
}

export type Trainer = ReturnType<typeof createTrainer>;
