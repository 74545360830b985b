// The on-demand worker's logic without the worker: a job runs a recipe (src/core/train/runner.ts) in
// slices, posting progress at most every JOB_PROGRESS_MS and the finished model at the end. The
// slicing never changes the result, so the model is the one `npm run train` would write.
// onDemandWorker.ts wires it to postMessage and a timer; Node tests drive it with a fake clock.

import { advanceRecipe, finishRecipe, recipeFor, recipeProgress, recipeTitle, startRecipe, type RecipeProgress, type RecipeRun } from "../../core/train/index.ts";
import type { SlicedWork } from "../kit/sliceWorker.ts";
import { JOB_PROGRESS_MS, type FromJobWorker, type JobProgress, type ToJobWorker } from "./protocol.ts";

function jobProgress(p: RecipeProgress): JobProgress {
  return { fraction: p.fraction, epoch: p.epoch, maxEpochs: p.maxEpochs, seedTry: p.seedTry, seedTries: p.seedTries };
}

export class TrainingJob implements SlicedWork<ToJobWorker> {
  private run: RecipeRun | null = null;
  private job = 0;
  private lastPost = -Infinity;

  constructor(
    private readonly post: (message: FromJobWorker) => void,
    private readonly now: () => number,
  ) {}

  /** Whether there is work left (a slice should be scheduled). */
  get busy(): boolean {
    return this.run !== null;
  }

  /** A new job replaces the one running, if any. */
  handle(message: ToJobWorker): void {
    this.job = message.job;
    try {
      this.run = startRecipe(recipeFor(message.choice, message.pair), message.corpus, recipeTitle(message.choice, message.pair));
      this.lastPost = -Infinity;
      this.report(this.run);
    } catch (e) {
      this.fail(e);
    }
  }

  /** Works until `deadline` (by `now`) or the end of the run; at least one unit. */
  runSlice(deadline: number): void {
    const run = this.run;
    if (!run) return;
    try {
      const step = advanceRecipe(run, () => this.now() >= deadline);
      this.run = step.run;
      if (step.run.phase === "done" || step.run.phase === "failed") {
        const result = finishRecipe(step.run, { trainedIn: "browser" });
        this.run = null;
        this.post({ type: "done", job: this.job, model: result.model, passed: result.passed });
      } else this.report(step.run, step.progress);
    } catch (e) {
      this.fail(e);
    }
  }

  private report(run: RecipeRun, progress?: RecipeProgress): void {
    const t = this.now();
    if (t - this.lastPost < JOB_PROGRESS_MS) return;
    this.lastPost = t;
    this.post({ type: "progress", job: this.job, progress: jobProgress(progress ?? recipeProgress(run)) });
  }

  private fail(e: unknown): void {
    this.run = null;
    this.post({ type: "error", job: this.job, message: e instanceof Error ? e.message : String(e) });
  }
}
