// Trains preset models from JSON configs, reproducibly (same config and seed ⇒ bit-identical weights):
//   npm run train -- --config scripts/presets/lstm-attention-dot.json [--config …] [--all] [--no-index]
// writes each model file (src/model format, weights rounded to `roundDigits` significant digits, the
// config, loss and accuracies in `meta`) and updates public/models/index.json. See docs/training.md.

import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { basename, dirname, join, relative } from "node:path";
import { pathToFileURL } from "node:url";
import { createModel, type ModelConfig } from "../src/core/init.ts";
import { createRng } from "../src/core/rng.ts";
import { CELL_KINDS, DECODER_VARIANTS, SCORE_KINDS, type Seq2SeqModel } from "../src/core/model.ts";
import { corpusPairs, evaluate, initTraining, paramValues, trainEpoch, withParams, type Corpus, type Evaluation, type TrainConfig } from "../src/core/train/index.ts";
import { serializeModel, stringifyModelFile } from "../src/model/index.ts";
import { forward } from "../src/core/forward.ts";
import { tokenize } from "../src/core/tokenizer.ts";
import { formatJson } from "../src/model/stringify.ts";

export const USAGE = "usage: npm run train -- --config FILE [--config FILE …] | --all  [--no-index]";
const ROOT = join(dirname(new URL(import.meta.url).pathname), "..");
const PRESETS = join(ROOT, "scripts/presets");
const INDEX = join(ROOT, "public/models/index.json");

/** One preset: what to build, on which corpus, how to train it and where to write it. */
export interface Preset {
  readonly name: string;
  readonly title: string;
  readonly description?: string;
  /** Paths relative to the repository root. */
  readonly corpus: string;
  readonly output: string;
  /** Seeds the initial weights and the shuffles. */
  readonly seed: number;
  /** Try seed, seed + 1, … (at most this many) until every check passes; default 1. */
  readonly seedTries?: number;
  /** Sentences the trained model must translate, and for attention models where each target token must look. */
  readonly checks?: readonly Check[];
  readonly model: Omit<ModelConfig, "name" | "description" | "sourceVocab" | "targetVocab" | "meta">;
  readonly training: Omit<TrainConfig, "seed"> & {
    readonly epochs: number;
    /** Stop once the training sentence accuracy reaches this (checked after every epoch). */
    readonly stopAtAccuracy?: number;
  };
  readonly roundDigits?: number;
}

/** A required translation; alignment[k] is the 1-based source position that target token k must weigh most. */
export interface Check {
  readonly source: string;
  readonly target: string;
  readonly alignment?: readonly number[];
}

export interface TrainResult {
  readonly model: Seq2SeqModel;
  /** The seed that passed the checks, and the seeds tried before it. */
  readonly seed: number;
  readonly rejected: readonly { seed: number; reason: string }[];
  readonly epochs: number;
  /** Training time of the accepted seed, and of every seed tried (evaluations included). */
  readonly seconds: number;
  readonly totalSeconds: number;
  readonly train: Evaluation;
  readonly heldOut: Evaluation;
}

function readJson(path: string): unknown {
  try {
    return JSON.parse(readFileSync(path, "utf8"));
  } catch (e) {
    throw new Error(`cannot read ${path}: ${(e as Error).message}`);
  }
}

/** The model with every parameter rounded to `digits` significant digits. */
export function roundModel(model: Seq2SeqModel, digits: number): Seq2SeqModel {
  const values = paramValues(model);
  for (const path of Object.keys(values)) values[path] = values[path]!.map((x) => Number(x.toPrecision(digits)));
  return withParams(model, values);
}

/** Why `model` fails `checks` (greedy translation, then the argmax of each step's α), or undefined. */
export function checkFailure(model: Seq2SeqModel, checks: readonly Check[]): string | undefined {
  for (const c of checks) {
    const trace = forward(model, c.source);
    const expected = tokenize(c.target, model.target.vocab).map((t) => t.id);
    if (trace.output.stop !== "eos" || trace.output.ids.join() !== expected.join()) return `"${c.source}" → "${trace.output.text}", expected "${c.target}"`;
    if (!c.alignment || model.decoder.variant !== "attention") continue;
    const steps = trace.steps.filter((s) => s.kind === "decoder");
    for (let k = 0; k < c.alignment.length; k++) {
      const alpha = steps[k]!.attention!.alpha;
      const top = Array.from(alpha).indexOf(Math.max(...alpha)) + 1;
      if (top !== c.alignment[k]) return `"${steps[k]!.token}" weighs source word ${top} most, expected ${c.alignment[k]}`;
    }
  }
  return undefined;
}

