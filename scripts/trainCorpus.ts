// `npm run train -- --corpus FILE.tsv --out MODEL.json [options]`: trains a model on the reader's own
// sentence pairs from the command line, with the training page's core code (src/core/train:
// buildOwnCorpus for reading, normalising, filtering, the vocabularies and the held-out split;
// corpusModel for the untrained model; translationScores for exact match and BLEU). The architecture
// is chosen as for the presets and trained with its recipe's optimiser, batch size and clipping (no
// guided alignment: own pairs have none), until every training pair is translated exactly or the
// epoch limit. docs/training.md, "Own sentence pairs from the command line".

import { readFileSync, statSync } from "node:fs";
import { serializeModel, stringifyModelFile } from "../src/model/index.ts";
import { basename } from "node:path";
import { CELL_KINDS, DECODER_VARIANTS, QUERY_KINDS, SCORE_KINDS, type Seq2SeqModel } from "../src/core/model.ts";
import {
  buildOwnCorpus,
  corpusModel,
  corpusPairs,
  describeOwnDataProblem,
  evaluate,
  initTraining,
  recurrentLearner,
  MAX_CORPUS_BYTES,
  OWN_DATA_DEFAULTS,
  OWN_DATA_LIMITS,
  recipeFor,
  recipeTitle,
  trainEpoch,
  translationScores,
  type OwnCorpusStats,
  type OwnDataOptions,
  type RecipeChoice,
  type TranslationScores,
} from "../src/core/train/index.ts";

export const CORPUS_USAGE =
  "usage: npm run train -- --corpus FILE.tsv --out MODEL.json [--epochs N] [--cell rnn|lstm|gru-reset-before|gru-reset-after] [--variant initial|every-step|attention] [--score dot|scaled|general|additive] [--query previous|current] [--bidirectional] [--hidden N] [--seed N] [--max-tokens N] [--min-count N] [--max-pairs N] [--fold-accents]";

export interface CorpusArgs {
  readonly corpus: string;
  readonly out: string;
  readonly epochs?: number;
  readonly choice: RecipeChoice;
  readonly hidden?: number;
  readonly seed: number;
  readonly data: OwnDataOptions;
}

const DEFAULT_CHOICE: RecipeChoice = { cell: "lstm", variant: "attention", score: "general", query: "current", bidirectional: false };

function oneOf<T extends string>(flag: string, value: string, allowed: readonly T[]): T {
  if (!(allowed as readonly string[]).includes(value)) throw new Error(`${flag} must be one of ${allowed.join(", ")}, not ${JSON.stringify(value)}`);
  return value as T;
}

function wholeNumber(flag: string, value: string, min: number, max: number): number {
  const x = Number(value);
  if (value.trim() === "" || !Number.isInteger(x) || x < min || x > max) throw new Error(`${flag} must be a whole number from ${min} to ${max}, not ${JSON.stringify(value)}`);
  return x;
}

/** The own-data flags (argv after `npm run train --`); throws with the reason on a bad flag. */
export function parseCorpusArgs(argv: readonly string[]): CorpusArgs {
  let corpus: string | undefined;
  let out: string | undefined;
  let epochs: number | undefined;
  let hidden: number | undefined;
  let seed = 1;
  let choice = DEFAULT_CHOICE;
  let data: OwnDataOptions = OWN_DATA_DEFAULTS;
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i]!;
    if (flag === "--bidirectional") choice = { ...choice, bidirectional: true };
    else if (flag === "--fold-accents") data = { ...data, foldAccents: true };
    else {
      const value = argv[++i];
      if (value === undefined) throw new Error(`${flag} needs a value; ${CORPUS_USAGE}`);
      if (flag === "--corpus") corpus = value;
      else if (flag === "--out") out = value;
      else if (flag === "--epochs") epochs = wholeNumber(flag, value, 1, 1000);
      else if (flag === "--hidden") hidden = wholeNumber(flag, value, 1, 512);
      else if (flag === "--seed") seed = wholeNumber(flag, value, 0, 2 ** 31 - 1);
      else if (flag === "--cell") choice = { ...choice, cell: oneOf(flag, value, CELL_KINDS) };
      else if (flag === "--variant") choice = { ...choice, variant: oneOf(flag, value, DECODER_VARIANTS) };
      else if (flag === "--score") choice = { ...choice, score: oneOf(flag, value, SCORE_KINDS) };
      else if (flag === "--query") choice = { ...choice, query: oneOf(flag, value, QUERY_KINDS) };
      else if (flag === "--max-tokens") data = { ...data, maxTokens: wholeNumber(flag, value, ...OWN_DATA_LIMITS.maxTokens) };
      else if (flag === "--min-count") data = { ...data, minCount: wholeNumber(flag, value, ...OWN_DATA_LIMITS.minCount) };
      else if (flag === "--max-pairs") data = { ...data, maxPairs: wholeNumber(flag, value, ...OWN_DATA_LIMITS.maxPairs) };
      else throw new Error(`unexpected argument ${JSON.stringify(flag)}; ${CORPUS_USAGE}`);
    }
  }
  if (corpus === undefined || out === undefined) throw new Error(CORPUS_USAGE);
  return { corpus, out, ...(epochs !== undefined ? { epochs } : {}), choice, ...(hidden !== undefined ? { hidden } : {}), seed, data: { ...data, seed } };
}

