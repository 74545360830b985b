// Trains every preset the site offers. The recurrent presets listed in scripts/presets/recurrent.json
// train with the recipe of their architecture and language pair (src/core/train/recipe.ts), through
// the same runner the browser uses for training on demand, so a preset and the same choice trained in
// the page are bit-identical; the Transformer presets (scripts/presets/transformer-*.json) with their
// config (trainTransformer.ts). Both go through src/core/train's one set of training functions.
//   npm run train -- --all | --preset NAME [--preset NAME …] | --config FILE [--config FILE …]  [--no-index]
//   npm run train -- --corpus FILE.tsv --out MODEL.json [--epochs N] [architecture …] (trainCorpus.ts)
// writes each model file (weights rounded; the recipe or config, seeds, loss, accuracies and, for
// attention, alignment weights in `meta`) and updates public/models/index.json. See docs/training.md.

import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { Seq2SeqModel } from "../src/core/model.ts";
import { advanceRecipe, finishRecipe, recipeFor, recipeProgress, recipeTitle, startRecipe, type Corpus, type RecipeProgress, type RecipeChoice, type RecipePair, type RecipeResult } from "../src/core/train/index.ts";
import { serializeModel, stringifyModelFile } from "../src/model/index.ts";
import { readJson, ROOT, updateIndex } from "./presetIndex.ts";
import { corpusMain } from "./trainCorpus.ts";
import { transformerConfigOf, runTransformerPreset, transformerPresetFiles } from "./trainTransformer.ts";

export const USAGE = "usage: npm run train -- --all | --preset NAME [--preset NAME …] | --config FILE [--config FILE …]  [--no-index] | --corpus FILE.tsv --out MODEL.json [--epochs N] …";
export const PRESET_LIST = join(ROOT, "scripts/presets/recurrent.json");

/** One line of scripts/presets/recurrent.json: a file name, a language pair and an architecture. */
export interface PresetSpec extends Partial<Pick<RecipeChoice, "score" | "query">> {
  readonly name: string;
  readonly pair: RecipePair;
  readonly cell: RecipeChoice["cell"];
  readonly variant: RecipeChoice["variant"];
  readonly bidirectional: boolean;
}

/** The presets of scripts/presets/recurrent.json. */
export function presetSpecs(): PresetSpec[] {
  return (readJson(PRESET_LIST) as { presets: PresetSpec[] }).presets;
}

export function choiceOf(spec: PresetSpec): RecipeChoice {
  return { cell: spec.cell, variant: spec.variant, score: spec.score ?? "dot", query: spec.query ?? "previous", bidirectional: spec.bidirectional };
}

export function readCorpus(pair: RecipePair): Corpus {
  return readJson(join(ROOT, `public/corpus/${pair}.json`)) as Corpus;
}

/** Trains one preset with its recipe (or another, for tests); `log` receives a line per epoch. Deterministic. */
export function trainSpec(spec: PresetSpec, corpus: Corpus = readCorpus(spec.pair), log: (line: string) => void = () => {}, recipe = recipeFor(choiceOf(spec), spec.pair)): RecipeResult {
  const choice = choiceOf(spec);
  let run = startRecipe(recipe, corpus, recipeTitle(choice, spec.pair));
  const key = (p: RecipeProgress): string => `${p.seedTry}/${p.epoch}/${p.phase}`;
  let last = key(recipeProgress(run));
  while (run.phase === "training" || run.phase === "evaluating") {
    const r = advanceRecipe(run, (p) => key(p) !== last);
    run = r.run;
    const p = r.progress;
    if (key(p) !== last && p.phase === "training") log(`  seed ${p.seed}, epoch ${p.epoch}: loss ${p.epochLoss.toFixed(4)}, train accuracy ${pct(p.trainAccuracy)}`);
    last = key(p);
  }
  return finishRecipe(run, { preset: spec.name });
}

