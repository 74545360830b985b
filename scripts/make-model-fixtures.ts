// Writes the model files in tests/fixtures/models/: a few small valid models made with createModel
// (seeded, so rerunning gives identical files) and broken copies for the command-line tests.
//   npx tsx scripts/make-model-fixtures.ts

import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { createModel, type ModelConfig } from "../src/core/init.ts";
import { createRng } from "../src/core/rng.ts";
import { serializeModel, stringifyModelFile, type ModelFileJson } from "../src/model/index.ts";

const DIR = join(import.meta.dirname, "..", "tests", "fixtures", "models");
const SOURCE = ["<sos>", "<eos>", "<unk>", "i", "love", "you", "me"];
const TARGET = ["<sos>", "<eos>", "<unk>", "je", "j'", "t'", "m'", "aime", "tu", "aimes"];

const base = { sourceVocab: SOURCE, targetVocab: TARGET, d_x: 3, d_y: 3 };

/** Small valid models, by file name. */
export const FIXTURE_CONFIGS: Record<string, ModelConfig> = {
  "lstm-attention.json": {
    ...base,
    name: "LSTM with dot attention",
    encoder: { cell: "lstm", hidden: 4, bidirectional: false, context: "last" },
    decoder: { cell: "lstm", hidden: 4, variant: "attention", init: "context", attention: { score: "dot", query: "previous" } },
  },
  "gru-bidirectional-additive.json": {
    ...base,
    name: "Bidirectional GRU with additive attention",
    encoder: { cell: "gru-reset-after", hidden: 2, bidirectional: true, context: "last" },
    decoder: { cell: "gru-reset-after", hidden: 4, variant: "attention", init: "context", attention: { score: "additive", query: "current", width: 3 } },
    decoding: { strategy: "sample", temperature: 0.5, seed: 7, maxLength: 5 },
  },
  "rnn-every-step.json": {
    ...base,
    name: "RNN with the context at every step",
    encoder: { cell: "rnn", hidden: 3, bidirectional: false, context: "mean" },
    decoder: { cell: "rnn", hidden: 3, variant: "every-step", init: "context" },
  },
};

/** Broken copies of lstm-attention.json: [file name, what changes]. */
const BROKEN: [string, (f: ModelFileJson) => void][] = [
  ["bad-shape.json", (f) => void (f.decoder.weights.W_f as number[][]).forEach((r) => r.pop())],
  ["bad-version.json", (f) => void Object.assign(f, { version: 2 })],
];

function main(): void {
  mkdirSync(DIR, { recursive: true });
  for (const [file, config] of Object.entries(FIXTURE_CONFIGS)) {
    writeFileSync(join(DIR, file), stringifyModelFile(serializeModel(createModel(config, createRng(42)))));
  }
  for (const [file, breakIt] of BROKEN) {
    const json = serializeModel(createModel(FIXTURE_CONFIGS["lstm-attention.json"]!, createRng(42)));
    breakIt(json);
    writeFileSync(join(DIR, file), stringifyModelFile(json));
  }
  // JSON.parse reads 1e999 as Infinity, which no serializer writes: this one is written by hand.
  const text = stringifyModelFile(serializeModel(createModel(FIXTURE_CONFIGS["lstm-attention.json"]!, createRng(42))));
  writeFileSync(join(DIR, "bad-infinity.json"), text.replace(/("b_out": \[)[^,\]]+/, "$11e999"));
  writeFileSync(join(DIR, "bad-syntax.json"), text.replace('"version": 1,', '"version": 1'));
}

main();
