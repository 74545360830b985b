// The messages between the training page and its worker, as one discriminated union each way, so
// the page and the worker cannot disagree on a field. Everything in them survives structuredClone.

import type { CellKind, DecoderVariant, QueryKind, ScoreKind, Seq2SeqModel } from "../../core/model.ts";
import type { Corpus, ParamGroup } from "../../core/train/index.ts";
import type { ModelChoice } from "../../model/defaults.ts";
import type { LanguagePair } from "../../model/pairs.ts";

/** Why a run stopped, as data the page words in the reader's language (stopping.ts decides). */
export type StopReason =
  /** The share of training sentences translated exactly reached the target. */
  | { readonly kind: "target"; readonly epoch: number; readonly accuracy: number; readonly target: number }
  /** `patience` epochs passed since the lowest held-out loss, reached after `bestEpoch`. */
  | { readonly kind: "patience"; readonly epoch: number; readonly patience: number; readonly bestEpoch: number; readonly bestLoss: number }
  | { readonly kind: "epochs"; readonly epoch: number; readonly limit: number }
  /** The reader paused; Resume continues from here. */
  | { readonly kind: "reader"; readonly epoch: number }
  /** A batch or an evaluation threw; the model of the last good update stays. */
  | { readonly kind: "error"; readonly epoch: number; readonly message: string };

export type StopKind = StopReason["kind"];

/** The corpus a run trains on is a language pair's (public/corpus/<pair>.json). */
export type CorpusName = LanguagePair;
export type OptimizerKind = "adam" | "sgd";

/** What the reader chooses before training: the architecture (the player's choice), the optimiser, the corpus and when to stop. */
export interface TrainSettings {
  readonly corpus: CorpusName;
  readonly cell: CellKind;
  readonly variant: DecoderVariant;
  readonly score: ScoreKind;
  /** The attention's query: the previous decoder state s_{t'-1} or the current one s_{t'}. */
  readonly query: QueryKind;
  readonly bidirectional: boolean;
  readonly hidden: number;
  readonly optimizer: OptimizerKind;
  readonly learningRate: number;
  /** Training stops after this many epochs at most (stopping.ts says what else stops it). */
  readonly epochs: number;
  /** The share of training sentences translated exactly at which training stops, in (0, 1]. */
  readonly targetAccuracy: number;
  /** Epochs without a new lowest held-out loss after which training stops. */
  readonly patience: number;
  readonly batchSize: number;
  readonly seed: number;
}

/** The architecture part of the settings, as the player's choice. */
export function choiceOfSettings({ cell, variant, score, query, bidirectional }: TrainSettings): ModelChoice {
  return { cell, variant, score, query, bidirectional };
}

/** One point of the chart: the evaluation after an epoch, on both splits. */
export interface EpochPoint {
  readonly epoch: number;
  readonly trainLoss: number;
  readonly trainAccuracy: number;
  readonly heldOutLoss: number;
  readonly heldOutAccuracy: number;
  /** Corpus BLEU-4 of the held-out greedy translations, in [0, 1] (absent in runs saved before it was measured). */
  readonly heldOutBleu?: number;
  /** The epoch's mean gradient norm (before clipping) of each parameter group (absent in runs saved before it was measured). */
  readonly gradNorms?: Readonly<Record<ParamGroup, number>>;
  /** The epoch's updates, and how many of them clipping scaled down. */
  readonly updates?: number;
  readonly clippedUpdates?: number;
  /** The norm clipping scales the gradient down to, when the run clips. */
  readonly clipNorm?: number;
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
  /** Why training is not running: null while it runs or before it started. */
  readonly stop: StopReason | null;
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
  // The current state, as the page always trained (and as saved runs of earlier visits were trained).
  query: "current",
  bidirectional: false,
  hidden: 16,
  optimizer: "adam",
  learningRate: 0.02,
  epochs: 30,
  targetAccuracy: 1,
  patience: 5,
  batchSize: 16,
  seed: 1,
};
