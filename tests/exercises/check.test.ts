import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { KINDS, diagnose, generate, slotSeed, TOLERANCE, within, type SlipId } from "../../src/exercises/index.ts";

const seeds = fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 });
const RUNS = 200;

describe.each(Object.values(KINDS))("exercise kind $id", (kind) => {
  it("accepts the core's answer and its 3-decimal rounding, refuses values outside the tolerance", () => {
    fc.assert(
      fc.property(seeds, (seed) => {
        const p = generate(kind, seed);
        const a = p.solution.answer;
        expect(Number.isFinite(a)).toBe(true);
        expect(diagnose(a, kind, p.inputs)).toEqual({ verdict: "correct" });
        if (kind.exact) {
          expect(Number.isInteger(a)).toBe(true);
          expect(diagnose(a + 1, kind, p.inputs).verdict).not.toBe("correct");
          expect(diagnose(a - 0.5, kind, p.inputs).verdict).not.toBe("correct");
        } else {
          expect(diagnose(Number(a.toFixed(3)), kind, p.inputs)).toEqual({ verdict: "correct" });
          const off = 2 * TOLERANCE * Math.max(1, Math.abs(a));
          expect(diagnose(a + off, kind, p.inputs).verdict).not.toBe("correct");
          expect(diagnose(a - off, kind, p.inputs).verdict).not.toBe("correct");
        }
      }),
      { numRuns: RUNS },
    );
  });

  it("names each slip its value shows, and leaves out (explicitly) slips that coincide with the answer or each other", () => {
    const present = new Map<SlipId, number>(kind.slips.map((s) => [s, 0]));
    fc.assert(
      fc.property(seeds, (seed) => {
        const p = generate(kind, seed);
        const shown = Object.keys(p.solution.slips) as SlipId[];
        // Every slip of the kind is either diagnosable or listed as indistinct, never both.
        for (const slip of shown) expect(p.indistinct).not.toContain(slip);
        for (const slip of p.indistinct) expect(kind.slips).toContain(slip);
        for (const slip of shown) {
          present.set(slip, present.get(slip)! + 1);
          const v = p.solution.slips[slip]!;
          expect(within(v, p.solution.answer, kind.exact)).toBe(false);
          expect(diagnose(v, kind, p.inputs)).toEqual({ verdict: "slip", slip });
          if (!kind.exact) expect(diagnose(Number(v.toFixed(3)), kind, p.inputs)).toEqual({ verdict: "slip", slip });
        }
      }),
      { numRuns: RUNS },
    );
    // No slip is left out so often that its diagnosis goes untested.
    for (const [slip, n] of present) expect(n, `${kind.id}: ${slip} diagnosable in ${n} of ${RUNS} seeds`).toBeGreaterThan(RUNS / 5);
  });

  it("is a function of the seed", () => {
    fc.assert(
      fc.property(seeds, (seed) => {
        expect(generate(kind, seed).inputs).toEqual(generate(kind, seed).inputs);
      }),
      { numRuns: 20 },
    );
  });
});

