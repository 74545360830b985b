// gradientFlow: lesson 20's reversal task, its three seeded models, the recurrent scale and the norms
// the chart shows. The property: with a small recurrent scale an RNN's ‖∂L/∂h_t‖ shrinks at every step
// back over the far half of the source (t = 1 … T/2), for any seed and length; the LSTM, whose forget
// gate starts open, keeps far more of it.

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { stateGradients } from "../../src/core/grad/loss.ts";
import { clipGradients, gradNorm } from "../../src/core/train/clip.ts";
import { paramValues } from "../../src/core/train/params.ts";
import { FLOW_CELLS, FLOW_WIDTH, flowModel, gradientFlow, recurrentColumns, reversalPair, scaleRecurrent } from "../../src/model/gradientFlow.ts";

describe("reversalPair", () => {
  it("reversalPair(T, seed) draws T symbols (no special token) and targets them reversed; same seed, same pair", () => {
    const pair = reversalPair(30, 7);
    expect(pair.source).toHaveLength(30);
    expect(pair.source.every((id) => id >= 3)).toBe(true);
    expect(pair.target).toEqual([...pair.source].reverse());
    expect(reversalPair(30, 7)).toEqual(pair);
    expect(reversalPair(30, 8).source).not.toEqual(pair.source);
    expect(() => reversalPair(0)).toThrow(RangeError);
  });
});

describe("scaleRecurrent", () => {
  it("scaleRecurrent(model, k) multiplies exactly the columns acting on h_{t−1}, in encoder and decoder, and nothing else", () => {
    for (const cell of ["rnn", "lstm", "gru-reset-before", "gru-reset-after"] as const) {
      const model = flowModel(cell, 3);
      const before = paramValues(model);
      const after = paramValues(scaleRecurrent(model, 2.5));
      for (const [path, old] of Object.entries(before)) {
        const [side, , name] = path.split(".");
        const cols = side === "encoder" || side === "decoder" ? recurrentColumns(cell, FLOW_WIDTH)[name!] : undefined;
        const width = old.length / FLOW_WIDTH;
        old.forEach((x, i) => expect(after[path]![i], `${path}[${i}]`).toBe(cols !== undefined && path.includes(".weights.") && i % width < cols ? 2.5 * x : x));
      }
      // The recurrent matrices are among those scaled: W_h, W_nh or the gates' first n columns.
      expect(Object.keys(recurrentColumns(cell, FLOW_WIDTH)).length).toBeGreaterThan(0);
    }
  });
});

describe("gradientFlow", () => {
  it("an RNN with recurrent scale ≤ 0.5 loses gradient at every step back over the far half: ‖∂L/∂h_t‖ < ‖∂L/∂h_{t+1}‖ for t < T/2 (property over seeds and lengths)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100_000 }), fc.integer({ min: 20, max: 40 }), fc.double({ min: 0.1, max: 0.5, noNaN: true }), (seed, T, k) => {
        const pair = reversalPair(T, seed);
        const { norms } = gradientFlow(scaleRecurrent(flowModel("rnn", seed), k), pair);
        for (let t = 1; t < T / 2; t++) expect(norms[t - 1]! / norms[t]!, `t = ${t}`).toBeLessThan(1);
        // Geometric, not merely decreasing: over the far half the gradient falls by orders of magnitude.
        expect(norms[0]! / norms[Math.floor(T / 2)]!).toBeLessThan(1e-3);
      }),
      { numRuns: 12 },
    );
  });

  it("at scale 1 the RNN's first-step gradient is a tiny fraction of the last one's while the LSTM's and the GRU's keep more than 1 %, for several seeds", () => {
    for (const seed of [1, 20, 333]) {
      const pair = reversalPair(30, seed);
      const [rnn, lstm, gru] = FLOW_CELLS.map((cell) => gradientFlow(flowModel(cell, seed), pair));
      expect(rnn!.ratio).toBeLessThan(1e-3);
      expect(lstm!.ratio).toBeGreaterThan(1e-2);
      expect(gru!.ratio).toBeGreaterThan(1e-2);
    }
  });

  it("the RNN's curve turns between scales 1.6 and 2.2, where lesson 20 says 'above about 2 it climbs': ‖∂L/∂h₁‖ / ‖∂L/∂h_T‖ < 1 at 1.6, > 1 at 2.2", () => {
    const pair = reversalPair();
    expect(gradientFlow(scaleRecurrent(flowModel("rnn"), 1.6), pair).ratio).toBeLessThan(1);
    expect(gradientFlow(scaleRecurrent(flowModel("rnn"), 2.2), pair).ratio).toBeGreaterThan(1);
  });

  it("at scale 3 the RNN's gradient explodes: ‖∂L/∂h₁‖ exceeds ‖∂L/∂h_T‖ and the global norm is orders above scale 1's", () => {
    const pair = reversalPair();
    const calm = gradientFlow(flowModel("rnn"), pair);
    const wild = gradientFlow(scaleRecurrent(flowModel("rnn"), 3), pair);
    expect(wild.ratio).toBeGreaterThan(1);
    expect(wild.gradNorm / calm.gradNorm).toBeGreaterThan(1e3);
  });

  it("gradientFlow(model, pair, maxNorm) reports the core's state gradients and the norm before and after clipGradients", () => {
    const pair = reversalPair();
    const model = scaleRecurrent(flowModel("lstm"), 2);
    const r = gradientFlow(model, pair, 5);
    const core = stateGradients(model, pair);
    expect(r.loss).toBe(core.loss);
    r.norms.forEach((v, t) => expect(v).toBe(Math.hypot(...core.states.get(`enc.f.${t + 1}`)!.dh)));
    expect(r.ratio).toBe(r.norms[0]! / r.norms[29]!);
    expect(r.gradNorm).toBe(gradNorm(core.grads));
    const clipped = clipGradients(core.grads, 5);
    expect(r.clip).toEqual({ maxNorm: 5, after: gradNorm(clipped.grads), clipped: clipped.clipped });
    expect(r.clip!.clipped).toBe(r.gradNorm > 5);
    expect(r.clip!.after).toBeCloseTo(Math.min(5, r.gradNorm), 9);
    expect(gradientFlow(model, pair).clip).toBeUndefined();
  });
});
