// Training the Transformer: a batch's loss and gradients are the token-weighted mean of its pairs',
// the same seed gives bit-identical weights (also after a structuredClone, as a worker would post it),
// and training a preset's config again gives its file's weights bit for bit.

import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { createRng } from "../../src/core/rng.ts";
import { adam, corpusPairs, initTraining, trainNext, type Corpus, type TrainState } from "../../src/core/train/index.ts";
import { transformerGradients } from "../../src/core/transformer/gradients.ts";
import { createTransformer } from "../../src/core/transformer/init.ts";
import { transformerBatchGradients, transformerLearner } from "../../src/core/transformer/train.ts";
import { flatGradients, transformerParamValues } from "../../src/core/transformer/trainParams.ts";
import type { TransformerModel } from "../../src/core/transformer/types.ts";
import { parseTransformerText } from "../../src/model/transformerFile.ts";
import { trainTransformerPreset, type TransformerPreset } from "../../scripts/trainTransformer.ts";

const read = (path: string): string => readFileSync(new URL(`../../${path}`, import.meta.url), "utf8");
const corpus = JSON.parse(read("public/corpus/en-zh.json")) as Corpus;
const pairs = corpusPairs(corpus, corpus.train);

function fresh(seed: number): TrainState<TransformerModel> {
  const model = createTransformer({ name: "t", sourceVocab: corpus.sourceVocab, targetVocab: corpus.targetVocab, d_model: 8, heads: 2, d_ff: 16 }, createRng(seed));
  return initTraining(transformerLearner, model, { seed, batchSize: 8, optimizer: adam(0.01), clipNorm: 1 });
}

function steps(state: TrainState<TransformerModel>, n: number): TrainState<TransformerModel> {
  let s = state;
  for (let k = 0; k < n; k++) s = trainNext(transformerLearner, s, pairs).state;
  return s;
}

/** The first parameter entry where two models differ (Object.is), or undefined when identical bit for bit. */
function firstDifference(a: TransformerModel, b: TransformerModel): string | undefined {
  const vb = transformerParamValues(b);
  for (const [path, x] of Object.entries(transformerParamValues(a))) {
    const i = x.findIndex((value, k) => !Object.is(value, vb[path]![k]));
    if (i >= 0) return `${path}[${i}]: ${x[i]} vs ${vb[path]![i]}`;
  }
  return undefined;
}

describe("transformerBatchGradients", () => {
  it("transformerBatchGradients(model, [pair]) is transformerGradients(model, pair) for a batch of one", () => {
    const { model } = fresh(1);
    const one = transformerBatchGradients(model, [pairs[0]!]);
    const direct = transformerGradients(model, pairs[0]!.source, pairs[0]!.target);
    expect(one.loss).toBe(direct.loss);
    expect(one.grads).toEqual(flatGradients(model, direct.grads));
  });

  it("transformerBatchGradients(model, pairs) weighs each pair by its scored tokens (T + 1), or equally per sentence", () => {
    // Every en-zh target has three words; en-fr's have two to four.
    const fr = JSON.parse(read("public/corpus/en-fr.json")) as Corpus;
    const model = createTransformer({ name: "t", sourceVocab: fr.sourceVocab, targetVocab: fr.targetVocab, d_model: 4, heads: 2, d_ff: 8 }, createRng(1));
    const frPairs = corpusPairs(fr, fr.train);
    const batch = [frPairs[0]!, frPairs.find((p) => p.target.length !== frPairs[0]!.target.length)!];
    const [a, b] = batch.map((p) => transformerGradients(model, p.source, p.target).loss) as [number, number];
    const [ta, tb] = batch.map((p) => p.target.length + 1) as [number, number];
    expect(transformerBatchGradients(model, batch).loss).toBeCloseTo((ta * a + tb * b) / (ta + tb), 12);
    expect(transformerBatchGradients(model, batch, "sentence").loss).toBeCloseTo((ta * a + tb * b) / 2, 12);
  });
});

describe("Transformer training reproducibility", () => {
  it("trainNext(transformerLearner, state, pairs) five times from the same seed gives the same weights bit for bit, and another seed does not", () => {
    const a = steps(fresh(3), 5);
    const b = steps(fresh(3), 5);
    expect(a.step).toBe(5);
    expect(firstDifference(a.model, b.model)).toBeUndefined();
    expect(firstDifference(a.model, fresh(3).model)).toBeDefined();
    expect(firstDifference(a.model, steps(fresh(4), 5).model)).toBeDefined();
  });

  it("trainNext(transformerLearner, structuredClone(state), pairs) resumes exactly where the state stopped", () => {
    const straight = steps(fresh(5), 6);
    const resumed = steps(structuredClone(steps(fresh(5), 3)), 3);
    expect(firstDifference(straight.model, resumed.model)).toBeUndefined();
    expect([resumed.epoch, resumed.batch]).toEqual([straight.epoch, straight.batch]);
  });

  it("trainTransformerPreset(config with the accepted seed) gives the weights of public/models/transformer-en-zh.json bit for bit", () => {
    const parsed = parseTransformerText(read("public/models/transformer-en-zh.json"));
    if (!parsed.ok) throw new Error(parsed.errors[0]!.message);
    const meta = parsed.model.meta as { config: TransformerPreset; seed: number };
    const again = trainTransformerPreset({ ...meta.config, seed: meta.seed, seedTries: 1 }, corpus).model;
    expect(firstDifference(again, parsed.model)).toBeUndefined();
  }, 120_000);
});
