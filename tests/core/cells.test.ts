// Hand-computed single-unit cases for every cell, and the gate invariants on random inputs.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { gruAfterStep, gruBeforeStep, lstmStep, rnnStep } from "../../src/core/cells/index.ts";
import { matFromRows, vec } from "../../src/core/tensor.ts";
import type { Params } from "../../src/core/model.ts";

const m = (rows: number[][]) => matFromRows(rows);
const h_prev = vec([0.5]);
const x_t = vec([2]);

describe("cells on hand-computed single-unit cases", () => {
  it("rnnStep computes tanh(W_h h + W_x x + b) = tanh(0.15 − 0.4 + 0.1)", () => {
    const r = rnnStep({ W_h: m([[0.3]]), W_x: m([[-0.2]]), b: vec([0.1]) }, h_prev, x_t);
    expect(r.h_t[0]).toBeCloseTo(-0.14888503362331798, 15);
  });

  it("lstmStep reads [h_{t-1}; x_t] with the state column first", () => {
    const w: Params = {
      W_f: m([[1, 0.5]]), b_f: vec([0]), // f = σ(0.5 + 1)
      W_i: m([[0, 1]]), b_i: vec([-1]), // i = σ(2 − 1)
      W_o: m([[2, 0]]), b_o: vec([0]), // o = σ(1)
      W_C: m([[0, 0.25]]), b_C: vec([0]), // C̃ = tanh(0.5)
    };
    const r = lstmStep(w, h_prev, vec([-1]), x_t);
    expect(r.f_t[0]).toBeCloseTo(1 / (1 + Math.exp(-1.5)), 15);
    expect(r.i_t[0]).toBeCloseTo(1 / (1 + Math.exp(-1)), 15);
    expect(r.Ctilde_t[0]).toBeCloseTo(Math.tanh(0.5), 15);
    expect(r.C_t[0]).toBeCloseTo(-0.4797397640466025, 15);
    expect(r.h_t[0]).toBeCloseTo(-0.3260778386815586, 15);
  });

  const gates = { W_z: m([[1, 0]]), b_z: vec([0]), W_r: m([[0, 1]]), b_r: vec([0]) };

  it("gruBeforeStep applies r_t to h_{t-1} before W_n", () => {
    const r = gruBeforeStep({ ...gates, W_n: m([[2, 0.5]]), b_n: vec([0]) }, h_prev, x_t);
    expect(r.z_t[0]).toBeCloseTo(0.6224593312018546, 15);
    expect(r.r_t[0]).toBeCloseTo(0.8807970779778823, 15);
    expect(r.n_t[0]).toBeCloseTo(0.9545629551086131, 15);
    expect(r.h_t[0]).toBeCloseTo(0.6716160020825672, 15);
  });

  it("gruAfterStep applies r_t to W_nh h_{t-1} + b_nh after the product", () => {
    const r = gruAfterStep({ ...gates, W_nx: m([[0.5]]), b_nx: vec([0]), W_nh: m([[2]]), b_nh: vec([0.1]) }, h_prev, x_t);
    expect(r.u_t![0]).toBeCloseTo(1.1, 15);
    expect(r.n_t[0]).toBeCloseTo(0.9617614384848178, 15);
    expect(r.h_t[0]).toBeCloseTo(0.6743337223107517, 15);
  });

  it("lstmStep and gru steps never write to their inputs", () => {
    const h = vec([0.5]);
    const C = vec([-1]);
    const x = vec([2]);
    lstmStep({ W_f: m([[1, 1]]), b_f: vec([0]), W_i: m([[1, 1]]), b_i: vec([0]), W_o: m([[1, 1]]), b_o: vec([0]), W_C: m([[1, 1]]), b_C: vec([0]) }, h, C, x);
    gruBeforeStep({ ...gates, W_n: m([[1, 1]]), b_n: vec([0]) }, h, x);
    expect([h[0], C[0], x[0]]).toEqual([0.5, -1, 2]);
  });
});

describe("cell invariants", () => {
  it("lstmStep saturates instead of failing when W x overflows float64 (1e300 · 1e300 with mixed signs)", () => {
    const W = matFromRows([[0, 1e300, -1e300]]);
    const b = vec([0]);
    const r = lstmStep({ W_f: W, b_f: b, W_i: W, b_i: b, W_o: W, b_o: b, W_C: W, b_C: b }, vec([0]), vec([0]), vec([1e300, -1e300]));
    // The exact pre-activation is +2e600: every gate is 1, C̃ = 1, C = 1, h = tanh(1).
    expect(Array.from([r.f_t[0], r.i_t[0], r.o_t[0], r.Ctilde_t[0], r.C_t[0]])).toEqual([1, 1, 1, 1, 1]);
    expect(r.h_t[0]).toBe(Math.tanh(1));
  });

  const n = 3;
  const d = 2;
  const arb = (len: number, lim: number) => fc.array(fc.double({ min: -lim, max: lim, noNaN: true }), { minLength: len, maxLength: len });
  const matArb = (rows: number, cols: number, lim: number) => arb(rows * cols, lim).map((a) => ({ rows, cols, data: Float64Array.from(a) }));

  it("lstmStep keeps every gate in [0, 1], C̃ and h_t in [−1, 1], for weights up to ±1e300", () => {
    fc.assert(
      fc.property(matArb(n, n + d, 1e300), matArb(n, n + d, 1e3), arb(n, 1), arb(d, 1e300), (W, W2, h, x) => {
        const b = new Float64Array(n);
        const r = lstmStep({ W_f: W, b_f: b, W_i: W2, b_i: b, W_o: W, b_o: b, W_C: W2, b_C: b }, Float64Array.from(h), new Float64Array(n), Float64Array.from(x));
        for (const g of [r.f_t, r.i_t, r.o_t]) for (const v of g) expect(v >= 0 && v <= 1).toBe(true);
        for (const v of [...r.Ctilde_t, ...r.h_t]) expect(v >= -1 && v <= 1).toBe(true);
        for (const v of r.C_t) expect(Number.isFinite(v)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it("gruAfterStep and gruBeforeStep keep z_t, r_t in [0, 1] and h_t between ñ_t and h_{t-1}", () => {
    fc.assert(
      fc.property(matArb(n, n + d, 50), arb(n, 1), arb(d, 10), (W, h, x) => {
        const b = new Float64Array(n);
        const hp = Float64Array.from(h);
        const common = { W_z: W, b_z: b, W_r: W, b_r: b };
        const after = gruAfterStep({ ...common, W_nx: { rows: n, cols: d, data: W.data.slice(0, n * d) }, b_nx: b, W_nh: { rows: n, cols: n, data: W.data.slice(0, n * n) }, b_nh: b }, hp, Float64Array.from(x));
        const before = gruBeforeStep({ ...common, W_n: W, b_n: b }, hp, Float64Array.from(x));
        for (const r of [after, before]) {
          for (let k = 0; k < n; k++) {
            expect(r.z_t[k]! >= 0 && r.z_t[k]! <= 1 && r.r_t[k]! >= 0 && r.r_t[k]! <= 1).toBe(true);
            const lo = Math.min(r.n_t[k]!, hp[k]!) - 1e-15;
            const hi = Math.max(r.n_t[k]!, hp[k]!) + 1e-15;
            expect(r.h_t[k]! >= lo && r.h_t[k]! <= hi).toBe(true);
          }
        }
      }),
      { numRuns: 200 },
    );
  });
});
