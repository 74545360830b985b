// Cell exercises: an RNN state entry, an LSTM gate and memory cell entry, a GRU state and candidate
// entry. Every answer and slip is a step of the core's cells (src/core/cells), run on the shown
// numbers or on altered ones; gate values given directly enter through a bias (σ(logit g) = g).

import { gruAfterStep, gruBeforeStep, lstmStep, rnnStep } from "../../core/cells/index.ts";
import { tanh } from "../../core/activations.ts";
import { affine2, affinePair, matFromRows, vec } from "../../core/tensor.ts";
import type { Params } from "../../core/model.ts";
import { int, matOf, pick, sideBySide, transpose, unit, vecOf } from "../draw.ts";
import type { ExerciseKind, Solution } from "../types.ts";

const N = 2;
const zeroRows = (rows: number, cols: number) => Array.from({ length: rows }, () => new Array<number>(cols).fill(0));
const logit = (g: number) => Math.log(g / (1 - g));
const M = matFromRows;

type RnnIn = { W_h: number[][]; W_x: number[][]; b: number[]; h_prev: number[]; x: number[]; k: number };

export const rnnState: ExerciseKind<RnnIn> = {
  id: "rnn.h",
  slips: ["noBias", "transposed"],
  draw: (rng) => ({ W_h: matOf(rng, N, N), W_x: matOf(rng, N, N), b: vecOf(rng, N), h_prev: vecOf(rng, N), x: vecOf(rng, N), k: int(rng, 0, N - 1) }),
  solve(i): Solution {
    const run = (W_h: number[][], W_x: number[][], b: number[]) => rnnStep({ W_h: M(W_h), W_x: M(W_x), b: vec(b) }, vec(i.h_prev), vec(i.x)).h_t[i.k]!;
    const pre = affinePair(M(i.W_h), i.h_prev, M(i.W_x), i.x, i.b);
    return {
      answer: run(i.W_h, i.W_x, i.b),
      slips: { noBias: run(i.W_h, i.W_x, [0, 0]), transposed: run(transpose(i.W_h), transpose(i.W_x), i.b) },
      steps: [
        { tex: "W_h \\sh{h_{t-1}} + W_x \\sx{x_t} + b", value: [...pre] },
        { tex: `\\sh{h_{t,${i.k + 1}}} = \\tanh(\\cdot)_{${i.k + 1}}`, value: run(i.W_h, i.W_x, i.b) },
      ],
    };
  },
  given: (i) => [
    { tex: "W_h", value: i.W_h },
    { tex: "W_x", value: i.W_x },
    { tex: "b", value: i.b },
    { tex: "\\sh{h_{t-1}}", value: i.h_prev },
    { tex: "\\sx{x_t}", value: i.x },
  ],
  target: (i) => `\\sh{h_{t,${i.k + 1}}}`,
};

type GateIn = { gate: "f" | "i" | "o"; W: number[][]; b: number[]; h_prev: number[]; x: number[]; k: number };

function lstmWith(W: number[][], b: number[]): Params {
  return { W_f: M(W), W_i: M(W), W_o: M(W), W_C: M(W), b_f: vec(b), b_i: vec(b), b_o: vec(b), b_C: vec(b) };
}

export const lstmGate: ExerciseKind<GateIn> = {
  id: "lstm.gate",
  slips: ["noBias", "concatOrder"],
  draw: (rng) => ({ gate: pick(rng, ["f", "i", "o"] as const), W: matOf(rng, N, 2 * N), b: vecOf(rng, N), h_prev: vecOf(rng, N), x: vecOf(rng, N), k: int(rng, 0, N - 1) }),
  solve(i): Solution {
    const C = vec([0, 0]);
    const gate = (w: Params, h: number[], x: number[]) => lstmStep(w, vec(h), C, vec(x))[`${i.gate}_t`][i.k]!;
    const w = lstmWith(i.W, i.b);
    const answer = gate(w, i.h_prev, i.x);
    return {
      answer,
      // Read as W [x_t; h_{t-1}]: the state's columns applied to x_t (n = d_x here).
      slips: { noBias: gate(lstmWith(i.W, [0, 0]), i.h_prev, i.x), concatOrder: gate(w, i.x, i.h_prev) },
      steps: [
        { tex: `W_${i.gate} [\\sh{h_{t-1}}; \\sx{x_t}] + b_${i.gate}`, value: [...affine2(M(i.W), i.h_prev, i.x, i.b)] },
        { tex: `${i.gate}_{t,${i.k + 1}} = \\sigma(\\cdot)_{${i.k + 1}}`, value: answer },
      ],
    };
  },
  given: (i) => [
    { tex: `W_${i.gate}`, value: i.W },
    { tex: `b_${i.gate}`, value: i.b },
    { tex: "\\sh{h_{t-1}}", value: i.h_prev },
    { tex: "\\sx{x_t}", value: i.x },
  ],
  target: (i) => `${i.gate}_{t,${i.k + 1}}`,
};

