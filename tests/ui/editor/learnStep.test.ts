import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { forward } from "../../../src/core/forward.ts";
import { GREEDY } from "../../../src/core/decoding.ts";
import { lossAndGradients, lossOf } from "../../../src/core/grad/loss.ts";
import { corpusPairs, type Corpus } from "../../../src/core/train/corpus.ts";
import { paramValues, withParams } from "../../../src/core/train/params.ts";
import { DEMO_SEED, demoModel, type ModelChoice } from "../../../src/model/defaults.ts";
import { EXPLODING_NORM, gradientsOf, learningRateProblem, learnPair, takeStep, type Gradients } from "../../../src/ui/editor/learnStep.ts";
import { num, signed } from "../../../src/ui/i18n/learnStep.ts";

const corpus = (pair: string) => JSON.parse(readFileSync(`public/corpus/${pair}.json`, "utf8")) as Corpus;
/** The corpus's own pair for a source sentence, as training reads it (ids, no alignment). */
function corpusPair(pair: "en-fr" | "en-zh", source: string) {
  const c = corpus(pair);
  const sentence = c.train.find((s) => s.source === source)!;
  const [p] = corpusPairs(c, [{ source: sentence.source, target: sentence.target }]);
  return p!;
}

const CHOICES: readonly ModelChoice[] = [
  { cell: "lstm", variant: "attention", score: "dot", query: "current", bidirectional: false },
  { cell: "gru-reset-after", variant: "attention", score: "additive", query: "previous", bidirectional: true },
  { cell: "rnn", variant: "every-step", score: "dot", query: "current", bidirectional: false },
];

describe("learnPair", () => {
  it("learnPair(model, running example) pairs it with its translation in the corpus", () => {
    for (const pair of ["en-fr", "en-zh"] as const) {
      const example = pair === "en-fr" ? "I love you" : "I love China";
      const model = demoModel(CHOICES[0]!, DEMO_SEED, pair);
      const lp = learnPair(model, example, pair);
      expect(lp.from).toBe("known");
      expect(lp.pair).toEqual(corpusPair(pair, example));
    }
  });

  it("learnPair(model, other sentence) takes the model's own greedy output as the target", () => {
    const model = demoModel(CHOICES[0]!, DEMO_SEED, "en-fr");
    const lp = learnPair(model, "she sees the dog", "en-fr");
    const greedy = forward(model, "she sees the dog", { strategy: GREEDY }).output;
    expect(lp.from).toBe("greedy");
    expect(lp.pair.target).toEqual(greedy.ids);
    expect(lp.target).toBe(greedy.text);
  });

  it("learnPair(model, sentence, pair, shown) reads the greedy output from the player's trace of the same tokens, and only from a greedy one", () => {
    const model = demoModel(CHOICES[0]!, DEMO_SEED, "en-fr");
    const greedy = forward(model, "she sees the dog", { strategy: GREEDY });
    // A trace whose output differs from a fresh forward pass shows which one was read.
    const marked = { ...greedy, output: { ...greedy.output, ids: [3], text: "je" } };
    expect(learnPair(model, "she sees the dog", "en-fr", marked).pair.target).toEqual([3]);
    const sampled = { ...marked, strategy: { kind: "sample" as const, temperature: 1, seed: 1 } };
    expect(learnPair(model, "she sees the dog", "en-fr", sampled).pair.target).toEqual(greedy.output.ids);
    expect(learnPair(model, "he sees the dog", "en-fr", marked).pair.target).toEqual(forward(model, "he sees the dog", { strategy: GREEDY }).output.ids);
  });

  it("learnPair(model, '') throws: there is nothing to learn from", () => {
    expect(() => learnPair(demoModel(CHOICES[0]!, DEMO_SEED), "  ", "en-fr")).toThrow(RangeError);
  });
});

