// Every recurrent preset listed in public/models/index.json: it is one of scripts/presets/recurrent.json,
// it parses as a model file that its index entry describes, its meta holds the recipe recipeFor gives
// today, it translates its pair's sentence, attention presets put at least the recipe's weight on the
// right source words, held-out accuracy is what meta says and not below the preset it replaced, the
// weights have 6 significant digits, and training again reproduces a sample of them bit for bit.

import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseModelText } from "../../src/model/index.ts";
import { forward } from "../../src/core/forward.ts";
import { corpusPairs, evaluate, fullCorpus, MIN_ALIGNMENT, paramValues, recipeFor, runChecks, sentenceIds, type Corpus, type Recipe } from "../../src/core/train/index.ts";
import { choiceOf, presetSpecs, trainSpec } from "../../scripts/train.ts";
import type { Seq2SeqModel } from "../../src/core/model.ts";

const read = (path: string): string => readFileSync(new URL(`../../${path}`, import.meta.url), "utf8");
const index = JSON.parse(read("public/models/index.json")) as { models: Record<string, unknown>[] };
const stored: Record<string, Corpus> = { "en-fr": JSON.parse(read("public/corpus/en-fr.json")), "en-zh": JSON.parse(read("public/corpus/en-zh.json")) };
const specs = presetSpecs();

/** The sentence each pair's presets must translate, and the source word each target token must weigh most. */
const LESSON_SENTENCE: Record<string, { source: string; target: string; alignment: Record<string, string> }> = {
  "en-fr": { source: "I love you", target: "Je t'aime", alignment: { je: "i", "t'": "you", aime: "love" } },
  "en-zh": { source: "I love China", target: "我 爱 中国", alignment: { 我: "i", 爱: "love", 中国: "china" } },
};

/**
 * Held-out sentence accuracy of the presets this recipe replaced (public/models/index.json before
 * the word-order corpus), measured on the same core held-out sentences: a preset may not fall below it.
 */
const EARLIER_HELD_OUT: Record<string, number> = {
  "rnn-initial": 0.069,
  "rnn-every-step": 0.6207,
  "rnn-attention-general": 0.8621,
  "lstm-initial": 0.7586,
  "lstm-every-step": 0.8276,
  "lstm-attention-dot": 0.7931,
  "lstm-attention-scaled": 0.6897,
  "lstm-attention-general": 0.7586,
  "lstm-attention-additive": 0.7931,
  "gru-reset-before-initial": 0.6897,
  "gru-reset-before-every-step": 0.7241,
  "gru-reset-before-attention-general": 0.8621,
  "gru-reset-after-initial": 0.4483,
  "gru-reset-after-every-step": 0.6207,
  "gru-reset-after-attention-general": 0.8276,
  "lstm-bidirectional-attention-additive": 0.7931,
  "lstm-attention-general-zh": 0.8824,
};

/** Presets trained again in full by this test (one per kind: bidirectional attention, attention on en-zh, no attention). */
const REPRODUCED = ["rnn-bidirectional-attention-dot-previous", "lstm-attention-dot-zh", "gru-reset-after-every-step"];

function load(file: string): Seq2SeqModel {
  const parsed = parseModelText(read(`public/models/${file}`));
  if (!parsed.ok) throw new Error(parsed.errors.map((e) => e.message).join("; "));
  return parsed.model;
}

const recurrent = index.models.filter((m) => m.kind !== "transformer");

describe("the preset index", () => {
  it("JSON.parse(public/models/index.json) lists one recurrent entry for every preset of scripts/presets/recurrent.json, and nothing else", () => {
    expect(recurrent.map((m) => m.file).sort()).toEqual(specs.map((s) => `${s.name}.json`).sort());
    expect(new Set(specs.map((s) => s.name)).size).toBe(specs.length);
  });
});

