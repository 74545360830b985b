// The beam player's logic without a DOM: the cursor over (step, phase), the candidates a tree draws,
// what each shows at a cursor, the tree as a Scene, and the formulas' numbers, all checked against a
// beam search run here on the demo model.
import { describe, expect, it } from "vitest";
import { beamSearch } from "../../../src/core/beam.ts";
import { recurrentStepper } from "../../../src/core/stepper.ts";
import { tokenize } from "../../../src/core/tokenizer.ts";
import { demoModel } from "../../../src/model/defaults.ts";
import { en } from "../../../src/ui/i18n/en.ts";
import { beamFormulas, wordLogProbs } from "../../../src/ui/player/beam/beamFormulas.ts";
import { beamTreeScene, firstColumn, STATUS_MARK } from "../../../src/ui/player/beam/beamLayout.ts";
import { currentHypothesis, cursorAt, cursorCount, hiddenCount, PRUNED_SHOWN, runBeam, scoreShown, shownCandidates, shownStatus } from "../../../src/ui/player/beam/beamView.ts";
import { DEMO_SEED } from "../../../src/model/defaults.ts";
import { DEFAULT_PLAYER } from "../../../src/ui/playerStore.ts";

const model = demoModel(DEFAULT_PLAYER.choice, DEMO_SEED);
const sentence = "I love you";
const result = runBeam(model, sentence, { width: 3, alpha: 0.6 })!;
const words = { step: (t: number) => `t=${t}`, more: (n: number) => `+${n}`, score: "score" };

describe("runBeam", () => {
  it("runBeam(model, sentence, K and α) is the core's beamSearch on the sentence's tokens", () => {
    const direct = beamSearch(recurrentStepper(model, tokenize(sentence, model.source.vocab)), { width: 3, alpha: 0.6 });
    expect(result.best.ids).toEqual(direct.best.ids);
    expect(result.best.score).toBe(direct.best.score);
    expect(result.steps.length).toBe(direct.steps.length);
  });

  it("runBeam with K above the vocabulary searches with K = V, and returns null for a sentence without words", () => {
    const V = model.target.vocab.length;
    expect(runBeam(model, sentence, { width: V + 5, alpha: 0 })!.width).toBe(V);
    expect(runBeam(model, "   ", { width: 2, alpha: 0 })).toBeNull();
  });
});

describe("the cursor", () => {
  it("cursorAt(result, i) walks expand, score, prune of step 1, then of step 2, and stays inside the search", () => {
    expect(cursorCount(result)).toBe(3 * result.steps.length);
    expect([0, 1, 2, 3].map((i) => cursorAt(result, i))).toEqual([
      { t: 1, phase: "expand" },
      { t: 1, phase: "score" },
      { t: 1, phase: "prune" },
      { t: 2, phase: "expand" },
    ]);
    expect(cursorAt(result, 10_000)).toEqual({ t: result.steps.length, phase: "prune" });
    expect(cursorAt(result, -4)).toEqual({ t: 1, phase: "expand" });
  });

  it("shownStatus and scoreShown hide a step's statuses until its prune and its scores until its score phase", () => {
    const hyp = result.steps[0]!.hypotheses[0]!;
    expect(shownStatus(hyp, 1, { t: 1, phase: "expand" })).toBe("candidate");
    expect(shownStatus(hyp, 1, { t: 1, phase: "score" })).toBe("candidate");
    expect(shownStatus(hyp, 1, { t: 1, phase: "prune" })).toBe(hyp.status);
    expect(shownStatus(hyp, 1, { t: 2, phase: "expand" })).toBe(hyp.status);
    expect(scoreShown(1, { t: 1, phase: "expand" })).toBe(false);
    expect(scoreShown(1, { t: 1, phase: "score" })).toBe(true);
  });

  it("currentHypothesis is the step's best candidate, and after the last prune the search's best", () => {
    expect(currentHypothesis(result, { t: 2, phase: "score" })).toBe(result.steps[1]!.hypotheses[0]);
    expect(currentHypothesis(result, { t: result.steps.length, phase: "prune" })).toBe(result.best);
  });
});