type CellIn = { f: number[]; i: number[]; Ctilde: number[]; C_prev: number[]; k: number };

/** The LSTM's C_t for given gates and candidate: zero weights, the values entering through the biases. */
function memory(f: number[], i: number[], Ctilde: number[], C_prev: number[]) {
  const Z = M(zeroRows(N, 2 * N));
  const w: Params = { W_f: Z, W_i: Z, W_o: Z, W_C: Z, b_f: vec(f.map(logit)), b_i: vec(i.map(logit)), b_o: vec([0, 0]), b_C: vec(Ctilde.map(Math.atanh)) };
  return lstmStep(w, vec([0, 0]), vec(C_prev), vec([0, 0])).C_t;
}

export const lstmCell: ExerciseKind<CellIn> = {
  id: "lstm.C",
  slips: ["gatesSwapped", "noPrevCell"],
  draw: (rng) => ({ f: vecOf(rng, N, unit), i: vecOf(rng, N, unit), Ctilde: vecOf(rng, N, unit).map((v) => Math.round((2 * v - 1) * 100) / 100 + 0), C_prev: vecOf(rng, N), k: int(rng, 0, N - 1) }),
  solve(v): Solution {
    const C = memory(v.f, v.i, v.Ctilde, v.C_prev);
    return {
      answer: C[v.k]!,
      slips: { gatesSwapped: memory(v.i, v.f, v.Ctilde, v.C_prev)[v.k]!, noPrevCell: memory(v.f, v.i, v.Ctilde, [0, 0])[v.k]! },
      steps: [{ tex: `\\sC{C_{t,${v.k + 1}}} = f_{t,${v.k + 1}} \\sC{C_{t-1,${v.k + 1}}} + i_{t,${v.k + 1}} \\tilde{C}_{t,${v.k + 1}}`, value: C[v.k]! }],
    };
  },
  given: (v) => [
    { tex: "f_t", value: v.f },
    { tex: "i_t", value: v.i },
    { tex: "\\tilde{C}_t", value: v.Ctilde },
    { tex: "\\sC{C_{t-1}}", value: v.C_prev },
  ],
  target: (v) => `\\sC{C_{t,${v.k + 1}}}`,
};

type StateIn = { o: number[]; C_prev: number[]; C: number[]; k: number };

/**
 * The LSTM's h_t = o_t ⊙ tanh(C) for a given memory cell C: zero weights, o_t through b_o, and the
 * gates f = σ(+∞) = 1, i = σ(−∞) = 0, so that the core's C_t is exactly the C it is handed as C_{t-1}.
 */
function hidden(o: number[], C: number[]) {
  const Z = M(zeroRows(N, 2 * N));
  const w: Params = { W_f: Z, W_i: Z, W_o: Z, W_C: Z, b_f: vec([Infinity, Infinity]), b_i: vec([-Infinity, -Infinity]), b_o: vec(o.map(logit)), b_C: vec([0, 0]) };
  return lstmStep(w, vec([0, 0]), vec(C), vec([0, 0]));
}

export const lstmState: ExerciseKind<StateIn> = {
  id: "lstm.h",
  slips: ["noTanh", "prevCell"],
  draw: (rng) => ({ o: vecOf(rng, N, unit), C_prev: vecOf(rng, N).map((x) => Math.round(x * 15) / 10 + 0), C: vecOf(rng, N).map((x) => Math.round(x * 15) / 10 + 0), k: int(rng, 0, N - 1) }),
  solve(v): Solution {
    const rec = hidden(v.o, v.C);
    const j = v.k + 1;
    return {
      answer: rec.h_t[v.k]!,
      // o_t times C_t itself, read off the core's record; and the same step on the old cell C_{t-1}.
      slips: { noTanh: rec.o_t[v.k]! * rec.C_t[v.k]!, prevCell: hidden(v.o, v.C_prev).h_t[v.k]! },
      steps: [
        { tex: `\\tanh(\\sC{C_{t,${j}}})`, value: tanh(rec.C_t[v.k]!) },
        { tex: `\\sh{h_{t,${j}}} = o_{t,${j}} \\tanh(\\sC{C_{t,${j}}})`, value: rec.h_t[v.k]! },
      ],
    };
  },
  given: (v) => [
    { tex: "o_t", value: v.o },
    { tex: "\\sC{C_{t-1}}", value: v.C_prev },
    { tex: "\\sC{C_t}", value: v.C },
  ],
  target: (v) => `\\sh{h_{t,${v.k + 1}}}`,
};

type GruMixIn = { z: number[]; n: number[]; h_prev: number[]; k: number };

/** The GRU's h_t for given z_t and ñ_t: a reset-before step with zero weights and the values in the biases. */
function gruMix(z: number[], n: number[], h_prev: number[]) {
  const Z = M(zeroRows(N, 2 * N));
  const w: Params = { W_z: Z, W_r: Z, W_n: Z, b_z: vec(z.map(logit)), b_r: vec([0, 0]), b_n: vec(n.map(Math.atanh)) };
  return gruBeforeStep(w, vec(h_prev), vec([0, 0])).h_t;
}

