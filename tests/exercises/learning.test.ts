// The learning chapter's exercise kinds, each on one input worked by hand here (the arithmetic is
// written out), so the core functions they call and the way they call them are both pinned.
import { describe, expect, it } from "vitest";
import { KINDS } from "../../src/exercises/index.ts";

const solve = (id: string, inputs: Record<string, unknown>) => KINDS[id]!.solve(inputs as never);

describe("the learning chapter's exercises, by hand", () => {
  // z = [1, 0, −1]: Σ e^z = e + 1 + 1/e; p_1 = e / (e + 1 + 1/e).
  const S = Math.E + 1 + 1 / Math.E;

  it("loss.nll: ℓ = −log p_y = log(Σ e^z) − z_y; the slip without the log is p_y", () => {
    const s = solve("loss.nll", { z: [1, 0, -1], y: 1 });
    expect(s.answer).toBeCloseTo(Math.log(S) - 0, 14);
    expect(s.slips.noLog).toBeCloseTo(1 / S, 14);
  });

  it("grad.logits: ∂ℓ/∂z_k = p_k − [k = y], with the sign-flipped and un-subtracted slips", () => {
    const right = solve("grad.logits", { z: [1, 0, -1], y: 0, k: 0 });
    expect(right.answer).toBeCloseTo(Math.E / S - 1, 14);
    expect(right.slips.noOnehot).toBeCloseTo(Math.E / S, 14);
    expect(right.slips.signFlipped).toBeCloseTo(1 - Math.E / S, 14);
    const other = solve("grad.logits", { z: [1, 0, -1], y: 0, k: 2 });
    expect(other.answer).toBeCloseTo(1 / Math.E / S, 14);
    expect(other.slips.noOnehot).toBeUndefined();
  });

  it("grad.score: ē_k = α_k (ᾱ_k − Σ α_j ᾱ_j) with ᾱ_j = h_jᵀ c̄", () => {
    // e = 0 everywhere: α = 1/3 each. H rows [1,0], [0,1], [1,1]; c̄ = [0.5, −1]: ᾱ = [0.5, −1, −0.5], mean −1/3.
    const s = solve("grad.score", { e: [0, 0, 0], H: [[1, 0], [0, 1], [1, 1]], dc: [0.5, -1], k: 0 });
    expect(s.answer).toBeCloseTo((1 / 3) * (0.5 + 1 / 3), 14);
    expect(s.slips.noCentering).toBeCloseTo((1 / 3) * 0.5, 14);
  });

  it("grad.rnn: h̄_{t−1} = W_hᵀ (h̄_t ⊙ (1 − h_t²))", () => {
    // δ = [1 · (1 − 0.25), −2 · (1 − 0)] = [0.75, −2]; W_hᵀ δ with W_h = [[1, 2], [3, 4]]: [0.75 − 6, 1.5 − 8].
    const W_h = [[1, 2], [3, 4]];
    const first = solve("grad.rnn", { W_h, h: [0.5, 0], dh: [1, -2], k: 0 });
    expect(first.answer).toBeCloseTo(0.75 * 1 + -2 * 3, 14);
    expect(solve("grad.rnn", { W_h, h: [0.5, 0], dh: [1, -2], k: 1 }).answer).toBeCloseTo(0.75 * 2 + -2 * 4, 14);
    // Without tanh′: W_hᵀ h̄_t = [1 − 6, 2 − 8]; transposed: W_h δ = [0.75 − 4, 2.25 − 8].
    expect(first.slips.noTanhDerivative).toBeCloseTo(1 - 6, 14);
    expect(first.slips.transposed).toBeCloseTo(0.75 - 4, 14);
  });

  it("grad.vanish: ∂h_3/∂h_0 = Π_s w (1 − h_s²); without tanh′ it is w³", () => {
    const s = solve("grad.vanish", { w: 0.5, h: [0.5, -0.2, 0.1] });
    expect(s.answer).toBeCloseTo(0.5 ** 3 * (1 - 0.25) * (1 - 0.04) * (1 - 0.01), 14);
    expect(s.slips.noTanhDerivative).toBeCloseTo(0.125, 14);
  });

  it("update.sgd, update.momentum and update.adam: one step of each, by the formulas", () => {
    const i = { theta: 0.4, g: -0.2, eta: 0.1, v: 0.3, mu: 0.9 };
    const sgd = solve("update.sgd", i);
    expect(sgd.answer).toBeCloseTo(0.4 + 0.02, 14);
    expect(sgd.slips.wrongSign).toBeCloseTo(0.4 - 0.02, 14);
    // v ← 0.9 · 0.3 − 0.2 = 0.07; θ ← 0.4 − 0.1 · 0.07.
    const momentum = solve("update.momentum", i);
    expect(momentum.answer).toBeCloseTo(0.4 - 0.007, 14);
    expect(momentum.slips.noMomentum).toBeCloseTo(0.42, 14);
    // m̂ = g, v̂ = g²: θ ← θ − η g / (|g| + ε) = 0.4 + 0.1 · 0.2 / (0.2 + 1e-8).
    const adam = solve("update.adam", i);
    expect(adam.answer).toBeCloseTo(0.4 + (0.1 * 0.2) / (0.2 + 1e-8), 14);
    // Without the hats: m = −0.02, √v = 0.2 √0.001: the step is η · 0.1 / √0.001 ≈ 3.16 η.
    expect(adam.slips.noBiasCorrection).toBeCloseTo(0.4 + (0.1 * 0.02) / (0.2 * Math.sqrt(0.001) + 1e-8), 12);
  });
});
