// The messages between the training page and its worker, as one discriminated union each way, so
// the page and the worker cannot disagree on a field. Everything in them survives structuredClone.

import type { CellKind, DecoderVariant, ScoreKind, Seq2SeqModel } from "../../core/model.ts";
import type { Corpus } from "../../core/train/index.ts";

export type CorpusName = "en-fr" | "en-zh";
export type OptimizerKind = "adam" | "sgd";

/** What the reader chooses before training: the architecture, the optimiser and the corpus. */
export interface TrainSettings {
  readonly corpus: CorpusName;
  readonly cell: CellKind;
  readonly variant: DecoderVariant;
  readonly score: ScoreKind;
  readonly hidden: number;
  readonly optimizer: OptimizerKind;
  readonly learningRate: number;
  /** Training stops after this many epochs, or earlier at 100 % training accuracy. */
  readonly epochs: number;
  readonly batchSize: number;
  readonly seed: number;
}

/** One point of the chart: the evaluation after an epoch, on both splits. */
export interface EpochPoint {
  readonly epoch: number;
  readonly trainLoss: number;
  readonly trainAccuracy: number;
  readonly heldOutLoss: number;
  readonly heldOutAccuracy: number;
}

export type Status = "idle" | "running" | "paused" | "done";

/** Where training stands; posted at most every PROGRESS_INTERVAL_MS while it runs. */
export interface Progress {
  readonly status: Status;
  /** Updates made so far. */
  readonly step: number;
  /** Epochs completed. */
  readonly epoch: number;
  readonly batch: number;
  readonly batchesPerEpoch: number;
  readonly epochs: number;
  /** The mean loss of the batches since the last progress message (NaN before the first). */
  readonly loss: number;
  /** Milliseconds spent training (pauses excluded), for the ETA. */
  readonly trainingMs: number;
}

/** A model to continue from (a reload): its weights and how far it had come. */
export interface ResumeFrom {
  readonly model: Seq2SeqModel;
  readonly epoch: number;
  readonly step: number;
  readonly history: readonly EpochPoint[];
}

/**
 * `run` numbers each configure and reset; the worker tags every message with the run it belongs to,
 * so the page can drop what an earlier run posted before the worker saw a reset (the page's main
 * thread may be busy while the worker keeps posting).
 */
export type ToWorker =
  | { readonly type: "configure"; readonly run: number; readonly settings: TrainSettings; readonly corpus: Corpus; readonly resume?: ResumeFrom }
  | { readonly type: "start" }
  | { readonly type: "pause" }
  | { readonly type: "step" }
  | { readonly type: "reset"; readonly run: number };

export type FromWorker = { readonly run: number } & (
  | { readonly type: "progress"; readonly progress: Progress }
  | { readonly type: "epoch"; readonly point: EpochPoint; readonly model: Seq2SeqModel; readonly progress: Progress }
  | { readonly type: "model"; readonly model: Seq2SeqModel; readonly progress: Progress }
  | { readonly type: "error"; readonly message: string }
);

/** A message of the worker's before it adds the run number. */
export type WorkerPost = FromWorker extends infer M ? (M extends FromWorker ? Omit<M, "run"> : never) : never;

export const PROGRESS_INTERVAL_MS = 50;
/** How long one slice of training may run before the worker looks at its messages again. */
export const SLICE_MS = 16;

export const DEFAULT_SETTINGS: TrainSettings = {
  corpus: "en-fr",
  cell: "lstm",
  variant: "attention",
  score: "general",
  hidden: 16,
  optimizer: "adam",
  learningRate: 0.02,
  epochs: 30,
  batchSize: 16,
  seed: 1,
};