describe("takeStep", () => {
  it("takeStep(model, pair, η) is θ − η ∂L/∂θ with the core's per-sentence gradient, and the loss after it", () => {
    const model = demoModel(CHOICES[0]!, DEMO_SEED);
    const pair = corpusPair("en-fr", "I love you");
    const r = takeStep(model, pair, 0.1);
    if (!r.ok) throw new Error(`diverged: ${r.why.kind}`);
    const { loss, grads } = lossAndGradients(model, [pair], { reduction: "sentence" });
    const theta = paramValues(model);
    expect(r.before).toBe(loss);
    for (const [path, values] of Object.entries(theta)) {
      const expected = values.map((x, i) => x - 0.1 * grads[path]![i]!);
      expect(Array.from(r.params[path]!), path).toEqual(Array.from(expected));
    }
    expect(r.after).toBe(lossOf(withParams(model, r.params), [pair], { reduction: "sentence" }));
  });

  it("takeStep with a small η lowers the loss on the running example, for every architecture and both pairs", () => {
    for (const choice of CHOICES) {
      for (const [pairName, example] of [["en-fr", "I love you"], ["en-zh", "I love China"]] as const) {
        const model = demoModel(choice, DEMO_SEED, pairName);
        const r = takeStep(model, learnPair(model, example, pairName).pair, 0.01);
        expect(r.ok && r.after < r.before, `${choice.cell} ${choice.variant} ${pairName}`).toBe(true);
      }
    }
  });

  it("takeStep with a huge η diverges with a reason and gives no weights; the model is untouched", () => {
    const model = demoModel(CHOICES[0]!, DEMO_SEED);
    const before = paramValues(model);
    const pair = corpusPair("en-fr", "I love you");
    const grown = takeStep(model, pair, 1e6);
    expect(grown.ok).toBe(false);
    if (!grown.ok) expect(grown.why.kind).toBe("lossExploded");
    const far = takeStep(model, pair, 1e308);
    expect(far.ok).toBe(false);
    expect(paramValues(model)).toEqual(before);
  });

  it("takeStep refuses a gradient that is not finite or whose norm explodes", () => {
    const model = demoModel(CHOICES[0]!, DEMO_SEED);
    const pair = corpusPair("en-fr", "I love you");
    const g = gradientsOf(model, pair);
    const withEntry = (value: number): Gradients => {
      const grads = Object.fromEntries(Object.entries(g.grads).map(([p, v]) => [p, Float64Array.from(v)]));
      grads["decoder.output.b_out"]![3] = value;
      return { loss: g.loss, grads, norm: Math.sqrt(g.norm ** 2 + value ** 2) };
    };
    const nan = takeStep(model, pair, 0.1, withEntry(Number.NaN));
    expect(nan.ok || nan.why.kind).toBe("gradientNotFinite");
    const huge = takeStep(model, pair, 0.1, withEntry(10 * EXPLODING_NORM));
    expect(huge.ok || huge.why).toEqual({ kind: "gradientExploding", norm: expect.closeTo(10 * EXPLODING_NORM, 0) });
    // η · g beyond the largest float: the weight itself would overflow.
    const overflow = takeStep(model, pair, 1e308, withEntry(10));
    expect(overflow.ok || overflow.why.kind).toBe("weightsNotFinite");
  });

  it("learningRateProblem(η) accepts only a finite number above 0", () => {
    expect([0.1, 1e-9, 1e6].map(learningRateProblem)).toEqual([null, null, null]);
    expect([0, -0.1].map(learningRateProblem)).toEqual(["notPositive", "notPositive"]);
    expect([Number.NaN, Number.POSITIVE_INFINITY].map(learningRateProblem)).toEqual(["notFinite", "notFinite"]);
  });
});

describe("num", () => {
  it("num(x) writes four decimals, or powers of ten for the very small and large, with the typographic minus", () => {
    expect([0.0827, -0.0031, 0, 3.1e-6, 4.51e6, Infinity, Number.NaN].map(num)).toEqual(["0.0827", "−0.0031", "0.0000", "3.10e−6", "4.51e+6", "∞", "NaN"]);
    expect([signed(-0.0036), signed(0.12)]).toEqual(["−0.0036", "+0.1200"]);
  });
});