/** One line of public/models/index.json. */
export function indexEntry(file: string, name: string, model: Seq2SeqModel): Record<string, unknown> {
  const { encoder: e, decoder: d } = model;
  const meta = model.meta as Record<string, unknown>;
  return {
    file,
    name,
    title: model.name,
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

interface Args {
  readonly names: string[];
  readonly configs: string[];
  readonly all: boolean;
  readonly index: boolean;
}

function parseArgs(argv: readonly string[]): Args {
  const names: string[] = [];
  const configs: string[] = [];
  let all = false;
  let index = true;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === "--preset" && argv[i + 1] !== undefined) names.push(argv[++i]!);
    else if (arg.startsWith("--preset=")) names.push(arg.slice("--preset=".length));
    else if (arg === "--config" && argv[i + 1] !== undefined) configs.push(argv[++i]!);
    else if (arg.startsWith("--config=")) configs.push(arg.slice("--config=".length));
    else if (arg === "--all") all = true;
    else if (arg === "--no-index") index = false;
    else throw new Error(`unexpected argument ${JSON.stringify(arg)}; ${USAGE}`);
  }
  if (names.length === 0 && configs.length === 0 && !all) throw new Error(USAGE);
  return { names, configs, all, index };
}

const pct = (x: number): string => `${(100 * x).toFixed(1)} %`;

/** Trains one preset, writes its model file and returns its index entry. */
function runSpec(spec: PresetSpec): Record<string, unknown> {
  process.stdout.write(`${spec.name}\n`);
  const t0 = performance.now();
  const cpu = process.cpuUsage();
  const r = trainSpec(spec, readCorpus(spec.pair), (line) => process.stdout.write(`${line}\n`));
  const used = process.cpuUsage(cpu);
  if (!r.passed) throw new Error(`${spec.name}: no seed passes the checks (${r.rejected.map((x) => `${x.seed}: ${x.reason}`).join("; ")})`);
  const file = `${spec.name}.json`;
  writeFileSync(join(ROOT, "public/models", file), stringifyModelFile(serializeModel(r.model)));
  const weights = r.checks.flatMap((c) => c.weights.map((w) => w.toFixed(2))).join(" ");
  process.stdout.write(
    `  seed ${r.seed} (${r.rejected.length} rejected), ${r.epochs} epochs, stop ${r.stop}, ${((performance.now() - t0) / 1000).toFixed(1)} s (${((used.user + used.system) / 1e6).toFixed(1)} s CPU); ` +
      `train ${pct(r.train.sentenceAccuracy)}, held-out ${pct(r.heldOut.sentenceAccuracy)} (core ${pct(r.heldOutCore.sentenceAccuracy)})${weights ? `; α ${weights}` : ""} → public/models/${file}\n`,
  );
  return indexEntry(file, spec.name, r.model);
}

/** Trains every preset named in argv, writes the model files and the index; a failed preset does not stop the others. */
export function main(argv: readonly string[]): void {
  if (argv.includes("--corpus")) {
    process.exitCode = corpusMain(argv, (path, text) => writeFileSync(path, text), (line) => process.stdout.write(`${line}\n`), (line) => process.stderr.write(`${line}\n`));
    return;
  }
  let args: Args;
  try {
    args = parseArgs(argv);
  } catch (e) {
    process.stderr.write(`train: ${(e as Error).message}\n`);
    process.exitCode = 2;
    return;
  }
  const specs = presetSpecs();
  const transformerConfigs = [...args.configs];
  const recurrentNames: string[] = [];
  for (const name of args.names) {
    const config = specs.some((s) => s.name === name) ? undefined : transformerConfigOf(name);
    if (config !== undefined) transformerConfigs.push(config);
    else recurrentNames.push(name);
  }
  const unknown = recurrentNames.filter((n) => !specs.some((s) => s.name === n));
  if (unknown.length > 0) {
    process.stderr.write(`train: no preset named ${unknown.join(", ")} in scripts/presets/recurrent.json or scripts/presets/transformer-*.json\n`);
    process.exitCode = 2;
    return;
  }
  const jobs: (() => Record<string, unknown>)[] = [
    ...(args.all ? specs : specs.filter((s) => recurrentNames.includes(s.name))).map((spec) => () => runSpec(spec)),
    ...[...new Set([...(args.all ? transformerPresetFiles() : []), ...transformerConfigs])].map((path) => () => runTransformerPreset(path)),
  ];
  const entries: Record<string, unknown>[] = [];
  for (const job of jobs) {
    try {
      entries.push(job());
    } catch (e) {
      process.stderr.write(`train: ${(e as Error).message}\n`);
      process.exitCode = 1;
    }
  }
  const listed = new Set(specs.map((s) => `${s.name}.json`));
  if (args.index && entries.length > 0) updateIndex(entries, args.all ? (m) => listed.has(String(m.file)) : () => true);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) main(process.argv.slice(2));
