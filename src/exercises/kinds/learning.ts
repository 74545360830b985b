// Exercises of the chapter on learning (lessons 17–21): one step's cross-entropy, the gradient of the
// logits, of an attention score and of an RNN's previous state, the geometric factor of a gradient
// travelling back through a one-unit RNN, and one update of SGD, momentum and Adam. Every answer is
// the core's (logSoftmax, readoutBackward, scoreGradient, rnnBackward, optimizerStep); each slip runs
// the core on altered inputs or stops a formula one step short.

import { logSoftmax, softmax } from "../../core/activations.ts";
import { scoreGradient } from "../../core/attention/index.ts";
import { rnnBackward, type RnnRecord } from "../../core/cells/rnn.ts";
import { readoutBackward } from "../../core/output.ts";
import { adam, initOptimizer, optimizerStep, type OptimizerConfig } from "../../core/train/optimizers.ts";
import type { Rng } from "../../core/rng.ts";
import { matFromRows, vec, zeros } from "../../core/tensor.ts";
import { int, matOf, pick, vecOf } from "../draw.ts";
import type { ExerciseKind, Solution } from "../types.ts";

const V = 3;
const T = 3;
const N = 2;

/** z_{t'} with one decimal in [−2, 2], so p has no ties a reader cannot compute. */
const logitsOf = (rng: Rng) => vecOf(rng, V).map((x) => Math.round(x * 20) / 10 + 0);

type LogitIn = { z: number[]; y: number; k: number };

export const lossNll: ExerciseKind<Omit<LogitIn, "k">> = {
  id: "loss.nll",
  slips: ["noLog"],
  draw: (rng) => ({ z: logitsOf(rng), y: int(rng, 0, V - 1) }),
  solve(i): Solution {
    const logp = logSoftmax(vec(i.z));
    const p = softmax(vec(i.z));
    return {
      answer: -logp[i.y]!,
      slips: { noLog: p[i.y]! },
      steps: [
        { tex: "p_{t'} = \\operatorname{softmax}(z_{t'})", value: [...p] },
        { tex: `\\ell_{t'} = -\\log p_{t',${i.y + 1}}`, value: -logp[i.y]! },
      ],
    };
  },
  given: (i) => [
    { tex: "z_{t'}", value: i.z },
    { tex: "y_{t'}", value: i.y + 1 },
  ],
  target: () => "\\ell_{t'}",
};

/** ∂ℓ/∂z = p − onehot(y), read off the core's readout backward (its b_out term is ∂z). */
function logitGradient(z: readonly number[], y: number): Float64Array {
  const output = { W_out: matFromRows(z.map(() => [0])), b_out: vec(z) };
  const back = readoutBackward(output, zeros(1), vec(z), y, 1);
  return Float64Array.from(back.terms.find((t) => t.path.endsWith("b_out"))!.delta);
}

export const gradLogits: ExerciseKind<LogitIn> = {
  id: "grad.logits",
  slips: ["noOnehot", "signFlipped"],
  draw: (rng) => {
    const y = int(rng, 0, V - 1);
    // Half the time the asked entry is the right word's, where the one-hot matters.
    return { z: logitsOf(rng), y, k: pick(rng, [y, (y + 1) % V]) };
  },
  solve(i): Solution {
    const dz = logitGradient(i.z, i.y);
    const p = softmax(vec(i.z));
    return {
      answer: dz[i.k]!,
      slips: { ...(i.k === i.y ? { noOnehot: p[i.k]! } : {}), signFlipped: -dz[i.k]! },
      steps: [
        { tex: "p_{t'} = \\operatorname{softmax}(z_{t'})", value: [...p] },
        { tex: "\\bar z_{t'} = p_{t'} - \\mathbf{1}_{y}", value: [...dz] },
        { tex: `\\bar z_{t',${i.k + 1}}`, value: dz[i.k]! },
      ],
    };
  },
  given: (i) => [
    { tex: "z_{t'}", value: i.z },
    { tex: "y_{t'}", value: i.y + 1 },
  ],
  target: (i) => `\\partial \\ell_{t'} / \\partial z_{t',${i.k + 1}}`,
};

type ScoreGradIn = { e: number[]; H: number[][]; dc: number[]; k: number };

