// The training-step picture: every node of the backward pass has a box, at the update every edge
// the core reports (with a non-zero gradient) is drawn once, and only the current node is marked
// as current; for a bidirectional LSTM too.

import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { trainingStepTrace } from "../../../src/core/grad/backTrace.ts";
import type { CellKind } from "../../../src/core/model.ts";
import { BackPicture } from "../../../src/ui/trainstep/BackPicture.tsx";
import { viewSteps } from "../../../src/ui/trainstep/stepView.ts";
import { PAIRS, randomModel } from "../../core/grad/gradcheck.ts";

const model = (cell: CellKind, bidirectional: boolean, variant: "attention" | "every-step") =>
  randomModel({
    encoder: { cell, hidden: 2, bidirectional, context: bidirectional ? "final" : "last" },
    decoder: { cell, hidden: bidirectional ? 4 : 2, variant, init: "context", ...(variant === "attention" ? { attention: { score: "general" as const, query: "previous" as const } } : {}) },
  });

describe("BackPicture", () => {
  it.each([
    ["RNN, attention", model("rnn", false, "attention")],
    ["LSTM, bidirectional, attention", model("lstm", true, "attention")],
    ["GRU, every step", model("gru-reset-after", false, "every-step")],
  ] as const)("%s: a box per node, every edge drawn at the update, one current node", (_, m) => {
    const st = trainingStepTrace(m, PAIRS[1]!, { kind: "sgd", learningRate: 0.1, momentum: 0 });
    const steps = viewSteps(st);
    const html = (index: number) => renderToStaticMarkup(createElement(BackPicture, { st, steps, index, label: "picture" }));
    const last = html(steps.length - 1);
    const boxes = (last.match(/<g class="ts-node/gu) ?? []).length;
    expect(boxes).toBe(st.nodes.length);
    const edges = st.nodes.flatMap((n) => n.sends.filter((e) => e.norm > 0));
    expect((last.match(/<path class="ts-edge/gu) ?? []).length).toBe(edges.length);
    expect(last).not.toContain("ts-now");
    const at = steps.findIndex((s) => s.kind === "cell");
    const mid = html(at);
    expect((mid.match(/ts-node ts-now/gu) ?? []).length).toBe(1);
    // Up to a node, only the visited nodes' edges are drawn, the current one's in the accent class.
    const visited = st.nodes.slice(0, at - 1).flatMap((n) => n.sends.filter((e) => e.norm > 0));
    expect((mid.match(/<path class="ts-edge/gu) ?? []).length).toBe(visited.length);
    expect((mid.match(/ts-edge-now/gu) ?? []).length).toBe(steps[at]!.node!.sends.filter((e) => e.norm > 0).length);
  });
});