export const gruState: ExerciseKind<GruMixIn> = {
  id: "gru.h",
  slips: ["zSwap"],
  draw: (rng) => ({ z: vecOf(rng, N, unit), n: vecOf(rng, N, unit).map((v) => Math.round((2 * v - 1) * 100) / 100 + 0), h_prev: vecOf(rng, N), k: int(rng, 0, N - 1) }),
  solve(v): Solution {
    const h = gruMix(v.z, v.n, v.h_prev)[v.k]!;
    const j = v.k + 1;
    return {
      answer: h,
      slips: { zSwap: gruMix(v.z.map((z) => 1 - z), v.n, v.h_prev)[v.k]! },
      steps: [{ tex: `\\sh{h_{t,${j}}} = (1 - z_{t,${j}})\\, \\tilde{n}_{t,${j}} + z_{t,${j}} \\sh{h_{t-1,${j}}}`, value: h }],
    };
  },
  given: (v) => [
    { tex: "z_t", value: v.z },
    { tex: "\\tilde{n}_t", value: v.n },
    { tex: "\\sh{h_{t-1}}", value: v.h_prev },
  ],
  target: (v) => `\\sh{h_{t,${v.k + 1}}}`,
};

/**
 * reset-before: W_n = [A | B], b_n = b1. reset-after: W_nh = A, W_nx = B, b_nx = b1, b_nh = b2.
 * The "reset in the wrong place" slip runs the other form on the same numbers.
 */
type GruCandIn = { form: "before" | "after"; r: number[]; h_prev: number[]; x: number[]; A: number[][]; B: number[][]; b1: number[]; b2: number[]; k: number };

function candidate(form: GruCandIn["form"], v: GruCandIn, b1: number[], b2: number[]) {
  const Z = M(zeroRows(N, 2 * N));
  const gates = { W_z: Z, b_z: vec([0, 0]), W_r: Z, b_r: vec(v.r.map(logit)) };
  if (form === "before") return gruBeforeStep({ ...gates, W_n: M(sideBySide(v.A, v.B)), b_n: vec(b1.map((b, j) => b + b2[j]!)) }, vec(v.h_prev), vec(v.x)).n_t;
  return gruAfterStep({ ...gates, W_nh: M(v.A), W_nx: M(v.B), b_nx: vec(b1), b_nh: vec(b2) }, vec(v.h_prev), vec(v.x)).n_t;
}

export const gruCandidate: ExerciseKind<GruCandIn> = {
  id: "gru.n",
  slips: ["resetPlace", "noBias"],
  draw(rng) {
    const form = pick(rng, ["before", "after"] as const);
    const b2 = form === "after" ? vecOf(rng, N) : [0, 0];
    return { form, r: vecOf(rng, N, unit), h_prev: vecOf(rng, N), x: vecOf(rng, N), A: matOf(rng, N, N), B: matOf(rng, N, N), b1: vecOf(rng, N), b2, k: int(rng, 0, N - 1) };
  },
  solve(v): Solution {
    const other = v.form === "before" ? "after" : "before";
    const n = candidate(v.form, v, v.b1, v.b2);
    const j = v.k + 1;
    const tex = v.form === "before" ? `\\tilde{n}_{t,${j}} = \\tanh(W_n [r_t \\odot \\sh{h_{t-1}}; \\sx{x_t}] + b_n)_{${j}}` : `\\tilde{n}_{t,${j}} = \\tanh(W_{nx} \\sx{x_t} + b_{nx} + r_t \\odot (W_{nh} \\sh{h_{t-1}} + b_{nh}))_{${j}}`;
    return {
      answer: n[v.k]!,
      slips: { resetPlace: candidate(other, v, v.b1, v.b2)[v.k]!, noBias: candidate(v.form, v, [0, 0], [0, 0])[v.k]! },
      steps: [{ tex, value: n[v.k]! }],
    };
  },
  given: (v) =>
    v.form === "before"
      ? [
          { tex: "r_t", value: v.r },
          { tex: "W_n", value: sideBySide(v.A, v.B) },
          { tex: "b_n", value: v.b1 },
          { tex: "\\sh{h_{t-1}}", value: v.h_prev },
          { tex: "\\sx{x_t}", value: v.x },
        ]
      : [
          { tex: "r_t", value: v.r },
          { tex: "W_{nh}", value: v.A },
          { tex: "b_{nh}", value: v.b2 },
          { tex: "W_{nx}", value: v.B },
          { tex: "b_{nx}", value: v.b1 },
          { tex: "\\sh{h_{t-1}}", value: v.h_prev },
          { tex: "\\sx{x_t}", value: v.x },
        ],
  target: (v) => `\\tilde{n}_{t,${v.k + 1}}`,
};
