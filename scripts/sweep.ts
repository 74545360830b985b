// Trains every combination the player offers with its recipe (src/core/train/recipe.ts) and prints one
// line per combination: whether it passed, seeds, epochs, the smallest attention weight of the checks,
// held-out accuracy and seconds (CPU and wall clock). docs/training.md quotes its summary.
//   npm run train:sweep -- [--pair en-fr] [--cell lstm] [--variant attention] [--score dot] [--query previous]
//                          [--bidirectional true] [--set '{"training":{"batchSize":16}}'] [--json FILE]

import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { CELL_KINDS, DECODER_VARIANTS, SCORE_KINDS } from "../src/core/model.ts";
import { advanceRecipe, finishRecipe, recipeFor, startRecipe, type Corpus, type Recipe, type RecipeChoice, type RecipePair } from "../src/core/train/index.ts";

const ROOT = join(dirname(new URL(import.meta.url).pathname), "..");

/** Every choice the player offers: 4 cells × 2 directions × (2 variants + 4 scores × 2 queries). */
export function allChoices(): RecipeChoice[] {
  const out: RecipeChoice[] = [];
  for (const cell of CELL_KINDS) {
    for (const bidirectional of [false, true]) {
      for (const variant of DECODER_VARIANTS) {
        if (variant !== "attention") out.push({ cell, variant, score: "dot", query: "previous", bidirectional });
        else for (const score of SCORE_KINDS) for (const query of ["previous", "current"] as const) out.push({ cell, variant, score, query, bidirectional });
      }
    }
  }
  return out;
}

function merge<T>(base: T, patch: unknown): T {
  if (typeof patch !== "object" || patch === null || Array.isArray(patch)) return patch as T;
  const out: Record<string, unknown> = { ...(base as Record<string, unknown>) };
  for (const [k, v] of Object.entries(patch)) out[k] = merge(out[k], v);
  return out as T;
}

export interface SweepLine {
  readonly pair: RecipePair;
  readonly choice: RecipeChoice;
  readonly passed: boolean;
  readonly seedTries: number;
  readonly epochs: number;
  readonly minWeight: number;
  readonly weights: readonly number[];
  readonly trainAccuracy: number;
  readonly heldOut: number;
  readonly heldOutCore: number;
  readonly cpuSeconds: number;
  readonly seconds: number;
  readonly reason?: string;
}

export function sweepOne(recipe: Recipe, corpus: Corpus): SweepLine {
  const cpu = process.cpuUsage();
  const t0 = performance.now();
  const { run } = advanceRecipe(startRecipe(recipe, corpus));
  const r = finishRecipe(run);
  const used = process.cpuUsage(cpu);
  const weights = r.checks.flatMap((c) => c.weights);
  return {
    pair: recipe.pair,
    choice: recipe.choice,
    passed: r.passed,
    seedTries: r.rejected.length + (r.passed ? 1 : 0),
    epochs: r.epochs,
    minWeight: weights.length ? Math.min(...weights) : NaN,
    weights,
    trainAccuracy: r.train.sentenceAccuracy,
    heldOut: r.heldOut.sentenceAccuracy,
    heldOutCore: r.heldOutCore.sentenceAccuracy,
    cpuSeconds: (used.user + used.system) / 1e6,
    seconds: (performance.now() - t0) / 1000,
    ...(r.passed ? {} : { reason: r.checks.find((c) => !c.passed)?.reason ?? r.rejected.at(-1)?.reason }),
  };
}

export function describeChoice(c: RecipeChoice): string {
  return `${c.cell}${c.bidirectional ? " bi" : ""} ${c.variant}${c.variant === "attention" ? ` ${c.score} ${c.query}` : ""}`;
}

function main(argv: readonly string[]): void {
  const filter: Record<string, string> = {};
  let patch: unknown = {};
  let json: string | undefined;
  for (let i = 0; i < argv.length; i += 2) {
    const [k, v] = [argv[i]!, argv[i + 1]];
    if (v === undefined || !k.startsWith("--")) throw new Error(`unexpected argument ${k}`);
    if (k === "--set") patch = JSON.parse(v);
    else if (k === "--json") json = v;
    else filter[k.slice(2)] = v;
  }
  const corpora: Record<RecipePair, Corpus> = {
    "en-fr": JSON.parse(readFileSync(join(ROOT, "public/corpus/en-fr.json"), "utf8")),
    "en-zh": JSON.parse(readFileSync(join(ROOT, "public/corpus/en-zh.json"), "utf8")),
  };
  const lines: SweepLine[] = [];
  for (const pair of ["en-fr", "en-zh"] as const) {
    if (filter.pair && filter.pair !== pair) continue;
    for (const choice of allChoices()) {
      if (Object.entries(filter).some(([k, v]) => k !== "pair" && String(choice[k as keyof RecipeChoice]) !== v)) continue;
      const line = sweepOne(merge(recipeFor(choice, pair), patch), corpora[pair]);
      lines.push(line);
      const w = line.weights.map((x) => x.toFixed(2)).join(" ");
      process.stdout.write(
        `${pair} ${describeChoice(choice).padEnd(40)} ${line.passed ? "pass" : "FAIL"} seeds ${line.seedTries} epochs ${String(line.epochs).padStart(2)} ` +
          `α ${w.padEnd(14)} train ${(100 * line.trainAccuracy).toFixed(0)} % held-out ${(100 * line.heldOut).toFixed(0)} % (core ${(100 * line.heldOutCore).toFixed(0)} %) ` +
          `${line.cpuSeconds.toFixed(1)} s CPU, ${line.seconds.toFixed(1)} s${line.reason ? `  ${line.reason}` : ""}\n`,
      );
    }
  }
  const attention = lines.filter((l) => l.choice.variant === "attention");
  const worst = (xs: number[]): string => (xs.length ? Math.min(...xs).toFixed(3) : "–");
  process.stdout.write(
    `\n${lines.filter((l) => l.passed).length} of ${lines.length} passed; smallest alignment weight ${worst(attention.map((l) => l.minWeight))}; ` +
      `held-out accuracy from ${worst(lines.map((l) => l.heldOut))}; most CPU seconds ${Math.max(...lines.map((l) => l.cpuSeconds)).toFixed(1)}\n`,
  );
  if (json) writeFileSync(json, `${JSON.stringify(lines, null, 1)}\n`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) main(process.argv.slice(2));