describe("exercise seeds", () => {
  it("gives different slots of one seed different numbers", () => {
    const a = generate(KINDS["rnn.h"]!, slotSeed(42, 0)).inputs;
    const b = generate(KINDS["rnn.h"]!, slotSeed(42, 1)).inputs;
    expect(a).not.toEqual(b);
  });

  it("checks against the formulas on numbers worked by hand", () => {
    // h_t = tanh(W_h h + W_x x + b) with W_h = I, W_x = 0, b = (0.5, 0): tanh(0.2 + 0.5).
    const rnn = KINDS["rnn.h"]!;
    const inputs = { W_h: [[1, 0], [0, 1]], W_x: [[0, 0], [0, 0]], b: [0.5, 0], h_prev: [0.2, 0.1], x: [0.3, 0.4], k: 0 };
    expect(diagnose(Math.tanh(0.7), rnn, inputs)).toEqual({ verdict: "correct" });
    expect(diagnose(Math.tanh(0.2), rnn, inputs)).toEqual({ verdict: "slip", slip: "noBias" });
    // softmax over (1, 2, 3) at j = 3 is e³ / (e + e² + e³) ≈ 0.665; over the column (3, 0) it is ≈ 0.953.
    const alpha = KINDS["att.softmax"]!;
    const E = { E: [[1, 2, 3], [0, 0, 0]], t: 0, j: 2 };
    expect(diagnose(0.665, alpha, E)).toEqual({ verdict: "correct" });
    expect(diagnose(0.953, alpha, E)).toEqual({ verdict: "slip", slip: "wrongAxis" });
    expect(diagnose(0.5, alpha, E)).toEqual({ verdict: "wrong" });
  });
  it("checks the LSTM's hidden state, the biased additive score and the Transformer's counts on numbers worked by hand", () => {
    // h_t = o_t tanh(C_t): 0.5 tanh(1) ≈ 0.381; without tanh 0.5; on C_{t-1} = 0.2, 0.5 tanh(0.2) ≈ 0.099.
    const lstmH = KINDS["lstm.h"]!;
    const h = { o: [0.5, 0.5], C_prev: [0.2, 0], C: [1, 0], k: 0 };
    expect(diagnose(0.381, lstmH, h)).toEqual({ verdict: "correct" });
    expect(diagnose(0.5, lstmH, h)).toEqual({ verdict: "slip", slip: "noTanh" });
    expect(diagnose(0.099, lstmH, h)).toEqual({ verdict: "slip", slip: "prevCell" });
    // W_s = W_h = I, v = (1, 0), b_s = (0.5, 0), b_h = 0, b_v = 0.25, q = s_{t'-1} = 0, h_1 = (0.5, 0):
    // tanh(0.5 + 0.5) + 0.25 ≈ 1.012; without the biases tanh(0.5) ≈ 0.462; with s_{t'} = (1, 0), tanh(2) + 0.25 ≈ 1.214.
    const additive = KINDS["score.additive.bias"]!;
    const I = [[1, 0], [0, 1]];
    const e = { query: "previous", s_prev: [0, 0], s_cur: [1, 0], H: [[0.5, 0], [0, 0], [0, 0]], j: 0, W_s: I, W_h: I, v: [1, 0], b_s: [0.5, 0], b_h: [0, 0], b_v: [0.25] };
    expect(diagnose(1.012, additive, e)).toEqual({ verdict: "correct" });
    expect(diagnose(0.462, additive, e)).toEqual({ verdict: "slip", slip: "noBias" });
    expect(diagnose(1.214, additive, e)).toEqual({ verdict: "slip", slip: "wrongQuery" });
    // W^Q of d_model = 8 with 2 heads: 8 × 8 = 64, one head's 8 × 4 = 32; the block's four matrices 256.
    const count = KINDS["tf.count"]!;
    expect(diagnose(64, count, { part: "W_Q", d_model: 8, heads: 2, d_ff: 16 })).toEqual({ verdict: "correct" });
    expect(diagnose(32, count, { part: "W_Q", d_model: 8, heads: 2, d_ff: 16 })).toEqual({ verdict: "slip", slip: "dkForDmodel" });
    expect(diagnose(256, count, { part: "attention", d_model: 8, heads: 2, d_ff: 16 })).toEqual({ verdict: "correct" });
    // FFN of d_model = 4, d_ff = 16: 4·16 + 16 + 16·4 + 4 = 148; without b_1, b_2 128; at d_k = 2, 82.
    const ffn = { part: "ffn", d_model: 4, heads: 2, d_ff: 16 };
    expect(diagnose(148, count, ffn)).toEqual({ verdict: "correct" });
    expect(diagnose(128, count, ffn)).toEqual({ verdict: "slip", slip: "noBias" });
    expect(diagnose(82, count, ffn)).toEqual({ verdict: "slip", slip: "dkForDmodel" });
    expect(diagnose(147, count, ffn)).toEqual({ verdict: "wrong" });
  });
});
