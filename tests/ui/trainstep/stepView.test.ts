// The training-step player's view of a trace: forward, loss, every node in the core's order and the
// update; every node's formula ids have a template that fills in the node's own numbers; numbers
// for TeX switch to scientific notation below 10⁻³.

import { describe, expect, it } from "vitest";
import { trainingStepTrace } from "../../../src/core/grad/backTrace.ts";
import { TRAINING_STEP_ID } from "../../../src/core/grad/backNodes.ts";
import { adam } from "../../../src/core/train/optimizers.ts";
import { forwardLines, lossLines, nodeLines, num, paramTex, updateLines, vecTex, viewSteps } from "../../../src/ui/trainstep/stepView.ts";
import { PAIRS, randomModel } from "../../core/grad/gradcheck.ts";
import type { CellKind } from "../../../src/core/model.ts";

const model = (cell: CellKind, variant: "attention" | "every-step", bidirectional = false) =>
  randomModel({
    encoder: { cell, hidden: 2, bidirectional, context: "last" },
    decoder: { cell, hidden: bidirectional ? 4 : 2, variant, init: "context", ...(variant === "attention" ? { attention: { score: "dot" as const, query: "previous" as const } } : {}) },
  });

describe("training-step view", () => {
  it.each<[string, ReturnType<typeof model>]>([
    ["RNN attention", model("rnn", "attention")],
    ["LSTM every step", model("lstm", "every-step")],
    ["GRU bidirectional attention", model("gru-reset-before", "attention", true)],
  ])("%s: the steps are forward, loss, the nodes, update; every id is a URL id; every node has lines with its numbers", (_, m) => {
    const st = trainingStepTrace(m, PAIRS[0]!, { kind: "sgd", learningRate: 0.1, momentum: 0 });
    const steps = viewSteps(st);
    expect(steps.map((s) => s.id)).toEqual(["forward", "loss", ...st.nodes.map((n) => n.id), "update"]);
    for (const s of steps) expect(TRAINING_STEP_ID.test(s.id), s.id).toBe(true);
    for (const node of st.nodes) {
      const lines = nodeLines(st.trace, node, { fromAbove: "from above" });
      expect(lines.length, node.id).toBeGreaterThan(0);
      // The first named vector's first entry appears in the lines (the template reads the node's numbers).
      const main = { output: "dz", attention: "dc", cell: "dh", context: "ds0" }[node.kind];
      const first = node.vectors.find((v) => v.name === main)!.value[0]!;
      expect(lines.join(" "), node.id).toContain(num(first));
    }
    expect(forwardLines(st)).toHaveLength(PAIRS[0]!.target.length + 1);
    expect(lossLines(st)[0]).toContain(num(st.loss));
    expect(updateLines(st).join(" ")).toContain(num(st.update.lossAfter));
  });

  it("Adam's update lines show m, v and the new θ of the weight that moved most", () => {
    const st = trainingStepTrace(model("rnn", "attention"), PAIRS[1]!, adam(0.01));
    const text = updateLines(st).join(" ");
    const b = st.update.biggest!;
    expect(text).toContain(num(b.m));
    expect(text).toContain(num(b.thetaNew));
  });

  it("num writes three significant digits, and scientific notation below 10⁻³ and from 10⁴", () => {
    expect(num(0.123456)).toBe("0.123");
    expect(num(-2.5e-6)).toBe("-2.5\\times10^{-6}");
    expect(num(12345)).toBe("1.23\\times10^{4}");
    expect(num(0)).toBe("0");
    expect(num(Infinity)).toBe("\\infty");
    expect(vecTex([1, 2, 3, 4, 5, 6])).toContain("\\dots");
  });
});

describe("paramTex(path)", () => {
  it("names a parameter in the lessons' symbols, with where it sits as a superscript", () => {
    expect(paramTex("encoder.weights.W_C")).toBe("W_{C}^{\\text{enc}}");
    expect(paramTex("decoder.weights.b_f")).toBe("b_{f}^{\\text{dec}}");
    expect(paramTex("decoder.output.W_out")).toBe("W_{\\text{out}}");
    expect(paramTex("decoder.attention.W_a")).toBe("W_{a}^{\\text{att}}");
    expect(paramTex("source.embeddings")).toBe("E^{\\text{src}}");
    expect(paramTex("encoder.backwardWeights.W_h")).toBe("W_{h}^{\\text{enc,}\\leftarrow}");
  });
});
