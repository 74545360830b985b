// The Transformer presets, trained from JSON configs reproducibly (same config and seed ⇒ bit-identical
// weights) by `npm run train` (scripts/train.ts): `--all`, `--preset NAME` or `--config FILE`. Writes each
// Transformer model file (src/model/transformerFile.ts; config, loss, accuracy in meta) and
// its line of public/models/index.json (kind "transformer"). See docs/training.md and docs/model-format.md.

import { readdirSync, writeFileSync } from "node:fs";
import { basename, join, relative } from "node:path";
import { createRng } from "../src/core/rng.ts";
import { corpusPairs, initTraining, roundValues, sentenceIds, trainEpoch, type Corpus, type Evaluation, type TrainConfig } from "../src/core/train/index.ts";
import { createTransformer, type TransformerConfig } from "../src/core/transformer/init.ts";
import type { TransformerModel } from "../src/core/transformer/types.ts";
import { transformerLearner } from "../src/core/transformer/train.ts";
import { evaluateTransformer, transformerGreedyIds } from "../src/core/transformer/trainEvaluate.ts";
import { transformerParamValues, withTransformerParams } from "../src/core/transformer/trainParams.ts";
import { serializeTransformer, stringifyTransformerFile } from "../src/model/transformerFile.ts";
import { readJson, ROOT } from "./presetIndex.ts";

const PRESETS = join(ROOT, "scripts/presets");

/** One Transformer preset: sizes, corpus, training, the sentences it must translate, where to write it. */
export interface TransformerPreset {
  readonly kind: "transformer";
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
  /** Sentences the trained (rounded) model must translate greedily. */
  readonly checks?: readonly { readonly source: string; readonly target: string }[];
  readonly model: Pick<TransformerConfig, "d_model" | "heads" | "d_ff" | "layers" | "maxLength">;
  readonly training: Omit<TrainConfig, "seed"> & { readonly epochs: number; readonly stopAtAccuracy?: number };
  readonly roundDigits?: number;
}

export interface TransformerTrainResult {
  readonly model: TransformerModel;
  readonly seed: number;
  readonly rejected: readonly { seed: number; reason: string }[];
  readonly epochs: number;
  /** Training time of the accepted seed, and of every seed tried (evaluations included). */
  readonly seconds: number;
  readonly totalSeconds: number;
  readonly train: Evaluation;
  readonly heldOut: Evaluation;
}

/** The Transformer presets' config files (scripts/presets/transformer-*.json), in name order. */
export function transformerPresetFiles(): string[] {
  return readdirSync(PRESETS).filter((f) => f.startsWith("transformer-") && f.endsWith(".json")).sort().map((f) => join(PRESETS, f));
}

/** The config file of the Transformer preset called `name`, if there is one. */
export function transformerConfigOf(name: string): string | undefined {
  return transformerPresetFiles().find((path) => (readJson(path) as { name?: unknown }).name === name);
}

/** The model with every parameter rounded to `digits` significant digits. */
export function roundTransformer(model: TransformerModel, digits: number): TransformerModel {
  return withTransformerParams(model, roundValues(transformerParamValues(model), digits));
}

/** Why `model` fails `checks` (its greedy translation differs or does not stop at <eos>), or undefined. */
export function transformerCheckFailure(model: TransformerModel, corpus: Corpus, checks: TransformerPreset["checks"] = []): string | undefined {
  for (const c of checks) {
    const out = transformerGreedyIds(model, sentenceIds(c.source, corpus.sourceVocab));
    const expected = sentenceIds(c.target, corpus.targetVocab);
    if (out.stop !== "eos" || out.ids.join() !== expected.join()) return `"${c.source}" → "${out.ids.map((i) => model.target.vocab[i]).join(" ")}", expected "${c.target}"`;
  }
  return undefined;
}

