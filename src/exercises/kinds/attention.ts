// Attention exercises: a score of each kind, a softmax weight, a context entry, an output
// probability. The answers are the core's scores, softmax, weighted sum and readout
// (src/core/attention, activations.ts, output.ts); each slip runs them on altered inputs.

import { scores } from "../../core/attention/index.ts";
import type { AttentionSpec, QueryKind, ScoreKind } from "../../core/model.ts";
import { softmax } from "../../core/activations.ts";
import { readout } from "../../core/output.ts";
import { matFromRows, mean, vec, weightedSum } from "../../core/tensor.ts";
import { int, matOf, pick, transpose, unit, vecOf } from "../draw.ts";
import type { ExerciseKind, Given, Solution } from "../types.ts";

const N = 2;
const T = 3;
const M = matFromRows;

type ScoreIn = {
  query: QueryKind;
  s_prev: number[];
  s_cur: number[];
  H: number[][];
  j: number;
  W_a?: number[][];
  W_s?: number[][];
  W_h?: number[][];
  v?: number[];
  /** The additive score's biases (a PyTorch export's Linear layers): b_s, b_h and the scalar b_v. */
  b_s?: number[];
  b_h?: number[];
  b_v?: number[];
};

function spec(score: ScoreKind, i: ScoreIn, transposed = false, biases = true): Pick<AttentionSpec, "score" | "weights"> {
  const m = (rows: number[][] | undefined) => M(transposed ? transpose(rows!) : rows!);
  if (score === "general") return { score, weights: { W_a: m(i.W_a) } };
  if (score === "additive") {
    const weights = { W_s: m(i.W_s), W_h: m(i.W_h), v: vec(i.v!) };
    return { score, weights: biases && i.b_s ? { ...weights, b_s: vec(i.b_s), b_h: vec(i.b_h!), b_v: vec(i.b_v!) } : weights };
  }
  return { score, weights: {} };
}

const queryOf = (i: ScoreIn, query: QueryKind) => vec(query === "previous" ? i.s_prev : i.s_cur);
const otherQuery = (q: QueryKind): QueryKind => (q === "previous" ? "current" : "previous");
const queryTex = (q: QueryKind) => (q === "previous" ? "\\ss{s_{t'-1}}" : "\\ss{s_{t'}}");

const SCORE_TEX: Record<ScoreKind, (q: string, j: number) => string> = {
  dot: (q, j) => `${q} \\cdot \\sh{h_${j}}`,
  scaled: (q, j) => `${q} \\cdot \\sh{h_${j}} / \\sqrt{n}`,
  general: (q, j) => `${q}^\\top W_a \\sh{h_${j}}`,
  additive: (q, j) => `v^\\top \\tanh(W_s ${q} + W_h \\sh{h_${j}})`,
};

const ADDITIVE_BIASED_TEX = (q: string, j: number) => `v^\\top \\tanh(W_s ${q} + b_s + W_h \\sh{h_${j}} + b_h) + b_v`;

/** A score exercise; `biased`: the additive score with the biases b_s, b_h, b_v the core reads when a model has them. */
function scoreKind(score: ScoreKind, biased = false): ExerciseKind<ScoreIn> {
  const weighted = score === "general" || score === "additive";
  const tex = biased ? ADDITIVE_BIASED_TEX : SCORE_TEX[score];
  return {
    id: biased ? `score.${score}.bias` : `score.${score}`,
    slips: ["wrongQuery", ...(weighted ? (["transposed"] as const) : []), ...(score === "scaled" ? (["scaleN", "unscaled"] as const) : []), ...(biased ? (["noBias"] as const) : [])],
    draw(rng) {
      const base: ScoreIn = { query: pick(rng, ["previous", "current"] as const), s_prev: vecOf(rng, N), s_cur: vecOf(rng, N), H: matOf(rng, T, N), j: int(rng, 0, T - 1) };
      if (score === "general") return { ...base, W_a: matOf(rng, N, N) };
      if (score === "additive") {
        const additive = { ...base, W_s: matOf(rng, N, N), W_h: matOf(rng, N, N), v: vecOf(rng, N) };
        return biased ? { ...additive, b_s: vecOf(rng, N), b_h: vecOf(rng, N), b_v: vecOf(rng, 1) } : additive;
      }
      return base;
    },
    solve(i): Solution {
      const H = i.H.map((h) => vec(h));
      const run = (sp: Pick<AttentionSpec, "score" | "weights">, q: Float64Array) => scores(sp, q, H);
      const e = (sp: Pick<AttentionSpec, "score" | "weights">, q: Float64Array) => run(sp, q).e[i.j]!;
      const q = queryOf(i, i.query);
      const answer = e(spec(score, i), q);
      const slips: Solution["slips"] = {
        wrongQuery: e(spec(score, i), queryOf(i, otherQuery(i.query))),
        ...(weighted ? { transposed: e(spec(score, i, true), q) } : {}),
        // q · h / n is the scaled score of q / √n; without the scale it is the dot score.
        ...(score === "scaled" ? { scaleN: e(spec("scaled", i), q.map((x) => x / Math.sqrt(N))), unscaled: e(spec("dot", i), q) } : {}),
        ...(biased ? { noBias: e(spec(score, i, false, false), q) } : {}),
      };
      const target = `\\se{e_{t'${i.j + 1}}}`;
      const last = { tex: `${target} = ${tex(queryTex(i.query), i.j + 1)}`, value: answer };
      // The biased score's worked solution shows u_j, the core's hidden vector, first.
      const u = biased ? run(spec(score, i), q).u![i.j]! : undefined;
      const steps = u ? [{ tex: `u_${i.j + 1} = \\tanh(W_s ${queryTex(i.query)} + b_s + W_h \\sh{h_${i.j + 1}} + b_h)`, value: [...u] }, last] : [last];
      return { answer, slips, steps };
    },
    given(i) {
      const g: Given[] = [
        { tex: "\\ss{s_{t'-1}}", value: i.s_prev },
        { tex: "\\ss{s_{t'}}", value: i.s_cur },
        ...i.H.map((h, j) => ({ tex: `\\sh{h_${j + 1}}`, value: h })),
      ];
      if (i.W_a) g.push({ tex: "W_a", value: i.W_a });
      if (i.W_s) g.push({ tex: "W_s", value: i.W_s }, { tex: "W_h", value: i.W_h! }, { tex: "v", value: i.v! });
      // The biased score names its query: the formula in its words reads q.
      if (i.b_s) g.push({ tex: "b_s", value: i.b_s }, { tex: "b_h", value: i.b_h! }, { tex: "b_v", value: i.b_v![0]! }, { tex: `q = ${queryTex(i.query)}`, value: i.query === "previous" ? i.s_prev : i.s_cur });
      return g;
    },
    target: (i) => `\\se{e_{t'${i.j + 1}}}`,
  };
}