describe("the tree", () => {
  it("shownCandidates(step, K) draws every kept and finished candidate and the best PRUNED_SHOWN pruned ones, and hiddenCount the rest", () => {
    for (const step of result.steps) {
      const shown = shownCandidates(step, 3);
      expect(shown.filter((c) => c.hyp.status === "pruned")).toHaveLength(PRUNED_SHOWN);
      expect(shown.filter((c) => c.hyp.status !== "pruned").length).toBe(step.hypotheses.filter((h) => h.status !== "pruned").length);
      expect(shown.length + hiddenCount(step, 3)).toBe(step.hypotheses.length);
    }
  });

  it("beamTreeScene draws nodes up to the cursor's step only, and marks each status with its own sign", () => {
    const atStep2 = beamTreeScene(result, { t: 2, phase: "prune" }, words);
    const nodes = atStep2.rects.filter((r) => r.key.startsWith("node:"));
    expect(nodes).toHaveLength(2 * (3 + PRUNED_SHOWN));
    const marks = atStep2.texts.filter((t) => t.key.startsWith("w:")).map((t) => t.text.split(" ")[0]);
    expect(marks.filter((m) => m === STATUS_MARK.pruned)).toHaveLength(2 * PRUNED_SHOWN);
    expect(new Set(Object.values(STATUS_MARK).filter(Boolean)).size).toBe(3);
    const expanding = beamTreeScene(result, { t: 2, phase: "expand" }, words);
    const scoresOfStep = (n: number) => expanding.texts.filter((t) => /^(LP|s):/u.test(t.key) && t.key.split(".").length === n);
    expect(scoresOfStep(1)).toHaveLength(2 * (3 + PRUNED_SHOWN));
    expect(scoresOfStep(2)).toHaveLength(0);
  });

  it("beamTreeScene joins each drawn candidate after step 1 to the kept hypothesis it extends", () => {
    const scene = beamTreeScene(result, { t: 3, phase: "prune" }, words);
    const edges = scene.lines.filter((l) => l.key.startsWith("edge:"));
    expect(edges).toHaveLength(scene.rects.filter((r) => r.key.startsWith("node:")).length);
  });
});

describe("the presented tree", () => {
  it("firstColumn keeps a window of steps that holds the cursor's and is full whenever the search is long enough", () => {
    expect(firstColumn(12, 1, 4)).toBe(1);
    expect(firstColumn(12, 4, 4)).toBe(1);
    expect(firstColumn(12, 5, 4)).toBe(2);
    expect(firstColumn(12, 12, 4)).toBe(9);
    expect(firstColumn(3, 3, 4)).toBe(1);
    expect(firstColumn(12, 7)).toBe(1);
  });

  it("beamTreeScene with columns = 2 and one pruned candidate draws the cursor's step and the one before, without the root", () => {
    const t = result.steps.length;
    const scene = beamTreeScene(result, { t, phase: "prune" }, words, { pruned: 1, columns: 2 });
    const heads = scene.texts.filter((x) => x.key.startsWith("head:")).map((x) => x.text);
    expect(heads).toEqual([`t=${t - 1}`, `t=${t}`]);
    expect(scene.rects.some((r) => r.key === "root")).toBe(t <= 2);
    expect(scene.rects.filter((r) => r.key.startsWith("node:"))).toHaveLength(2 * (3 + 1));
  });
});

describe("beamFormulas", () => {
  it("the score phase sums log p of the hypothesis's words to its log P and divides by n^α", () => {
    const [sum, score] = beamFormulas(result, { t: 2, phase: "score" }, en.beam);
    const hyp = result.steps[1]!.hypotheses[0]!;
    const terms = Object.entries(sum!.values).filter(([k]) => k.startsWith("lp")).map(([, v]) => v as number);
    expect(terms).toEqual(wordLogProbs(result, hyp));
    expect(terms.reduce((a, b) => a + b, 0)).toBeCloseTo(hyp.logProb, 12);
    expect(score!.values.score).toBeCloseTo((hyp.logProb as number) / Math.pow(2, 0.6), 12);
    expect(score!.tex).toContain("2^{0.6}");
  });

  it("the prune phase names the log P of the K-th candidate, below which candidates are pruned", () => {
    const lines = beamFormulas(result, { t: 1, phase: "prune" }, en.beam);
    const prune = lines.find((l) => l.key.endsWith("prune"))!;
    expect(prune.values.threshold).toBe(result.steps[0]!.hypotheses[2]!.logProb);
    expect(prune.caption).toBe(en.beam.pruneCaption(result.steps[0]!.kept.length, 0, result.steps[0]!.hypotheses.length - result.steps[0]!.kept.length));
  });

  it("the expand phase counts K × V candidates and gives log p of the best one's word", () => {
    const [count, logp] = beamFormulas(result, { t: 2, phase: "expand" }, en.beam);
    expect(count!.tex).toContain(`= ${result.steps[1]!.hypotheses.length}`);
    expect(logp!.values.lp).toBe(result.steps[1]!.hypotheses[0]!.tokenLogProb);
  });
});