export const gradScore: ExerciseKind<ScoreGradIn> = {
  id: "grad.score",
  slips: ["noCentering"],
  draw: (rng) => ({ e: vecOf(rng, T), H: matOf(rng, T, N), dc: vecOf(rng, N), k: int(rng, 0, T - 1) }),
  solve(i): Solution {
    const alpha = softmax(vec(i.e));
    const H = i.H.map((h) => vec(h));
    const de = scoreGradient({ alpha }, H, vec(i.dc));
    const dAlpha = H.map((h) => h.reduce((s, x, j) => s + x * i.dc[j]!, 0));
    return {
      answer: de[i.k]!,
      slips: { noCentering: alpha[i.k]! * dAlpha[i.k]! },
      steps: [
        { tex: "\\sa{\\alpha_{t'\\cdot}} = \\operatorname{softmax}(\\se{e_{t'\\cdot}})", value: [...alpha] },
        { tex: "\\bar\\alpha_{t'j} = \\sh{h_j}^{\\top} \\bar c_{t'}", value: dAlpha },
        { tex: `\\bar e_{t'${i.k + 1}} = \\alpha_{t'${i.k + 1}} (\\bar\\alpha_{t'${i.k + 1}} - \\sum_j \\alpha_{t'j} \\bar\\alpha_{t'j})`, value: de[i.k]! },
      ],
    };
  },
  given: (i) => [{ tex: "\\se{e_{t'\\cdot}}", value: i.e }, ...i.H.map((h, j) => ({ tex: `\\sh{h_${j + 1}}`, value: h })), { tex: "\\bar c_{t'}", value: i.dc }],
  target: (i) => `\\bar e_{t'${i.k + 1}}`,
};

type RnnGradIn = { W_h: number[][]; h: number[]; dh: number[]; k: number };

/** The core's one RNN step backward, with W_x and x_t of width 1 (they do not reach ∂h_{t−1}). */
function rnnPrevGradient(W_h: readonly (readonly number[])[], h: readonly number[], dh: readonly number[]): Float64Array {
  const w = { W_h: matFromRows(W_h), W_x: matFromRows(W_h.map(() => [0])), b: zeros(W_h.length) };
  const record: RnnRecord = { kind: "rnn", x_t: zeros(1), h_prev: zeros(W_h.length), h_t: vec(h) };
  return rnnBackward(w, record, vec(dh), "cell").dh_prev;
}

export const gradRnn: ExerciseKind<RnnGradIn> = {
  id: "grad.rnn",
  slips: ["noTanhDerivative", "transposed"],
  draw: (rng) => ({ W_h: matOf(rng, N, N), h: vecOf(rng, N).map((x) => (Math.abs(x) === 1 ? x * 0.9 : x)), dh: vecOf(rng, N), k: int(rng, 0, N - 1) }),
  solve(i): Solution {
    const answer = rnnPrevGradient(i.W_h, i.h, i.dh);
    const delta = i.dh.map((d, j) => d * (1 - i.h[j]! * i.h[j]!));
    const transposedW = i.W_h[0]!.map((_, c) => i.W_h.map((row) => row[c]!));
    // Forgetting tanh′ is the step with h_t = 0; transposing is the step with W_hᵀ for W_h.
    return {
      answer: answer[i.k]!,
      slips: { noTanhDerivative: rnnPrevGradient(i.W_h, i.h.map(() => 0), i.dh)[i.k]!, transposed: rnnPrevGradient(transposedW, i.h, i.dh)[i.k]! },
      steps: [
        { tex: "\\delta_t = \\bar h_t \\odot (1 - \\sh{h_t} \\odot \\sh{h_t})", value: delta },
        { tex: "\\bar h_{t-1} = W_h^{\\top} \\delta_t", value: [...answer] },
      ],
    };
  },
  given: (i) => [
    { tex: "W_h", value: i.W_h },
    { tex: "\\sh{h_t}", value: i.h },
    { tex: "\\bar h_t", value: i.dh },
  ],
  target: (i) => `\\bar h_{t-1,${i.k + 1}}`,
};

type VanishIn = { w: number; h: number[] };

export const gradVanish: ExerciseKind<VanishIn> = {
  id: "grad.vanish",
  slips: ["noTanhDerivative"],
  draw: (rng) => ({ w: pick(rng, [0.5, 0.8, 1.2, 1.5, 2]), h: vecOf(rng, 3).map((x) => (Math.abs(x) === 1 ? x * 0.9 : x)) }),
  solve(i): Solution {
    // ∂h_3/∂h_0 of a one-unit RNN: three backward steps from h̄_3 = 1, each the core's.
    const back = (hs: readonly number[]) => {
      let g = 1;
      const out: number[] = [];
      for (let s = hs.length - 1; s >= 0; s--) {
        g = rnnPrevGradient([[i.w]], [hs[s]!], [g])[0]!;
        out.push(g);
      }
      return out;
    };
    const chain = back(i.h);
    return {
      answer: chain[chain.length - 1]!,
      slips: { noTanhDerivative: back(i.h.map(() => 0))[chain.length - 1]! },
      steps: chain.map((g, s) => ({ tex: `\\partial \\sh{h_3} / \\partial \\sh{h_${2 - s}}`, value: g })),
    };
  },
  given: (i) => [{ tex: "W_h", value: i.w }, ...i.h.map((h, s) => ({ tex: `\\sh{h_${s + 1}}`, value: h }))],
  target: () => "\\partial \\sh{h_3} / \\partial \\sh{h_0}",
};

