// Gradient norms per parameter group, as the training page charts them.

import { describe, expect, it } from "vitest";
import { adam, groupNorms, initTraining, paramGroup, PARAM_GROUPS, recurrentLearner, trainStep } from "../../../src/core/train/index.ts";
import { PAIRS, randomModel } from "../grad/gradcheck.ts";

describe("groupNorms", () => {
  it("paramGroup sorts every recurrent parameter path into its group", () => {
    expect(paramGroup("source.embeddings")).toBe("embeddings");
    expect(paramGroup("target.embeddings")).toBe("embeddings");
    expect(paramGroup("encoder.weights.W_h")).toBe("encoder");
    expect(paramGroup("encoder.backwardWeights.b_f")).toBe("encoder");
    expect(paramGroup("decoder.attention.weights.W_a")).toBe("attention");
    expect(paramGroup("decoder.weights.W_z")).toBe("decoder");
    expect(paramGroup("decoder.output.W_out")).toBe("output");
  });

  it("groupNorms(g) is each group's ‖g‖₂, by hand: (3, 4) → 5, (1, 2, 2) → 3, absent groups 0", () => {
    const g = { "encoder.weights.W_h": Float64Array.of(3), "encoder.weights.b": Float64Array.of(4), "decoder.output.W_out": Float64Array.of(1, 2, 2) };
    expect(groupNorms(g)).toEqual({ embeddings: 0, encoder: 5, attention: 0, decoder: 0, output: 3 });
  });

  it("a training step reports each group's norm before clipping, and their squares add up to the whole norm's", () => {
    const model = randomModel({ encoder: { cell: "gru-reset-after", hidden: 3, bidirectional: true, context: "last" }, decoder: { cell: "gru-reset-after", hidden: 6, variant: "attention", init: "context", attention: { score: "additive", query: "current" } } });
    const { report } = trainStep(recurrentLearner, initTraining(recurrentLearner, model, { seed: 1, batchSize: 2, optimizer: adam(0.01), clipNorm: 1e-3 }), PAIRS);
    expect(report.clipped).toBe(true);
    for (const group of PARAM_GROUPS) expect(report.groupNorms[group], group).toBeGreaterThan(0);
    const squares = PARAM_GROUPS.reduce((s, k) => s + report.groupNorms[k] ** 2, 0);
    expect(Math.sqrt(squares)).toBeCloseTo(report.gradNorm, 12);
    expect(report.gradNorm).toBeGreaterThan(1e-3);
  });
});