export interface CorpusRun {
  readonly model: Seq2SeqModel;
  readonly stats: OwnCorpusStats;
  readonly epochs: number;
  readonly trainAccuracy: number;
  readonly heldOut: TranslationScores;
}

/** Trains on a pair file's bytes; a problem with the file is thrown as an Error with its English reason. */
export function trainOnCorpus(bytes: Uint8Array, name: string, args: Omit<CorpusArgs, "corpus" | "out">, log: (line: string) => void = () => {}): CorpusRun {
  const built = buildOwnCorpus(bytes, args.data, name);
  if (!built.ok) throw new Error(describeOwnDataProblem(built.problem));
  const { corpus, stats } = built;
  // The architecture does not depend on the pair; the recipe's pair only names its checks, unused here.
  const recipe = recipeFor(args.choice, "en-fr");
  const title = recipeTitle(args.choice, "en-fr");
  let model = corpusModel(recipe.model, corpus, { hidden: args.hidden ?? recipe.model.decoder.hidden, seed: args.seed, name: `${title}, ${name}`, description: `Trained with npm run train -- --corpus on ${name}.` });
  const train = corpusPairs(corpus, corpus.train);
  const heldOut = corpusPairs(corpus, corpus.heldOut);
  const { batchSize, optimizer, clipNorm } = recipe.training;
  let state = initTraining(recurrentLearner, model, { seed: args.seed, batchSize, optimizer, clipNorm });
  const limit = args.epochs ?? recipe.training.maxEpochs;
  let trainAccuracy = 0;
  let epoch = 0;
  while (epoch < limit && trainAccuracy < 1) {
    const r = trainEpoch(recurrentLearner, state, train);
    state = r.state;
    epoch++;
    trainAccuracy = evaluate(state.model, train).sentenceAccuracy;
    log(`  epoch ${epoch}: loss ${r.loss.toFixed(4)}, train accuracy ${pct(trainAccuracy)}`);
  }
  model = state.model;
  const scores = translationScores(model, heldOut);
  const meta = { trained: true, heldOutAccuracy: scores.exactMatch, heldOutBleu: scores.bleu.bleu, training: { ...args.choice, corpus: name, epochs: epoch, trainAccuracy, ...args.data, ...stats } };
  return { model: { ...model, meta: { ...model.meta, ...meta } }, stats, epochs: epoch, trainAccuracy, heldOut: scores };
}

const pct = (x: number): string => `${(100 * x).toFixed(1)} %`;

/** The file's bytes, refused by its size before it is read. */
export function readCorpusFile(path: string): Uint8Array {
  const size = statSync(path).size;
  if (size > MAX_CORPUS_BYTES) throw new Error(describeOwnDataProblem({ kind: "tooLarge", bytes: size, limit: MAX_CORPUS_BYTES }));
  return readFileSync(path);
}

/** Runs the command: trains, writes the model file, prints the figures; exit 2 for bad flags or a bad file. */
export function corpusMain(argv: readonly string[], write: (path: string, text: string) => void, out: (line: string) => void, err: (line: string) => void): number {
  let args: CorpusArgs;
  let bytes: Uint8Array;
  try {
    args = parseCorpusArgs(argv);
    bytes = readCorpusFile(args.corpus);
  } catch (e) {
    err(`train: ${(e as Error).message}`);
    return 2;
  }
  const name = basename(args.corpus);
  let run: CorpusRun;
  try {
    run = trainOnCorpus(bytes, name, args, out);
  } catch (e) {
    err(`train: ${name}: ${(e as Error).message}`);
    return 2;
  }
  write(args.out, stringifyModelFile(serializeModel(run.model)));
  const s = run.stats;
  out(`${name}: ${s.train} training and ${s.heldOut} held-out pairs (${s.read} read, ${s.tooLong} too long, ${s.overMax} over the limit); vocabularies ${s.sourceVocab} and ${s.targetVocab}`);
  out(`${run.epochs} epochs, train accuracy ${pct(run.trainAccuracy)}; held-out exact match ${pct(run.heldOut.exactMatch)}, BLEU ${(100 * run.heldOut.bleu.bleu).toFixed(1)} → ${args.out}`);
  return 0;
}