/** One run with one seed: to `epochs`, or until the training sentence accuracy reaches stopAtAccuracy. */
function trainSeed(preset: TransformerPreset, corpus: Corpus, seed: number, log: (line: string) => void): { model: TransformerModel; epochs: number; seconds: number } {
  const train = corpusPairs(corpus, corpus.train);
  const config: TransformerConfig = { ...preset.model, name: preset.title, sourceVocab: corpus.sourceVocab, targetVocab: corpus.targetVocab, ...(preset.description ? { description: preset.description } : {}) };
  const { epochs: maxEpochs, stopAtAccuracy, ...trainConfig } = preset.training;
  let state = initTraining(transformerLearner, createTransformer(config, createRng(seed)), { ...trainConfig, seed });
  const start = performance.now();
  let epochs = 0;
  while (epochs < maxEpochs) {
    const r = trainEpoch(transformerLearner, state, train);
    state = r.state;
    epochs++;
    const accuracy = stopAtAccuracy !== undefined ? evaluateTransformer(state.model, train).sentenceAccuracy : NaN;
    log(`  seed ${seed}, epoch ${epochs}: loss ${r.loss.toFixed(4)}${Number.isNaN(accuracy) ? "" : `, train accuracy ${(100 * accuracy).toFixed(1)} %`}`);
    if (accuracy >= (stopAtAccuracy ?? Infinity)) break;
  }
  const model = preset.roundDigits ? roundTransformer(state.model, preset.roundDigits) : state.model;
  return { model, epochs, seconds: (performance.now() - start) / 1000 };
}

/** Trains `preset` with seed, seed + 1, … until the (rounded) model passes its checks; throws when none does. Deterministic apart from times. */
export function trainTransformerPreset(preset: TransformerPreset, corpus: Corpus, log: (line: string) => void = () => {}): TransformerTrainResult {
  const rejected: { seed: number; reason: string }[] = [];
  let totalSeconds = 0;
  for (let k = 0; k < (preset.seedTries ?? 1); k++) {
    const seed = preset.seed + k;
    const run = trainSeed(preset, corpus, seed, log);
    totalSeconds += run.seconds;
    const reason = transformerCheckFailure(run.model, corpus, preset.checks);
    if (reason === undefined) {
      const train = evaluateTransformer(run.model, corpusPairs(corpus, corpus.train));
      return { ...run, seed, rejected, totalSeconds, train, heldOut: evaluateTransformer(run.model, corpusPairs(corpus, corpus.heldOut)) };
    }
    log(`  seed ${seed} rejected: ${reason}`);
    rejected.push({ seed, reason });
  }
  throw new Error(`${preset.name}: no seed from ${preset.seed} to ${preset.seed + (preset.seedTries ?? 1) - 1} passes the checks (${rejected.map((r) => `${r.seed}: ${r.reason}`).join("; ")})`);
}

const round4 = (x: number): number => Number(x.toFixed(4));

/** The model with its provenance in `meta`: trained, the preset, the epochs and the final metrics. */
export function withTransformerMeta(preset: TransformerPreset, corpus: Corpus, r: TransformerTrainResult): TransformerModel {
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

/** One line of public/models/index.json, in the recurrent entries' style, with kind "transformer". */
export function transformerIndexEntry(preset: TransformerPreset, model: TransformerModel): Record<string, unknown> {
  const meta = model.meta as Record<string, unknown>;
  return {
    file: basename(preset.output),
    name: preset.name,
    title: preset.title,
    corpus: meta.corpus,
    kind: "transformer",
    d_model: model.d_model,
    heads: model.heads,
    d_ff: model.d_ff,
    layers: model.encoder.length,
    loss: meta.loss,
    accuracy: meta.accuracy,
    heldOutAccuracy: meta.heldOutAccuracy,
  };
}

/** Trains one preset, writes its model file and returns its index entry. */
export function runTransformerPreset(path: string): Record<string, unknown> {
  const preset = readJson(path) as TransformerPreset;
  if (preset.kind !== "transformer") throw new Error(`${path}: expected "kind": "transformer" (recurrent presets train with npm run train)`);
  const corpus = readJson(join(ROOT, preset.corpus)) as Corpus;
  process.stdout.write(`${preset.name} (${relative(ROOT, path)})\n`);
  const result = trainTransformerPreset(preset, corpus, (line) => process.stdout.write(`${line}\n`));
  const model = withTransformerMeta(preset, corpus, result);
  writeFileSync(join(ROOT, preset.output), stringifyTransformerFile(serializeTransformer(model)));
  const pct = (x: number): string => `${(100 * x).toFixed(1)} %`;
  process.stdout.write(
    `  seed ${result.seed} (${result.rejected.length} rejected), ${result.epochs} epochs in ${result.seconds.toFixed(1)} s (all seeds ${result.totalSeconds.toFixed(1)} s); ` +
      `train loss ${result.train.loss.toFixed(4)}, accuracy ${pct(result.train.sentenceAccuracy)}; held-out accuracy ${pct(result.heldOut.sentenceAccuracy)}, tokens ${pct(result.heldOut.tokenAccuracy)} → ${preset.output}\n`,
  );
  return transformerIndexEntry(preset, model);
}