/** One training run with one seed: to maxEpochs or until the training accuracy reaches stopAtAccuracy. */
function trainSeed(preset: Preset, corpus: Corpus, seed: number, log: (line: string) => void): { model: Seq2SeqModel; epochs: number; seconds: number } {
  const train = corpusPairs(corpus, corpus.train);
  const config: ModelConfig = { ...preset.model, name: preset.title, sourceVocab: corpus.sourceVocab, targetVocab: corpus.targetVocab, ...(preset.description ? { description: preset.description } : {}) };
  const { epochs: maxEpochs, stopAtAccuracy, ...trainConfig } = preset.training;
  let state = initTraining(createModel(config, createRng(seed)), { ...trainConfig, seed });
  const start = performance.now();
  let epochs = 0;
  while (epochs < maxEpochs) {
    const r = trainEpoch(state, train);
    state = r.state;
    epochs++;
    const accuracy = stopAtAccuracy !== undefined ? evaluate(state.model, train).sentenceAccuracy : NaN;
    log(`  seed ${seed}, epoch ${epochs}: loss ${r.loss.toFixed(4)}${Number.isNaN(accuracy) ? "" : `, train accuracy ${(100 * accuracy).toFixed(1)} %`}`);
    if (stopAtAccuracy !== undefined && accuracy >= stopAtAccuracy) break;
  }
  const model = preset.roundDigits ? roundModel(state.model, preset.roundDigits) : state.model;
  return { model, epochs, seconds: (performance.now() - start) / 1000 };
}

/**
 * Trains `preset` on `corpus` with seed, seed + 1, … until the (rounded) model passes the preset's
 * checks; throws when no seed does. `log` receives one line per epoch. Deterministic apart from times.
 */
export function trainPreset(preset: Preset, corpus: Corpus, log: (line: string) => void = () => {}): TrainResult {
  const rejected: { seed: number; reason: string }[] = [];
  let totalSeconds = 0;
  for (let k = 0; k < (preset.seedTries ?? 1); k++) {
    const seed = preset.seed + k;
    const run = trainSeed(preset, corpus, seed, log);
    totalSeconds += run.seconds;
    const reason = checkFailure(run.model, preset.checks ?? []);
    if (reason === undefined) {
      return { ...run, seed, rejected, totalSeconds, train: evaluate(run.model, corpusPairs(corpus, corpus.train)), heldOut: evaluate(run.model, corpusPairs(corpus, corpus.heldOut)) };
    }
    log(`  seed ${seed} rejected: ${reason}`);
    rejected.push({ seed, reason });
  }
  throw new Error(`${preset.name}: no seed from ${preset.seed} to ${preset.seed + (preset.seedTries ?? 1) - 1} passes the checks (${rejected.map((r) => `${r.seed}: ${r.reason}`).join("; ")})`);
}

const round4 = (x: number): number => Number(x.toFixed(4));

/** The model with its provenance in `meta`: the preset, the epochs run and the final metrics. */
export function withMeta(preset: Preset, corpus: Corpus, r: TrainResult): Seq2SeqModel {
  return {
    ...r.model,
    meta: {
      trained: true,
      preset: preset.name,
      corpus: corpus.name,
      config: preset,
      seed: r.seed,
      rejectedSeeds: r.rejected.map((x) => x.seed),
      epochs: r.epochs,
      loss: round4(r.train.loss),
      accuracy: round4(r.train.sentenceAccuracy),
      tokenAccuracy: round4(r.train.tokenAccuracy),
      heldOutLoss: round4(r.heldOut.loss),
      heldOutAccuracy: round4(r.heldOut.sentenceAccuracy),
      heldOutTokenAccuracy: round4(r.heldOut.tokenAccuracy),
    },
  };
}

/** One line of public/models/index.json. */
export function indexEntry(preset: Preset, model: Seq2SeqModel): Record<string, unknown> {
  const { encoder: e, decoder: d } = model;
  const meta = model.meta as Record<string, unknown>;
  return {
    file: basename(preset.output),
    name: preset.name,
    title: preset.title,
    corpus: meta.corpus,
    cell: d.cell,
    variant: d.variant,
    score: d.attention?.score ?? null,
    query: d.attention?.query ?? null,
    bidirectional: e.bidirectional,
    loss: meta.loss,
    accuracy: meta.accuracy,
    heldOutAccuracy: meta.heldOutAccuracy,
  };
}

