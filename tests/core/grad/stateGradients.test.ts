// stateGradients: the gradient reaching every encoder and decoder state, read from the same backward
// pass as the weights' gradients. Checked against central differences through the biases (a bias's
// gradient is the sum over steps of the state gradient times the local derivative), and the vanishing
// gradient of an RNN with small recurrent weights: ‖∂L/∂h_t‖ ≤ ‖W_h‖^{T−t} ‖∂L/∂h_T‖, a geometric decay.

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { lossAndGradients, lossOf, stateGradients } from "../../../src/core/grad/index.ts";
import type { CellKind, Seq2SeqModel } from "../../../src/core/model.ts";
import type { CellRecord } from "../../../src/core/cells/index.ts";
import type { DecoderStep, EncoderStep } from "../../../src/core/trace.ts";
import { forcedTrace, type Pair } from "../../../src/core/teacherForcing.ts";
import { paramValues, withParams } from "../../../src/core/train/params.ts";
import { centralDifference, PAIRS, randomModel, relativeError, TINY_VOCAB } from "./gradcheck.ts";

/** ∂L/∂b by central differences of the sentence's summed loss. */
function numericBias(model: Seq2SeqModel, pair: Pair, path: string): number[] {
  const values = paramValues(model);
  return Array.from(values[path]!, (_, i) =>
    centralDifference((delta) => {
      const moved = values[path]!.slice();
      moved[i]! += delta;
      return lossOf(withParams(model, { ...values, [path]: moved }), [pair], { reduction: "sentence" });
    }),
  );
}

/** Σ over the steps of `local(record, dh, dC)`, the bias's gradient assembled from the state gradients. */
function fromStates(steps: readonly (EncoderStep | DecoderStep)[], states: ReturnType<typeof stateGradients>["states"], local: (r: CellRecord, dh: Float64Array, dC: Float64Array | undefined, k: number) => number): number[] {
  const n = steps[0]!.cell.h_t.length;
  const out = new Array<number>(n).fill(0);
  for (const step of steps) {
    const g = states.get(step.id);
    expect(g, step.id).toBeDefined();
    for (let k = 0; k < n; k++) out[k]! += local(step.cell, g!.dh, g!.dC, k);
  }
  return out;
}

const config = (cell: CellKind, bidirectional = false) => ({
  encoder: { cell, hidden: 3, bidirectional, context: "last" as const },
  decoder: { cell, hidden: bidirectional ? 6 : 3, variant: "attention" as const, init: "context" as const, attention: { score: "general" as const, query: "previous" as const } },
});

function expectClose(analytic: number[], numeric: number[], what: string): void {
  analytic.forEach((a, i) => expect(relativeError(a, numeric[i]!), `${what}[${i}]: ${a} vs ${numeric[i]}`).toBeLessThan(1e-7));
}

