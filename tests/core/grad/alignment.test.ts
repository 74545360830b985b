// Guided alignment: lossAndGradients with alignmentWeight λ differentiates loss + λ · mean(−log α_{t'a})
// for every score and query, and leaves the gradients alone when λ is 0 or a pair names no alignment.

import { describe, expect, it } from "vitest";
import { lossAndGradients, lossOf } from "../../../src/core/grad/index.ts";
import { decoderSteps, forcedTrace, type Pair } from "../../../src/core/teacherForcing.ts";
import { logSoftmax } from "../../../src/core/activations.ts";
import { SCORE_KINDS, type Seq2SeqModel } from "../../../src/core/model.ts";
import { checkGradients, PAIRS, randomModel } from "./gradcheck.ts";

const LAMBDA = 0.7;
/** PAIRS with a source index for each target token; −1 leaves a token unguided. */
const ALIGNED: Pair[] = PAIRS.map((p, i) => ({ ...p, alignment: p.target.map((_, k) => (i === 1 && k === 0 ? -1 : (k + i) % p.source.length)) }));

/** The mean −log α_{t'a} per target token (with <eos>), computed from forward traces. */
function alignmentLoss(model: Seq2SeqModel, pairs: readonly Pair[]): number {
  let sum = 0;
  let tokens = 0;
  for (const pair of pairs) {
    tokens += pair.target.length + 1;
    decoderSteps(forcedTrace(model, pair)).forEach((step, k) => {
      const a = pair.alignment?.[k];
      if (a !== undefined && a >= 0) sum -= logSoftmax(step.attention!.e)[a]!;
    });
  }
  return sum / tokens;
}

function attentionModel(score: (typeof SCORE_KINDS)[number], query: "previous" | "current", bidirectional = false): Seq2SeqModel {
  const n = 3;
  return randomModel({
    encoder: { cell: "gru-reset-after", hidden: n, bidirectional, context: "last" },
    decoder: { cell: "gru-reset-after", hidden: bidirectional ? 2 * n : n, variant: "attention", init: "context", attention: { score, query } },
  });
}

describe("lossAndGradients with guided alignment", () => {
  for (const score of SCORE_KINDS) {
    for (const query of ["previous", "current"] as const) {
      it(`lossAndGradients(model, aligned pairs, { alignmentWeight: ${LAMBDA} }) matches central differences of loss + λ·alignment loss for the ${score} score, ${query} query`, () => {
        const model = attentionModel(score, query, score === "general");
        const r = lossAndGradients(model, ALIGNED, { alignmentWeight: LAMBDA });
        expect(r.loss).toBe(lossOf(model, ALIGNED));
        expect(r.alignmentLoss).toBeCloseTo(alignmentLoss(model, ALIGNED), 12);
        expect(r.alignmentLoss).toBeGreaterThan(0);
        const result = checkGradients(model, r.grads, (m) => lossOf(m, ALIGNED) + LAMBDA * alignmentLoss(m, ALIGNED), 6);
        expect(result.worst, result.where).toBeLessThanOrEqual(1e-6);
      });
    }
  }

  it("lossAndGradients(model, aligned pairs) gives the unguided gradients bit for bit when λ is 0 or the pairs carry no alignment", () => {
    const model = attentionModel("additive", "previous");
    const plain = lossAndGradients(model, PAIRS);
    for (const r of [lossAndGradients(model, ALIGNED), lossAndGradients(model, PAIRS, { alignmentWeight: LAMBDA })]) {
      expect(r.alignmentLoss).toBe(0);
      for (const path of Object.keys(plain.grads)) expect(Array.from(r.grads[path]!), path).toEqual(Array.from(plain.grads[path]!));
    }
    const guided = lossAndGradients(model, ALIGNED, { alignmentWeight: LAMBDA });
    expect(Array.from(guided.grads["decoder.attention.weights.v"]!)).not.toEqual(Array.from(plain.grads["decoder.attention.weights.v"]!));
  });

  it("lossAndGradients(model, pairs, { alignmentWeight: −1 }) throws a RangeError", () => {
    expect(() => lossAndGradients(attentionModel("dot", "current"), ALIGNED, { alignmentWeight: -1 })).toThrow(RangeError);
  });
});
