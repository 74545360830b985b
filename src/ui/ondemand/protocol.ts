// The messages between a page and its on-demand training worker: one job at a time, named by a
// number so a message of a job the page has given up on is recognised and dropped. Everything in
// them survives structuredClone.

import type { Seq2SeqModel } from "../../core/model.ts";
import type { Corpus, RecipeChoice, RecipePair } from "../../core/train/index.ts";

/** Where a job stands, for the progress bar: this seed's share of the recipe's epoch limit. */
export interface JobProgress {
  /** 0 to 1. */
  readonly fraction: number;
  /** Epochs finished with this seed, of at most maxEpochs (training stops earlier once it has learned). */
  readonly epoch: number;
  readonly maxEpochs: number;
  /** 1-based, of seedTries. */
  readonly seedTry: number;
  readonly seedTries: number;
}

/** Train `choice` on `pair` with its recipe (recipeFor); `corpus` is public/corpus/<pair>.json as fetched. */
export type ToJobWorker = { readonly type: "train"; readonly job: number; readonly choice: RecipeChoice; readonly pair: RecipePair; readonly corpus: Corpus };

export type FromJobWorker =
  | { readonly type: "progress"; readonly job: number; readonly progress: JobProgress }
  /** `passed` is false when no seed passed the recipe's checks (the closest model is sent). */
  | { readonly type: "done"; readonly job: number; readonly model: Seq2SeqModel; readonly passed: boolean }
  | { readonly type: "error"; readonly job: number; readonly message: string };

/** How long one slice of training may run before the worker looks at its messages again. */
export const JOB_SLICE_MS = 50;
/** Progress is posted at most this often. */
export const JOB_PROGRESS_MS = 100;