type UpdateIn = { theta: number; g: number; eta: number; v: number; mu: number };

/** One update of one weight by the core's optimiser, from a state with velocity `v` after `t` updates. */
function updated(config: OptimizerConfig, theta: number, g: number, v = 0, t = 0): number {
  const params = { w: vec([theta]) };
  const fresh = initOptimizer(config, params);
  const state = t === 0 ? fresh : { ...fresh, t, m: { w: vec([v]) } };
  return optimizerStep(params, { w: vec([g]) }, state).params.w![0]!;
}

const updateGiven = (names: readonly (keyof UpdateIn)[], tex: Readonly<Record<keyof UpdateIn, string>>) => (i: UpdateIn) => names.map((k) => ({ tex: tex[k], value: i[k] }));
const UPDATE_TEX: Readonly<Record<keyof UpdateIn, string>> = { theta: "\\theta", g: "g", eta: "\\eta", v: "v", mu: "\\mu" };
const drawUpdate = (rng: Rng): UpdateIn => ({ theta: vecOf(rng, 1)[0]!, g: vecOf(rng, 1)[0]! || 0.3, eta: pick(rng, [0.01, 0.05, 0.1, 0.5]), v: vecOf(rng, 1)[0]!, mu: 0.9 });
const sgd = (eta: number, mu = 0): OptimizerConfig => ({ kind: "sgd", learningRate: eta, momentum: mu });

export const updateSgd: ExerciseKind<UpdateIn> = {
  id: "update.sgd",
  slips: ["wrongSign"],
  draw: drawUpdate,
  solve: (i) => ({
    answer: updated(sgd(i.eta), i.theta, i.g),
    slips: { wrongSign: updated(sgd(i.eta), i.theta, -i.g) },
    steps: [{ tex: "\\theta - \\eta\\, g", value: updated(sgd(i.eta), i.theta, i.g) }],
  }),
  given: updateGiven(["theta", "g", "eta"], UPDATE_TEX),
  target: () => "\\theta_{\\text{new}}",
};

export const updateMomentum: ExerciseKind<UpdateIn> = {
  id: "update.momentum",
  slips: ["noMomentum"],
  draw: drawUpdate,
  solve: (i) => {
    const answer = updated(sgd(i.eta, i.mu), i.theta, i.g, i.v, 1);
    return {
      answer,
      slips: { noMomentum: updated(sgd(i.eta), i.theta, i.g) },
      steps: [
        { tex: "v \\leftarrow \\mu v + g", value: i.mu * i.v + i.g },
        { tex: "\\theta - \\eta\\, v", value: answer },
      ],
    };
  },
  given: updateGiven(["theta", "g", "v", "mu", "eta"], UPDATE_TEX),
  target: () => "\\theta_{\\text{new}}",
};

export const updateAdam: ExerciseKind<UpdateIn> = {
  id: "update.adam",
  slips: ["noBiasCorrection"],
  draw: drawUpdate,
  solve: (i) => {
    const config = adam(i.eta);
    const answer = updated(config, i.theta, i.g);
    // Without the hats: m = (1 − β₁) g and v = (1 − β₂) g² used as they are.
    const m = (1 - config.beta1) * i.g;
    const v = (1 - config.beta2) * i.g * i.g;
    return {
      answer,
      slips: { noBiasCorrection: i.theta - (i.eta * m) / (Math.sqrt(v) + config.epsilon) },
      steps: [
        { tex: "m = (1 - \\beta_1)\\, g", value: m },
        { tex: "v = (1 - \\beta_2)\\, g^2", value: v },
        { tex: "\\theta - \\eta\\, \\hat m / (\\sqrt{\\hat v} + \\epsilon)", value: answer },
      ],
    };
  },
  given: updateGiven(["theta", "g", "eta"], UPDATE_TEX),
  target: () => "\\theta_{\\text{new}} \\text{ (first step)}",
};