/** Index order: the lessons' order of cells, then variants, then scores, bidirectional last. */
function sortKey(entry: Record<string, unknown>): number[] {
  const at = (list: readonly unknown[], x: unknown): number => (list.includes(x) ? list.indexOf(x) : list.length);
  return [entry.corpus === "en-fr" ? 0 : 1, entry.bidirectional ? 1 : 0, at(CELL_KINDS, entry.cell), at(DECODER_VARIANTS, entry.variant), at(SCORE_KINDS, entry.score), entry.query === "current" ? 1 : 0];
}

/** Adds or replaces entries (by file) in public/models/index.json, keeping every other entry, in index order. */
export function updateIndex(entries: readonly Record<string, unknown>[]): void {
  let models: Record<string, unknown>[] = [];
  try {
    models = (readJson(INDEX) as { models: Record<string, unknown>[] }).models;
  } catch {
    // No index yet: start one.
  }
  for (const e of entries) models = [...models.filter((m) => m.file !== e.file), e];
  models.sort((a, b) => {
    const ka = sortKey(a);
    const kb = sortKey(b);
    const i = ka.findIndex((x, j) => x !== kb[j]);
    return i < 0 ? String(a.file).localeCompare(String(b.file)) : ka[i]! - kb[i]!;
  });
  writeFileSync(INDEX, formatJson({ description: "Trained presets (npm run train -- --all); see docs/training.md.", models }));
}

function parseArgs(argv: readonly string[]): { configs: string[]; index: boolean } {
  const configs: string[] = [];
  let index = true;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === "--config" && argv[i + 1] !== undefined) configs.push(argv[++i]!);
    else if (arg.startsWith("--config=")) configs.push(arg.slice("--config=".length));
    // Transformer presets (transformer-*.json) are trained by npm run train:transformer.
    else if (arg === "--all") configs.push(...readdirSync(PRESETS).filter((f) => f.endsWith(".json") && !f.startsWith("transformer-")).sort().map((f) => join(PRESETS, f)));
    else if (arg === "--no-index") index = false;
    else throw new Error(`unexpected argument ${JSON.stringify(arg)}; ${USAGE}`);
  }
  if (configs.length === 0) throw new Error(USAGE);
  return { configs, index };
}

/** Trains one preset, writes its model file and returns its index entry. */
function runPreset(path: string): Record<string, unknown> {
  const preset = readJson(path) as Preset;
  const corpus = readJson(join(ROOT, preset.corpus)) as Corpus;
  process.stdout.write(`${preset.name} (${relative(ROOT, path)})\n`);
  const result = trainPreset(preset, corpus, (line) => process.stdout.write(`${line}\n`));
  const model = withMeta(preset, corpus, result);
  writeFileSync(join(ROOT, preset.output), stringifyModelFile(serializeModel(model)));
  const pct = (x: number): string => `${(100 * x).toFixed(1)} %`;
  process.stdout.write(
    `  seed ${result.seed} (${result.rejected.length} rejected), ${result.epochs} epochs in ${result.seconds.toFixed(1)} s (all seeds ${result.totalSeconds.toFixed(1)} s); ` +
      `train loss ${result.train.loss.toFixed(4)}, accuracy ${pct(result.train.sentenceAccuracy)}; held-out accuracy ${pct(result.heldOut.sentenceAccuracy)} → ${preset.output}\n`,
  );
  return indexEntry(preset, model);
}

/** Trains every preset named in argv, writes the model files and the index; a failed preset does not stop the others. */
export function main(argv: readonly string[]): void {
  let configs: string[];
  let index: boolean;
  try {
    ({ configs, index } = parseArgs(argv));
  } catch (e) {
    process.stderr.write(`train: ${(e as Error).message}\n`);
    process.exitCode = 2;
    return;
  }
  const entries: Record<string, unknown>[] = [];
  for (const path of configs) {
    try {
      entries.push(runPreset(path));
    } catch (e) {
      process.stderr.write(`train: ${(e as Error).message}\n`);
      process.exitCode = 1;
    }
  }
  if (index && entries.length > 0) updateIndex(entries);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) main(process.argv.slice(2));
