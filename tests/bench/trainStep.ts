// Section "train": one training step (forward, backward, Adam update) of the core's LSTM encoder with
// general attention against the same step in TF.js (CPU backend), interleaved in one run; and the
// time the recipe runner takes to train the lstm-attention-general preset (recipeFor its choice, as
// npm run train and training on demand do).

import { readFileSync } from "node:fs";
import { join } from "node:path";
import { createModel, type ModelConfig } from "../../src/core/init.ts";
import { createRng } from "../../src/core/rng.ts";
import { adam, advanceRecipe, corpusPairs, initTraining, recipeFor, recurrentLearner, startRecipe, trainStep, type Corpus } from "../../src/core/train/index.ts";
import { useTfCpu } from "./lstmPeers.ts";
import { fmt, type Section, type SectionReport } from "./report.ts";
import { timeInterleaved } from "./timing.ts";
import { registerTfGradients, tfTrainStep } from "./trainStepPeers.ts";

const ROOT = process.cwd();
const corpus = JSON.parse(readFileSync(join(ROOT, "public/corpus/en-fr.json"), "utf8")) as Corpus;
const D = 8;
const N = 16;
const BATCH = 8;
const LEARNING_RATE = 0.02;

function stepModel(): ModelConfig {
  return {
    name: "bench",
    sourceVocab: corpus.sourceVocab,
    targetVocab: corpus.targetVocab,
    d_x: D,
    d_y: D,
    encoder: { cell: "lstm", hidden: N, bidirectional: false, context: "last" },
    // The decoder starts from the encoder's h_T and C_T, as the TF.js peer does.
    decoder: { cell: "lstm", hidden: N, variant: "attention", init: "context", attention: { score: "general", query: "current" } },
  };
}

async function stepTimings() {
  await useTfCpu();
  registerTfGradients();
  const batch = corpusPairs(corpus, corpus.train.slice(0, BATCH));
  let state = initTraining(recurrentLearner, createModel(stepModel(), createRng(1)), { seed: 1, batchSize: BATCH, optimizer: adam(LEARNING_RATE) });
  const ours = () => {
    const r = trainStep(recurrentLearner, state, batch);
    state = r.state;
    return r.report.loss;
  };
  const peer = tfTrainStep({ d: D, n: N, sourceVocab: corpus.sourceVocab.length, targetVocab: corpus.targetVocab.length }, batch, LEARNING_RATE, 1);
  try {
    const [a, b] = timeInterleaved([{ name: "ours", fn: ours }, { name: "tfjs", fn: peer.step }], { rounds: 15 });
    return { ours: a!, tf: b!, lengths: batch.map((p) => `${p.source.length}→${p.target.length + 1}`).join(", ") };
  } finally {
    peer.dispose();
  }
}

/** Seconds for the recipe runner to train the preset (seeds, epochs and evaluations as npm run train does). */
function presetSeconds(): { seconds: number; epochs: number } {
  const recipe = recipeFor({ cell: "lstm", variant: "attention", score: "general", query: "current", bidirectional: false }, "en-fr");
  const t0 = performance.now();
  const { run } = advanceRecipe(startRecipe(recipe, corpus));
  return { seconds: (performance.now() - t0) / 1000, epochs: run.result?.epochs ?? NaN };
}

async function run(): Promise<SectionReport> {
  const t = await stepTimings();
  const runs = [presetSeconds(), presetSeconds(), presetSeconds()].sort((a, b) => a.seconds - b.seconds);
  const preset = runs[1]!;
  const ratio = t.tf.median / t.ours.median;
  return {
    title: "Training step (LSTM + general attention, Adam)",
    notes: [
      `One step = forward, backward and Adam update over a batch of ${BATCH} pairs from en-fr (source→target tokens with <eos>: ${t.lengths}); d_x = d_y = ${D}, n = ${N}, score general, query current.`,
      "TF.js: the same architecture and loss with tf.variableGrads and tf.train.adam on the CPU backend, sentence by sentence as the core does (no padding); float32 against the core's float64.",
      "Wall-clock medians of interleaved ~30 ms batches, 15 rounds. The preset row trains lstm-attention-general with its recipe (recipeFor, through the runner npm run train and training on demand use), on the corpus with its extension; median of 3 runs.",
    ],
    tables: [
      {
        columns: ["contender", "µs per step", "p25–p75 µs", "CPU µs"],
        rows: [t.ours, t.tf].map((r) => [r.name, fmt(r.median), `${fmt(r.p25)}–${fmt(r.p75)}`, fmt(r.cpuMedian)]),
      },
      { columns: ["preset", "epochs", "seconds to a model that passes its checks"], rows: [["lstm-attention-general", String(preset.epochs), fmt(preset.seconds)]] },
    ],
    checks: [
      { target: "≥ 3× faster than TF.js per step", where: `batch ${BATCH}, n = ${N}`, value: `${fmt(ratio)}×`, pass: ratio >= 3 },
      { target: "preset trained by its recipe in ≤ 10 s", where: "lstm-attention-general", value: `${fmt(preset.seconds)} s`, pass: preset.seconds <= 10 },
    ],
  };
}

export const trainSection: Section = {
  id: "train",
  title: "Training step",
  run,
};
