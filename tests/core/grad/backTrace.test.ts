// trainingStepTrace: one training step recorded node by node. Its gradients are lossAndGradients'
// bit for bit, its cells' ∂h are stateGradients', each output node's ∂z is p − onehot(y), the
// output nodes' ∂z rᵀ sum to ∂W_out, attention's ∂e is the softmax Jacobian applied to ∂α; a
// one-step RNN case is worked by hand; weights are checked against central differences; a
// diverging model is named and not updated.

import { describe, expect, it } from "vitest";
import { lossAndGradients, lossOf, stateGradients } from "../../../src/core/grad/index.ts";
import { trainingStepTrace } from "../../../src/core/grad/backTrace.ts";
import type { BackNode } from "../../../src/core/grad/backNodes.ts";
import type { CellKind, Seq2SeqModel } from "../../../src/core/model.ts";
import { createModel } from "../../../src/core/init.ts";
import { createRng } from "../../../src/core/rng.ts";
import { adam, optimizerStep, initOptimizer, type OptimizerConfig } from "../../../src/core/train/optimizers.ts";
import { paramValues, withParams } from "../../../src/core/train/params.ts";
import type { DecoderStep } from "../../../src/core/trace.ts";
import { checkGradients, PAIRS, randomModel, TINY_VOCAB } from "./gradcheck.ts";

const SGD: OptimizerConfig = { kind: "sgd", learningRate: 0.1, momentum: 0 };

const vec = (node: BackNode, name: string): Float64Array => {
  const v = node.vectors.find((x) => x.name === name);
  expect(v, `${node.id} has ${name}`).toBeDefined();
  return v!.value;
};

function attentionModel(cell: CellKind, query: "previous" | "current" = "previous", bidirectional = false): Seq2SeqModel {
  return randomModel({
    encoder: { cell, hidden: 2, bidirectional, context: "last" },
    decoder: { cell, hidden: bidirectional ? 4 : 2, variant: "attention", init: "context", attention: { score: "general", query } },
  });
}

const MODELS: [string, Seq2SeqModel][] = [
  ["RNN, attention (previous query)", attentionModel("rnn")],
  ["LSTM, attention (current query)", attentionModel("lstm", "current")],
  ["GRU, bidirectional, attention", attentionModel("gru-reset-after", "previous", true)],
  ["LSTM, every step, mean", randomModel({ encoder: { cell: "lstm", hidden: 2, bidirectional: false, context: "mean" }, decoder: { cell: "lstm", hidden: 2, variant: "every-step", init: "context" } })],
];

