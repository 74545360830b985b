// The worker's logic without the worker: a session takes the page's messages and trains in slices,
// posting progress at most every PROGRESS_INTERVAL_MS. trainWorker.ts only wires it to postMessage
// and a timer, so Node tests can drive it with a fake clock. Imports src/core only.

import type { Seq2SeqModel } from "../../core/model.ts";
import type { Pair } from "../../core/teacherForcing.ts";
import type { SlicedWork } from "../kit/sliceWorker.ts";
import { adam, batchesPerEpoch, corpusModel, corpusPairs, evaluate, translationScores, fullCorpus, initTraining, PARAM_GROUPS, recipeFor, recurrentLearner, trainNext, type ParamGroup, type Corpus, type OptimizerConfig, type Recipe, type TrainConfig, type TrainState } from "../../core/train/index.ts";
import { stopAfterEpoch } from "./stopping.ts";
import type { StopReason } from "./protocol.ts";
import { choiceOfSettings, PROGRESS_INTERVAL_MS, type EpochPoint, type FromWorker, type Progress, type ResumeFrom, type Status, type ToWorker, type TrainSettings, type WorkerPost } from "./protocol.ts";

/** The recipe of the settings' architecture and corpus. */
export function recipeOfSettings(settings: TrainSettings): Recipe {
  return recipeFor(choiceOfSettings(settings), settings.corpus);
}

/**
 * The model a configuration trains, before any update: the recipe's architecture (src/core/train/recipe.ts)
 * with the reader's state width (settings.hidden, split between the two directions of a bidirectional
 * encoder) and seed, on the corpus with its extension (a bundled pair's, or the reader's own).
 */
export function modelFor(settings: TrainSettings, corpus: Corpus): Seq2SeqModel {
  const own = corpus.name !== settings.corpus;
  const arch = `${settings.cell}-${settings.variant}${settings.variant === "attention" ? `-${settings.score}-${settings.query}` : ""}${settings.bidirectional ? "-bi" : ""}`;
  return corpusModel(recipeOfSettings(settings).model, corpus, {
    hidden: settings.hidden,
    seed: settings.seed,
    name: own ? `trained-own-${arch}` : `trained-${settings.corpus}-${arch}`,
    description: own ? `Trained in the browser on your own sentence pairs (${corpus.name}).` : "Trained in the browser on the Seq2Seq Lab corpus.",
  });
}

export function optimizerFor(settings: TrainSettings): OptimizerConfig {
  return settings.optimizer === "adam" ? adam(settings.learningRate) : { kind: "sgd", learningRate: settings.learningRate, momentum: 0.9 };
}

/** The reader's optimiser, batch size and seed, with the recipe's clipping and guided alignment. */
export function trainConfigFor(settings: TrainSettings): TrainConfig {
  const { training } = recipeOfSettings(settings);
  return { seed: settings.seed, batchSize: settings.batchSize, optimizer: optimizerFor(settings), clipNorm: training.clipNorm, ...(training.alignmentWeight > 0 ? { alignmentWeight: training.alignmentWeight } : {}) };
}

interface Run {
  readonly settings: TrainSettings;
  readonly train: Pair[];
  readonly heldOut: Pair[];
  state: TrainState;
  status: Status;
  /** The evaluations so far (a resumed run's included), for the stopping rule. */
  history: EpochPoint[];
  stop: StopReason | null;
  trainingMs: number;
  lossSum: number;
  lossTokens: number;
  /** This epoch's updates so far: Σ of each group's gradient norm, and how many were clipped. */
  grads: EpochGrads;
}

interface EpochGrads {
  sums: Record<ParamGroup, number>;
  updates: number;
  clipped: number;
}

const noGrads = (): EpochGrads => ({ sums: { embeddings: 0, encoder: 0, attention: 0, decoder: 0, output: 0 }, updates: 0, clipped: 0 });

export class TrainingSession implements SlicedWork<ToWorker> {
  private run: Run | null = null;
  private lastPost = -Infinity;
  private corpus: Corpus | null = null;
  private resume: ResumeFrom | undefined;
  /** The page's number of the current run (protocol.ts): every message carries it. */
  private runId = 0;

  constructor(
    private readonly send: (message: FromWorker) => void,
    private readonly now: () => number,
  ) {}

  private post(message: WorkerPost): void {
    this.send({ ...message, run: this.runId } as FromWorker);
  }

  /** Training (not paused or done): the worker runs slices while this holds. */
  get busy(): boolean {
    return this.run?.status === "running";
  }

  handle(message: ToWorker): void {
    try {
      this.dispatch(message);
    } catch (error) {
      this.fail(error);
    }
  }

  /**
   * Reported, and the run (if any) paused with the reason: the state is only replaced after a whole
   * update, so the model of the last good one stays, and is posted again.
   */
  private fail(error: unknown): void {
    const message = error instanceof Error ? error.message : String(error);
    this.post({ type: "error", message });
    const run = this.run;
    if (!run) return;
    [run.status, run.stop] = ["paused", { kind: "error", epoch: run.state.epoch, message }];
    this.post({ type: "model", model: run.state.model, progress: this.progress() });
  }