describe("stateGradients", () => {
  it("the loss is the sentence's Σ −log p, and every encoder and decoder step has a state gradient", () => {
    const model = randomModel(config("lstm", true));
    const r = stateGradients(model, PAIRS[0]!);
    expect(r.loss).toBeCloseTo(lossOf(model, [PAIRS[0]!], { reduction: "sentence" }), 12);
    const ids = forcedTrace(model, PAIRS[0]!).steps.filter((s) => s.kind === "encoder" || s.kind === "decoder").map((s) => s.id);
    expect([...r.states.keys()].sort()).toEqual([...ids].sort());
    for (const g of r.states.values()) expect(g.dC).toBeInstanceOf(Float64Array);
  });

  it("stateGradients(model, pair).grads are lossAndGradients(model, [pair]) with the sentence reduction, entry for entry", () => {
    const model = randomModel(config("gru-reset-after"));
    const { grads } = stateGradients(model, PAIRS[1]!);
    const expected = lossAndGradients(model, [PAIRS[1]!], { reduction: "sentence" }).grads;
    expect(Object.keys(grads).sort()).toEqual(Object.keys(expected).sort());
    for (const [path, g] of Object.entries(expected)) expect(Array.from(grads[path]!), path).toEqual(Array.from(g));
  });

  it("RNN: Σ_t ∂L/∂h_t ⊙ (1 − h_t²) is ∂L/∂b of the encoder, and Σ_t' ∂L/∂s_t' ⊙ (1 − s_t'²) of the decoder (central differences)", () => {
    for (const pair of PAIRS) {
      const model = randomModel(config("rnn"));
      const { states } = stateGradients(model, pair);
      const steps = forcedTrace(model, pair).steps;
      const tanhLocal = (r: CellRecord, dh: Float64Array, _: unknown, k: number) => dh[k]! * (1 - r.h_t[k]! ** 2);
      expectClose(fromStates(steps.filter((s): s is EncoderStep => s.kind === "encoder"), states, tanhLocal), numericBias(model, pair, "encoder.weights.b"), "encoder b");
      expectClose(fromStates(steps.filter((s): s is DecoderStep => s.kind === "decoder"), states, tanhLocal), numericBias(model, pair, "decoder.weights.b"), "decoder b");
    }
  });

  it("LSTM: Σ_t ∂L/∂C_t ⊙ C_{t−1} ⊙ f(1 − f) is ∂L/∂b_f and Σ_t ∂L/∂h_t ⊙ tanh(C_t) ⊙ o(1 − o) is ∂L/∂b_o, in both directions (central differences)", () => {
    const model = randomModel(config("lstm", true));
    const pair = PAIRS[1]!;
    const { states } = stateGradients(model, pair);
    const steps = forcedTrace(model, pair).steps.filter((s): s is EncoderStep => s.kind === "encoder");
    const lstm = (r: CellRecord) => (r.kind === "lstm" ? r : undefined)!;
    const forget = (r: CellRecord, _: Float64Array, dC: Float64Array | undefined, k: number) => dC![k]! * lstm(r).C_prev[k]! * lstm(r).f_t[k]! * (1 - lstm(r).f_t[k]!);
    const output = (r: CellRecord, dh: Float64Array, _: unknown, k: number) => dh[k]! * Math.tanh(lstm(r).C_t[k]!) * lstm(r).o_t[k]! * (1 - lstm(r).o_t[k]!);
    for (const [dir, prefix] of [["forward", "encoder.weights"], ["backward", "encoder.backwardWeights"]] as const) {
      const mine = steps.filter((s) => s.direction === dir);
      expectClose(fromStates(mine, states, forget), numericBias(model, pair, `${prefix}.b_f`), `${dir} b_f`);
      expectClose(fromStates(mine, states, output), numericBias(model, pair, `${prefix}.b_o`), `${dir} b_o`);
    }
  });

  it("an RNN whose recurrent weights have norm ρ < 1 forgets geometrically: ‖∂L/∂h_t‖ ≤ ρ^{T−t} ‖∂L/∂h_T‖ over 20–40 steps (property over seeds)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000 }), fc.integer({ min: 20, max: 40 }), fc.double({ min: 0.2, max: 0.9, noNaN: true }), (seed, T, rho) => {
        const base = randomModel({ encoder: { cell: "rnn", hidden: 4, bidirectional: false, context: "last" }, decoder: { cell: "rnn", hidden: 4, variant: "initial", init: "context" } }, seed);
        const W = paramValues(base)["encoder.weights.W_h"]!;
        const norm = Math.hypot(...W);
        const model = withParams(base, { "encoder.weights.W_h": W.map((x) => (rho * x) / norm) });
        const source = Array.from({ length: T }, (_, t) => 3 + ((seed + t) % (TINY_VOCAB.length - 3)));
        const { states } = stateGradients(model, { source, target: [4, 5] });
        const sizes = Array.from({ length: T }, (_, t) => Math.hypot(...states.get(`enc.f.${t + 1}`)!.dh));
        for (let t = 0; t < T; t++) expect(sizes[t]!).toBeLessThanOrEqual(rho ** (T - 1 - t) * sizes[T - 1]! * (1 + 1e-12) + 1e-300);
        // Forty steps back at ρ ≤ 0.9 the first state's gradient is a small fraction of the last one's.
        expect(sizes[0]! / sizes[T - 1]!).toBeLessThanOrEqual(rho ** (T - 1) * (1 + 1e-12));
      }),
      { numRuns: 40 },
    );
  });
});