for (const entry of recurrent) {
  const file = String(entry.file);
  const spec = specs.find((s) => `${s.name}.json` === file);
  describe(file, () => {
    const model = load(file);
    const meta = model.meta as Record<string, unknown>;
    const corpus = fullCorpus(stored[String(entry.corpus)]!);
    const lesson = LESSON_SENTENCE[String(entry.corpus)]!;

    it(`parseModelText(${file}) gives a trained model that its index entry and its line in recurrent.json describe`, () => {
      const d = model.decoder;
      const shape = { cell: d.cell, variant: d.variant, score: d.attention?.score ?? null, query: d.attention?.query ?? null, bidirectional: model.encoder.bidirectional };
      expect(shape).toEqual({ cell: entry.cell, variant: entry.variant, score: entry.score, query: entry.query, bidirectional: entry.bidirectional });
      expect(spec).toBeDefined();
      expect(shape).toEqual({ cell: spec!.cell, variant: spec!.variant, score: spec!.score ?? null, query: spec!.query ?? null, bidirectional: spec!.bidirectional });
      expect([meta.trained, meta.passed, meta.corpus, meta.pair]).toEqual([true, true, spec!.pair, spec!.pair]);
      expect([meta.loss, meta.accuracy, meta.heldOutAccuracy]).toEqual([entry.loss, entry.accuracy, entry.heldOutAccuracy]);
    });

    it(`${file}'s meta.recipe is recipeFor(its choice, its pair) as the code gives it today`, () => {
      expect(meta.recipe).toEqual(recipeFor(choiceOf(spec!), spec!.pair));
    });

    it(`forward(${file}, "${lesson.source}") translates it greedily to "${lesson.target}"`, () => {
      const trace = forward(model, lesson.source);
      expect(trace.output.stop).toBe("eos");
      expect(trace.output.ids).toEqual(sentenceIds(lesson.target, model.target.vocab));
    });

    const earlier = EARLIER_HELD_OUT[spec?.name ?? ""];
    it(`evaluate(${file}, held-out pairs) reaches the held-out accuracy in its meta${earlier !== undefined ? `, and at least ${earlier} on the core held-out sentences` : ""}`, () => {
      const heldOut = corpusPairs(corpus, corpus.heldOut);
      // meta holds accuracies rounded to 4 decimals.
      expect(evaluate(model, heldOut).sentenceAccuracy).toBeGreaterThanOrEqual(Number(meta.heldOutAccuracy) - 5e-5);
      const core = evaluate(model, heldOut.slice(0, stored[String(entry.corpus)]!.heldOut.length)).sentenceAccuracy;
      expect(core).toBeCloseTo(Number(meta.heldOutCoreAccuracy), 4);
      if (earlier !== undefined) expect(core).toBeGreaterThanOrEqual(earlier - 5e-5);
      expect(evaluate(model, corpusPairs(corpus, corpus.train)).sentenceAccuracy).toBeCloseTo(Number(meta.accuracy), 4);
    });

    it(`paramValues(${file}) holds only weights with at most 6 significant digits`, () => {
      for (const [path, values] of Object.entries(paramValues(model))) expect(values.every((x) => Number(x.toPrecision(6)) === x), path).toBe(true);
    });

    if (model.decoder.variant === "attention") {
      it(`forward(${file}, "${lesson.source}") gives each target word its largest attention weight on the source word it translates, at least ${MIN_ALIGNMENT} (or what the recipe asks for)`, () => {
        const trace = forward(model, lesson.source);
        const source = trace.source.map((t) => t.token);
        const least = (meta.recipe as Recipe).checks[0]!.minWeights!;
        const steps = trace.steps.filter((s) => s.kind === "decoder" && s.token !== "<eos>");
        expect(steps).toHaveLength(3);
        steps.forEach((step, k) => {
          // A negative minimum marks a weight the recipe reports but cannot require (recipe.ts, minWeights).
          if (step.kind !== "decoder" || least[k]! < 0) return;
          const alpha = Array.from(step.attention!.alpha);
          const top = alpha.indexOf(Math.max(...alpha));
          expect(source[top], `${step.token}: α = ${alpha.map((a) => a.toFixed(2)).join(", ")}`).toBe(lesson.alignment[step.token]);
          expect(alpha[top], step.token).toBeGreaterThanOrEqual(least[k]!);
        });
        expect(runChecks(model, (meta.recipe as Recipe).checks).passed).toBe(true);
      });
    }
  });
}

describe("reproducibility", () => {
  for (const name of REPRODUCED) {
    it(`trainSpec(${name}) with the accepted seed gives public/models/${name}.json bit for bit`, () => {
      const spec = specs.find((s) => s.name === name)!;
      const storedModel = load(`${name}.json`);
      const seed = (storedModel.meta as { seed: number }).seed;
      const recipe = recipeFor(choiceOf(spec), spec.pair);
      const again = paramValues(trainSpec(spec, stored[spec.pair]!, () => {}, { ...recipe, seed, seedTries: 1 }).model);
      for (const [path, values] of Object.entries(paramValues(storedModel))) expect(Array.from(again[path]!), path).toEqual(Array.from(values));
    }, 300_000);
  }
});
