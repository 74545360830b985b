import { describe, expect, it } from "vitest";
import { divergenceText, rateProblem } from "../../../src/ui/editor/stepWords.ts";
import { learnStepEn, learnStepZh } from "../../../src/ui/i18n/learnStep.ts";

describe("the step panel's words", () => {
  it("divergenceText(why, before, η) names the reason and the learning rate, in English and Chinese", () => {
    const cases = [
      [{ kind: "lossNotFinite", loss: Infinity }, "Not taken: the loss became ∞ after the step: the learning rate 1e6 is too large.", "没有走这一步：走完后损失变成了 ∞：学习率 1e6 太大了。"],
      [{ kind: "lossNotFinite", loss: Number.NaN }, "Not taken: the loss became NaN after the step: the learning rate 1e6 is too large.", "没有走这一步：走完后损失变成了 NaN：学习率 1e6 太大了。"],
      [{ kind: "weightsNotFinite" }, "Not taken: a weight became ∞ after the step: the learning rate 1e6 is too large.", "没有走这一步：走完后有权重变成了 ∞：学习率 1e6 太大了。"],
      [{ kind: "gradientExploding", norm: 3.2e7 }, "Not taken: the gradient is exploding (‖∂L/∂θ‖ = 3.20e+7, above 1.00e+6).", "没有走这一步：梯度爆炸了（‖∂L/∂θ‖ = 3.20e+7，超过 1.00e+6）。"],
      [{ kind: "gradientNotFinite" }, "Not taken: the gradient is not a finite number (NaN or ∞), so no step can follow it.", "没有走这一步：梯度不是有限的数（NaN 或 ∞），无法沿它走。"],
      [{ kind: "lossExploded", loss: 4.51e6 }, "Not taken: the loss would grow from 0.6441 to 4.51e+6, more than a hundredfold: the learning rate 1e6 is too large.", "没有走这一步：损失会从 0.6441 增长到 4.51e+6，超过一百倍：学习率 1e6 太大了。"],
    ] as const;
    for (const [why, en, zh] of cases) {
      expect(divergenceText(why, 0.6441, "1e6", learnStepEn)).toBe(en);
      expect(divergenceText(why, 0.6441, "1e6", learnStepZh)).toBe(zh);
    }
  });

  it("rateProblem(text) accepts a decimal above 0 and refuses the rest with a reason", () => {
    expect(rateProblem(" 0.1 ", learnStepEn)).toEqual({ eta: 0.1 });
    expect(rateProblem("1e-3", learnStepEn)).toEqual({ eta: 0.001 });
    expect(rateProblem("", learnStepEn)).toEqual({ problem: learnStepEn.rateEmpty });
    expect(rateProblem("abc", learnStepEn)).toEqual({ problem: learnStepEn.rateNotNumber("abc") });
    expect(rateProblem("NaN", learnStepZh)).toEqual({ problem: learnStepZh.rateNotNumber("NaN") });
    expect(rateProblem("−0.5", learnStepEn)).toEqual({ problem: learnStepEn.rateNotPositive("-0.5") });
    expect(rateProblem("0", learnStepEn)).toEqual({ problem: learnStepEn.rateNotPositive("0") });
    expect(rateProblem("1e999", learnStepEn)).toEqual({ problem: learnStepEn.rateNotFinite("1e999") });
  });
});