describe("trainingStepTrace", () => {
  it.each(MODELS)("%s: the gradients are lossAndGradients' (reduction sentence) bit for bit, and L its loss", (_, model) => {
    for (const pair of PAIRS) {
      const r = trainingStepTrace(model, pair, SGD);
      const ref = lossAndGradients(model, [pair], { reduction: "sentence" });
      expect(r.loss).toBe(ref.loss);
      expect(Object.keys(r.grads).sort()).toEqual(Object.keys(ref.grads).sort());
      for (const [path, g] of Object.entries(ref.grads)) expect(r.grads[path], path).toEqual(g);
      expect(r.losses.reduce((a, l) => a + l.nll, 0)).toBe(r.loss);
    }
  });

  it.each(MODELS)("%s: every cell node's ∂h (∂s) and ∂C are stateGradients'", (_, model) => {
    const pair = PAIRS[1]!;
    const { states } = stateGradients(model, pair);
    const cells = trainingStepTrace(model, pair, SGD).nodes.filter((n) => n.kind === "cell");
    expect(cells.map((n) => n.step).sort()).toEqual([...states.keys()].sort());
    for (const node of cells) {
      const s = states.get(node.step)!;
      expect(vec(node, "dh"), node.id).toEqual(s.dh);
      if (s.dC) expect(vec(node, "dC"), node.id).toEqual(s.dC);
    }
  });

  it("visits the nodes in backpropagation's order: each decoder step from the last (output, cell, attention), the context, the encoder from the last", () => {
    const r = trainingStepTrace(attentionModel("rnn"), PAIRS[0]!, SGD);
    // PAIRS[0]: 3 source tokens, 2 target words + <eos> = 3 decoder steps.
    const dec = [3, 2, 1].flatMap((t) => [`back.dec.${t}.out`, `back.dec.${t}.cell`, `back.dec.${t}.att`]);
    expect(r.nodes.map((n) => n.id)).toEqual([...dec, "back.ctx", "back.enc.f.3", "back.enc.f.2", "back.enc.f.1"]);
    const current = trainingStepTrace(attentionModel("lstm", "current"), PAIRS[0]!, SGD).nodes.map((n) => n.id);
    expect(current.slice(0, 3)).toEqual(["back.dec.3.out", "back.dec.3.att", "back.dec.3.cell"]);
    // Every edge points at a node of the trace.
    const ids = new Set(r.nodes.map((n) => n.id));
    for (const n of r.nodes) for (const e of n.sends) expect(ids.has(e.to), `${n.id} → ${e.to}`).toBe(true);
  });

  it.each(MODELS)("%s: ∂L/∂z_t' = p_t' − onehot(y_t') at every output node, and Σ_t' ∂z_t' r_t'ᵀ is ∂L/∂W_out", (_, model) => {
    const pair = PAIRS[0]!;
    const r = trainingStepTrace(model, pair, SGD);
    const outs = r.nodes.filter((n) => n.kind === "output");
    const steps = r.trace.steps.filter((s): s is DecoderStep => s.kind === "decoder");
    expect(outs.length).toBe(pair.target.length + 1);
    const V = model.target.vocab.length;
    const cols = steps[0]!.readout.length;
    const dW = new Float64Array(V * cols);
    for (const node of outs) {
      const step = steps.find((s) => s.id === node.step)!;
      const dz = vec(node, "dz");
      for (let i = 0; i < V; i++) expect(dz[i]!).toBeCloseTo(step.p[i]! - (i === step.y ? 1 : 0), 14);
      for (let i = 0; i < V; i++) for (let j = 0; j < cols; j++) dW[i * cols + j]! += dz[i]! * step.readout[j]!;
    }
    const g = r.grads["decoder.output.W_out"]!;
    dW.forEach((x, i) => expect(g[i]!).toBeCloseTo(x, 14));
  });

  it("an attention node's ∂α_j = ∂c · h_j and ∂e = α ⊙ (∂α − (α · ∂α)), recomputed by hand", () => {
    const model = attentionModel("rnn");
    const r = trainingStepTrace(model, PAIRS[0]!, SGD);
    const node = r.nodes.find((n) => n.id === "back.dec.2.att")!;
    const [dc, alpha, dAlpha, de] = ["dc", "alpha", "dalpha", "de"].map((name) => vec(node, name));
    const H = r.trace.H;
    H.forEach((h, j) => expect(dAlpha![j]!).toBeCloseTo(h.reduce((s, x, i) => s + x * dc![i]!, 0), 14));
    const mean = alpha!.reduce((s, a, j) => s + a * dAlpha![j]!, 0);
    alpha!.forEach((a, j) => expect(de![j]!).toBeCloseTo(a * (dAlpha![j]! - mean), 15));
    expect(de!.reduce((s, x) => s + x, 0)).toBeCloseTo(0, 15);
  });

  it("a one-step RNN case worked by hand: L, ∂L/∂z, ∂L/∂s_1, ∂L/∂W_out and the encoder's ∂L/∂W_x to 1e-12", () => {
    // Source "a" (id 3) with embedding x = [1]; target: nothing, so one decoder step that must say <eos> (id 1).
    // Encoder (2-unit RNN): W_x = [0.5; −0.5], W_h = 0, b = 0 → h_1 = tanh([0.5, −0.5]) = [a, −a], a = tanh 0.5.
    // s_0 = c = h_1. Decoder (2-unit RNN): y_0 = E[<sos>] = 0, W_h = I, b = 0 → s_1 = tanh(s_0) = [u, −u], u = tanh a.
    // Output: W_out zero except the <eos> row [1, −1], b_out = 0 → z = [0, 2u, 0, 0, 0, 0] over TINY_VOCAB (6 tokens, 3 words).
    const base = createModel(
      { name: "hand", sourceVocab: TINY_VOCAB, targetVocab: TINY_VOCAB, d_x: 1, d_y: 1, encoder: { cell: "rnn", hidden: 2, bidirectional: false, context: "last" }, decoder: { cell: "rnn", hidden: 2, variant: "initial", init: "context" } },
      createRng(1),
    );
    const values = paramValues(base);
    for (const path of Object.keys(values)) values[path]!.fill(0);
    values["source.embeddings"]![3] = 1;
    values["encoder.weights.W_x"]!.set([0.5, -0.5]);
    values["decoder.weights.W_h"]!.set([1, 0, 0, 1]);
    values["decoder.output.W_out"]!.set([1, -1], 2); // row 1 (<eos>) of a 6 × 2 matrix
    const model = withParams(base, values);
    const r = trainingStepTrace(model, { source: [3], target: [] }, SGD);

    const a = Math.tanh(0.5);
    const u = Math.tanh(a);
    const Z = Math.exp(2 * u) + 5; // Σ_i e^{z_i}: one e^{2u} and five e^0
    const p1 = Math.exp(2 * u) / Z;
    const p0 = 1 / Z;
    // L = −log p_1 = log Z − 2u.
    expect(r.loss).toBeCloseTo(Math.log(Z) - 2 * u, 12);
    // ∂L/∂z = p − onehot(1) = [p0, p1 − 1, p0, p0, p0, p0].
    const dz = vec(r.nodes.find((n) => n.id === "back.dec.1.out")!, "dz");
    [p0, p1 - 1, p0, p0, p0, p0].forEach((x, i) => expect(dz[i]!).toBeCloseTo(x, 12));
    // ∂L/∂s_1 = W_outᵀ ∂z = (p1 − 1) [1, −1] (only row 1 of W_out is non-zero).
    const ds = vec(r.nodes.find((n) => n.id === "back.dec.1.cell")!, "dh");
    expect(ds[0]!).toBeCloseTo(p1 - 1, 12);
    expect(ds[1]!).toBeCloseTo(-(p1 - 1), 12);
    // ∂L/∂W_out[1][0] = ∂z_1 s_1[0] = (p1 − 1) u; ∂L/∂W_out[0][1] = ∂z_0 s_1[1] = −p0 u.
    expect(r.grads["decoder.output.W_out"]![2]!).toBeCloseTo((p1 - 1) * u, 12);
    expect(r.grads["decoder.output.W_out"]![1]!).toBeCloseTo(-p0 * u, 12);
    // Decoder δ = ∂s_1 ⊙ (1 − s_1²) = (p1 − 1)(1 − u²) [1, −1]; ∂s_0 = W_hᵀ δ = δ reaches h_1 (s_0 = h_1);
    // encoder δ = ∂h_1 ⊙ (1 − a²); ∂W_x = δ x = (p1 − 1)(1 − u²)(1 − a²) [1, −1].
    const enc = (p1 - 1) * (1 - u * u) * (1 - a * a);
    expect(r.grads["encoder.weights.W_x"]![0]!).toBeCloseTo(enc, 12);
    expect(r.grads["encoder.weights.W_x"]![1]!).toBeCloseTo(-enc, 12);
    // SGD with η = 0.1: θ_new = θ − 0.1 g for the <eos> row's first weight.
    expect(r.update.params["decoder.output.W_out"]![2]!).toBeCloseTo(1 - 0.1 * (p1 - 1) * u, 12);
  });

  it("a couple of weights' gradients agree with central differences of the sentence's L", () => {
    for (const [, model] of MODELS.slice(0, 2)) {
      const r = trainingStepTrace(model, PAIRS[1]!, SGD);
      const enc = Object.keys(r.grads).find((p) => p.startsWith("encoder.weights."))!;
      const check = checkGradients(model, { "decoder.output.W_out": r.grads["decoder.output.W_out"]!, [enc]: r.grads[enc]! }, (m) => lossOf(m, [PAIRS[1]!], { reduction: "sentence" }), 2);
      expect(check.worst, check.where).toBeLessThan(1e-7);
    }
  });

  it.each<[string, OptimizerConfig]>([
    ["SGD", SGD],
    ["momentum 0.9", { kind: "sgd", learningRate: 0.1, momentum: 0.9 }],
    ["Adam", adam(0.01)],
  ])("%s: the update is optimizerStep's on the trace's gradients, Δθ = θ_new − θ, and the loss after is that of the new parameters", (_, config) => {
    const model = attentionModel("lstm");
    const pair = PAIRS[0]!;
    const r = trainingStepTrace(model, pair, config);
    const before = paramValues(model);
    const expected = optimizerStep(before, r.grads, initOptimizer(config, before)).params;
    expect(r.update.applied).toBe(true);
    for (const [path, p] of Object.entries(expected)) {
      expect(r.update.params[path], path).toEqual(p);
      p.forEach((x, i) => expect(r.update.delta[path]![i]!).toBe(x - before[path]![i]!));
    }
    expect(r.update.lossAfter).toBe(lossOf(withParams(model, expected), [pair], { reduction: "sentence" }));
    // A small step down the gradient lowers this pair's loss.
    expect(r.update.lossAfter).toBeLessThan(r.loss);
    const big = r.update.biggest!;
    const largest = Math.max(...Object.values(r.update.delta).flatMap((d) => Array.from(d, Math.abs)));
    expect(Math.abs(big.thetaNew - big.theta)).toBe(largest);
    expect(big.g).toBe(r.grads[big.path]![big.index]);
  });

  it("diverging weights: a non-finite loss is named and the update is not applied", () => {
    const model = attentionModel("rnn");
    const values = paramValues(model);
    // W_out of ±1.7e308 makes logits ±∞: each wrong target's −log p is 1.8e308, and their sum overflows.
    values["decoder.output.W_out"] = values["decoder.output.W_out"]!.map((x) => Math.sign(x) * 1.7e308);
    values["decoder.weights.b"] = values["decoder.weights.b"]!.map((x) => Math.sign(x) * 1e3);
    const huge = withParams(model, values);
    const pair = PAIRS[1]!;
    const r = trainingStepTrace(huge, pair, SGD);
    expect(Number.isFinite(r.loss)).toBe(false);
    expect(r.nonFinite).toBe("loss");
    expect(r.update.applied).toBe(false);
    for (const [path, p] of Object.entries(paramValues(huge))) expect(r.update.params[path], path).toEqual(p);
    expect(trainingStepTrace(model, pair, SGD).nonFinite).toBeUndefined();
  });
});