  private dispatch(message: ToWorker): void {
    if (message.type === "configure") {
      this.runId = message.run;
      this.corpus = message.corpus;
      this.resume = message.resume;
      this.begin(message.settings);
      return;
    }
    const run = this.run;
    if (!run) throw new Error(`"${message.type}" before "configure"`);
    if (message.type === "reset") {
      this.runId = message.run;
      this.resume = undefined;
      this.begin(run.settings);
    } else if (message.type === "start") {
      if (run.status !== "done") [run.status, run.stop] = ["running", null];
      this.postProgress();
    } else if (message.type === "pause") {
      if (run.status === "running") [run.status, run.stop] = ["paused", { kind: "reader", epoch: run.state.epoch }];
      this.post({ type: "model", model: run.state.model, progress: this.progress() });
    } else {
      if (run.status === "running") run.status = "paused";
      if (run.status !== "done") this.trainOne(run);
      this.post({ type: "model", model: run.state.model, progress: this.progress() });
    }
  }

  private begin(settings: TrainSettings): void {
    const corpus = this.corpus!;
    const resume = this.resume;
    const model = resume?.model ?? modelFor(settings, corpus);
    const state = initTraining(recurrentLearner, model, trainConfigFor(settings));
    const full = fullCorpus(corpus);
    this.run = {
      settings,
      train: corpusPairs(full, full.train),
      heldOut: corpusPairs(full, full.heldOut),
      // A resumed run restarts the optimiser's moments but keeps its place in the shuffles.
      state: resume ? { ...state, epoch: resume.epoch, step: resume.step } : state,
      status: "idle",
      history: [...(resume?.history ?? [])],
      stop: null,
      trainingMs: 0,
      lossSum: 0,
      lossTokens: 0,
      grads: noGrads(),
    };
    this.post({ type: "model", model, progress: this.progress() });
  }

  /** Trains until `deadline` (by this.now) or a pause; the caller schedules the next slice. */
  runSlice(deadline: number): void {
    const run = this.run;
    if (!run || run.status !== "running") return;
    try {
      this.trainUntil(run, deadline);
    } catch (error) {
      // A slice that throws must not end the worker's loop without a word.
      this.fail(error);
    }
  }

  private trainUntil(run: Run, deadline: number): void {
    const started = this.now();
    while (run.status === "running" && this.now() < deadline) this.trainOne(run);
    run.trainingMs += this.now() - started;
    if (run.status === "running" && this.now() - this.lastPost >= PROGRESS_INTERVAL_MS) this.postProgress();
  }

  private trainOne(run: Run): void {
    const before = run.state.epoch;
    const { state, report } = trainNext(recurrentLearner, run.state, run.train);
    run.state = state;
    run.lossSum += report.loss * report.tokens;
    run.lossTokens += report.tokens;
    for (const group of PARAM_GROUPS) run.grads.sums[group] += report.groupNorms[group];
    run.grads.updates++;
    if (report.clipped) run.grads.clipped++;
    if (state.epoch !== before) this.endEpoch(run);
  }

  private endEpoch(run: Run): void {
    const train = evaluate(run.state.model, run.train);
    const heldOut = evaluate(run.state.model, run.heldOut);
    const bleu = translationScores(run.state.model, run.heldOut).bleu.bleu;
    const { sums, updates, clipped } = run.grads;
    const gradNorms = Object.fromEntries(PARAM_GROUPS.map((g) => [g, sums[g] / Math.max(1, updates)])) as Record<ParamGroup, number>;
    run.grads = noGrads();
    const point: EpochPoint = { epoch: run.state.epoch, trainLoss: train.loss, trainAccuracy: train.sentenceAccuracy, heldOutLoss: heldOut.loss, heldOutAccuracy: heldOut.sentenceAccuracy, heldOutBleu: bleu, gradNorms, updates, clippedUpdates: clipped, ...(run.state.config.clipNorm !== undefined ? { clipNorm: run.state.config.clipNorm } : {}) };
    run.history.push(point);
    run.stop = stopAfterEpoch(run.history, run.settings);
    if (run.stop) run.status = "done";
    this.post({ type: "epoch", point, model: run.state.model, progress: this.progress() });
  }

  private postProgress(): void {
    this.post({ type: "progress", progress: this.progress() });
  }

  private progress(): Progress {
    const run = this.run!;
    this.lastPost = this.now();
    const loss = run.lossTokens > 0 ? run.lossSum / run.lossTokens : NaN;
    run.lossSum = 0;
    run.lossTokens = 0;
    const { state, settings } = run;
    return { status: run.status, step: state.step, epoch: state.epoch, batch: state.batch, batchesPerEpoch: batchesPerEpoch(run.train.length, settings.batchSize), epochs: settings.epochs, loss, trainingMs: run.trainingMs, stop: run.stop };
  }
}