export const scoreDot = scoreKind("dot");
export const scoreScaled = scoreKind("scaled");
export const scoreGeneral = scoreKind("general");
export const scoreAdditive = scoreKind("additive");
export const scoreAdditiveBiased = scoreKind("additive", true);

/** Scores of two decoder steps (rows t' = 1, 2) over three source positions (columns j). */
type WeightIn = { E: number[][]; t: number; j: number };

export const attentionWeight: ExerciseKind<WeightIn> = {
  id: "att.softmax",
  slips: ["wrongAxis"],
  draw: (rng) => ({ E: matOf(rng, 2, T).map((row) => row.map((x) => Math.round(x * 20) / 10 + 0)), t: int(rng, 0, 1), j: int(rng, 0, T - 1) }),
  solve(i): Solution {
    const alpha = softmax(i.E[i.t]!);
    return {
      answer: alpha[i.j]!,
      // Normalised down the column j (over the decoder steps) instead of along the row.
      slips: { wrongAxis: softmax(i.E.map((row) => row[i.j]!))[i.t]! },
      steps: [
        { tex: `\\sa{\\alpha_{${i.t + 1}\\cdot}} = \\operatorname{softmax}(\\se{e_{${i.t + 1}\\cdot}})`, value: [...alpha] },
        { tex: `\\sa{\\alpha_{${i.t + 1}${i.j + 1}}}`, value: alpha[i.j]! },
      ],
    };
  },
  given: (i) => [{ tex: "\\se{e_{t'j}}", value: i.E }],
  target: (i) => `\\sa{\\alpha_{${i.t + 1}${i.j + 1}}}`,
};

type ContextIn = { alpha: number[]; H: number[][]; k: number };

export const contextEntry: ExerciseKind<ContextIn> = {
  id: "att.context",
  slips: ["unweighted"],
  draw(rng) {
    const a = unit(rng) * 0.6;
    const b = Math.round(unit(rng) * (0.95 - a) * 100) / 100;
    const a1 = Math.round(a * 100) / 100;
    const alpha = [a1, b, Math.round((1 - a1 - b) * 100) / 100];
    return { alpha, H: matOf(rng, T, N), k: int(rng, 0, N - 1) };
  },
  solve(i): Solution {
    const H = i.H.map((h) => vec(h));
    const c = weightedSum(i.alpha, H);
    return {
      answer: c[i.k]!,
      slips: { unweighted: mean(H)[i.k]! },
      steps: [
        { tex: "\\sc{c_{t'}} = \\textstyle\\sum_j \\sa{\\alpha_{t'j}} \\sh{h_j}", value: [...c] },
        { tex: `\\sc{c_{t',${i.k + 1}}}`, value: c[i.k]! },
      ],
    };
  },
  given: (i) => [{ tex: "\\sa{\\alpha_{t'\\cdot}}", value: i.alpha }, ...i.H.map((h, j) => ({ tex: `\\sh{h_${j + 1}}`, value: h }))],
  target: (i) => `\\sc{c_{t',${i.k + 1}}}`,
};

type OutputIn = { W_out: number[][]; b_out: number[]; s: number[]; k: number };

export const outputProbability: ExerciseKind<OutputIn> = {
  id: "out.p",
  slips: ["noBias", "noSoftmax"],
  draw: (rng) => ({ W_out: matOf(rng, T, N), b_out: vecOf(rng, T), s: vecOf(rng, N), k: int(rng, 0, T - 1) }),
  solve(i): Solution {
    const out = (b: number[]) => readout({ W_out: M(i.W_out), b_out: vec(b) }, vec(i.s));
    const { logits, p } = out(i.b_out);
    return {
      answer: p[i.k]!,
      slips: { noBias: out([0, 0, 0]).p[i.k]!, noSoftmax: logits[i.k]! },
      steps: [
        { tex: "W_{\\text{out}} \\ss{s_{t'}} + b_{\\text{out}}", value: [...logits] },
        { tex: "p_{t'} = \\operatorname{softmax}(\\cdot)", value: [...p] },
        { tex: `p_{t'}[${i.k + 1}]`, value: p[i.k]! },
      ],
    };
  },
  given: (i) => [
    { tex: "W_{\\text{out}}", value: i.W_out },
    { tex: "b_{\\text{out}}", value: i.b_out },
    { tex: "\\ss{s_{t'}}", value: i.s },
  ],
  target: (i) => `p_{t'}[${i.k + 1}]`,
};
