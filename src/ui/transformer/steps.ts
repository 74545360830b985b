// The steps of one attention head, in the order the lessons teach them: where X_q and X_kv come
// from, the three projections, Kᵀ, the scores, the mask, the softmax, the weighted sum. Each step
// names its matrices (for the picture), its formula id (from the core) and the formula with numbers.

import { TRANSFORMER_FORMULAS, type TransformerFormulaId } from "../../core/transformer/index.ts";
import { fmt, texMat, texSqrt } from "./format.ts";
import type { FlowItem, MatrixItem } from "./layout.ts";
import { KIND_NAMES, maskedScores, transpose, type AttentionView } from "./views.ts";

export type StepId = "inputs" | "queries" | "keys" | "values" | "transpose" | "scores" | "mask" | "weights" | "output";

export interface AttentionStep {
  readonly id: StepId;
  readonly title: string;
  /** One or two sentences: what happens and why. */
  readonly explain: string;
  readonly items: readonly FlowItem[];
  readonly formula: TransformerFormulaId;
  /** The formula with this head's numbers in it. */
  readonly tex: string;
}

const features = (n: number, prefix = "") => Array.from({ length: n }, (_, i) => `${prefix}${i + 1}`);
const glyph = (key: string, text: string): FlowItem => ({ type: "glyph", key, text });

/** The matrices of one view, named once so that every step draws them alike. */
function matrices(v: AttentionView) {
  const h = v.heads > 1 ? ` (head ${v.head + 1})` : "";
  const dModel = features(v.X_q.cols);
  const dk = features(v.d_k);
  const isMasked = (i: number, j: number) => v.mask.data[i * v.mask.cols + j] === -Infinity;
  const self = v.kind !== "cross";
  const m = {
    Xq: { type: "matrix", key: self ? "X" : "Xq", name: self ? "X" : "X_q", caption: self ? `X, ${v.queryFrom}` : `X q, ${v.queryFrom}`, side: v.querySide, tag: `from the ${v.querySide}`, symbol: v.querySide === "encoder" ? "x" : "y", data: v.X_q, rowLabels: v.queryTokens, colLabels: dModel },
    Xkv: { type: "matrix", key: self ? "X" : "Xkv", name: self ? "X" : "X_kv = H", caption: self ? `X, ${v.keyFrom}` : `H, ${v.keyFrom}`, side: v.keySide, tag: `from the ${v.keySide}`, symbol: v.keySide === "encoder" ? "h" : "y", data: v.X_kv, rowLabels: v.keyTokens, colLabels: dModel },
    WQ: { type: "matrix", key: "WQ", tag: "learned", name: "W^Q", caption: `W Q${h}, learned`, data: v.W_Q, rowLabels: dModel, colLabels: dk },
    WK: { type: "matrix", key: "WK", tag: "learned", name: "W^K", caption: `W K${h}, learned`, data: v.W_K, rowLabels: dModel, colLabels: dk },
    WV: { type: "matrix", key: "WV", tag: "learned", name: "W^V", caption: `W V${h}, learned`, data: v.W_V, rowLabels: dModel, colLabels: dk },
    Q: { type: "matrix", key: "Q", name: "Q", caption: `Q${h}, queries, from ${v.queryFrom}`, side: v.querySide, tag: `from the ${v.querySide}`, symbol: "q", data: v.Q, rowLabels: v.queryTokens, colLabels: dk },
    K: { type: "matrix", key: "K", name: "K", caption: `K${h}, keys, from ${v.keyFrom}`, side: v.keySide, tag: `from the ${v.keySide}`, symbol: "k", data: v.K, rowLabels: v.keyTokens, colLabels: dk },
    V: { type: "matrix", key: "V", name: "V", caption: `V${h}, values, from ${v.keyFrom}`, side: v.keySide, tag: `from the ${v.keySide}`, symbol: "v", data: v.V, rowLabels: v.keyTokens, colLabels: dk },
    KT: { type: "matrix", key: "KT", name: "Kᵀ", caption: `K transposed${h}, one column per key`, side: v.keySide, tag: `from the ${v.keySide}`, symbol: "k", data: transpose(v.K), rowLabels: dk, colLabels: v.keyTokens },
    S: { type: "matrix", key: "S", name: "S", caption: `S, scores${h}: a row per query, a column per key`, symbol: "e", data: v.scores, rowLabels: v.queryTokens, colLabels: v.keyTokens },
    M: { type: "matrix", key: "M", name: "M", tag: v.kind === "masked-self" ? "causal" : "all zeros", caption: v.kind === "masked-self" ? "M, causal mask: −∞ above the diagonal" : "M, mask: all zeros, nothing hidden", data: v.mask, rowLabels: v.queryTokens, colLabels: v.keyTokens, masked: isMasked, maskedText: "−∞" },
    SM: { type: "matrix", key: "SM", name: "S + M", caption: `S + M, masked scores${h}`, symbol: "e", data: maskedScores(v), rowLabels: v.queryTokens, colLabels: v.keyTokens, masked: isMasked, maskedText: "−∞" },
    A: { type: "matrix", key: "A", name: "A", caption: `A, attention weights${h}: each row sums to 1`, symbol: "alpha", data: v.weights, rowLabels: v.queryTokens, colLabels: v.keyTokens, masked: isMasked, maskedText: "masked" },
    O: { type: "matrix", key: "O", tag: `for the ${v.querySide}`, name: `head${v.heads > 1 ? ` ${v.head + 1}` : ""}`, caption: `${v.heads > 1 ? `head ${v.head + 1}` : "head"}, output: one new vector per query`, side: v.querySide, symbol: "c", data: v.output, rowLabels: v.queryTokens, colLabels: dk },
  } satisfies Record<string, MatrixItem>;
  return { m, isMasked };
}

const result = (item: MatrixItem): MatrixItem => ({ ...item, result: true });

/** The nine steps of head `view.head` of `view.kind`. */
export function attentionSteps(v: AttentionView): AttentionStep[] {
  const { m, isMasked } = matrices(v);
  const self = v.kind !== "cross";
  const hk = v.heads > 1 ? `_{${v.head + 1}}` : "";
  const sq = texSqrt(v.d_k);
  const masked = v.kind === "masked-self";
  const inputs: AttentionStep = self
    ? {
        id: "inputs",
        title: `Inputs: ${v.queryFrom}, three times`,
        explain: `In ${KIND_NAMES[v.kind]}, queries, keys and values all come from the same matrix X: ${v.queryFrom}, one row per token.`,
        items: [m.Xq],
        formula: "tf.embed",
        tex: String.raw`X_q = X_{kv} = X = ${texMat(v.X_q)}`,
      }
    : {
        id: "inputs",
        title: "Inputs: the decoder asks, the encoder answers",
        explain: "The queries come from the decoder; the keys and values from the encoder output H, the encoder's reading notes.",
        items: [m.Xq, m.Xkv],
        formula: "tf.project",
        tex: String.raw`X_q = ${texMat(v.X_q)}, \quad X_{kv} = H = ${texMat(v.X_kv)}`,
      };
  return [
    inputs,
    {
      id: "queries",
      title: "Queries Q: what each token is looking for",
      explain: `Each row of X_q times the learned W^Q gives that token's query (${v.d_k} number${v.d_k === 1 ? "" : "s"} per head).`,
      items: [m.Xq, glyph("x1", "×"), m.WQ, glyph("eq1", "="), result(m.Q)],
      formula: "tf.project",
      tex: String.raw`\sq{Q${hk}} = X_q W^Q${hk} = ${texMat(v.X_q)} ${texMat(v.W_Q)} = ${texMat(v.Q)}`,
    },
    {
      id: "keys",
      title: "Keys K: the label each token shows",
      explain: `Keys come from ${v.keyFrom}, through their own matrix W^K.`,
      items: [m.Xkv, glyph("x2", "×"), m.WK, glyph("eq2", "="), result(m.K)],
      formula: "tf.project",
      tex: String.raw`\sk{K${hk}} = X_{kv} W^K${hk} = ${texMat(v.X_kv)} ${texMat(v.W_K)} = ${texMat(v.K)}`,
    },
    {
      id: "values",
      title: "Values V: the content each token hands over",
      explain: `Values come from the same rows as the keys (${v.keyFrom}) but through a third matrix, W^V.`,
      items: [m.Xkv, glyph("x3", "×"), m.WV, glyph("eq3", "="), result(m.V)],
      formula: "tf.project",
      tex: String.raw`\sv{V${hk}} = X_{kv} W^V${hk} = ${texMat(v.X_kv)} ${texMat(v.W_V)} = ${texMat(v.V)}`,
    },
    {
      id: "transpose",
      title: "Kᵀ: keys turned into columns",
      explain: "Transposing K puts one key in each column, so one matrix product compares every query with every key.",
      items: [m.K, glyph("t", "→"), result(m.KT)],
      formula: "tf.scores",
      tex: String.raw`\sk{K${hk}}^\top = ${texMat(transpose(v.K))}`,
    },
    {
      id: "scores",
      title: "Scores: every query against every key",
      explain: `Entry (i, j) is the dot product of query i with key j, divided by √dₖ = √${v.d_k} so that the scores do not grow with the width.`,
      items: [m.Q, glyph("x4", "×"), m.KT, glyph("div", `÷√${v.d_k}`), glyph("eq4", "="), result(m.S)],
      formula: "tf.scores",
      tex: String.raw`S = \frac{\sq{Q${hk}}\,\sk{K${hk}}^\top}{\sqrt{d_k}} = \frac{1}{${sq}} ${texMat(v.Q)} ${texMat(transpose(v.K))} = ${texMat(v.scores)}`,
    },
    {
      id: "mask",
      title: masked ? "The mask: no peeking at later words" : "The mask: here, nothing is hidden",
      explain: masked
        ? "Above the diagonal, key j comes after query i: the decoder has not written that word yet, so M puts −∞ there."
        : `In ${KIND_NAMES[v.kind]} every query may look at every key, so M is all zeros and S + M = S.`,
      items: [m.S, glyph("plus", "+"), m.M, glyph("eq5", "="), result(m.SM)],
      formula: "tf.mask",
      tex: String.raw`S + M = ${texMat(v.scores)} + ${texMat(v.mask, isMasked)} = ${texMat(maskedScores(v), isMasked)}`,
    },
    {
      id: "weights",
      title: "Weights: a softmax in each row",
      explain: masked
        ? "Each row becomes weights that add up to 1. Since e to the power −∞ is 0, the masked weights are exactly 0: a word gets nothing from the words after it."
        : "Each row becomes weights between 0 and 1 that add up to 1: how much each query takes from each key's value.",
      items: [m.SM, glyph("sm", "→"), result(m.A)],
      formula: "tf.softmax",
      tex: String.raw`\sa{A} = \operatorname{softmax}(S + M) = ${texMat(v.weights, masked ? isMasked : undefined, "0")}, \quad \textstyle\sum_j \sa{A_{1j}} = ${fmt(rowSum(v.weights, 0))}`,
    },
    {
      id: "output",
      title: "Output: a weighted mix of the values",
      explain: "Row i of the output is row i of the weights times V: the values, mixed in the proportions the weights say.",
      items: [m.A, glyph("x5", "×"), m.V, glyph("eq6", "="), result(m.O)],
      formula: "tf.attention",
      tex: String.raw`\operatorname{head}${hk} = \sa{A}\,\sv{V${hk}} = ${texMat(v.weights, masked ? isMasked : undefined, "0")} ${texMat(v.V)} = ${texMat(v.output)}`,
    },
  ];
}

function rowSum(M: { cols: number; data: Float64Array }, i: number): number {
  let s = 0;
  for (let j = 0; j < M.cols; j++) s += M.data[i * M.cols + j]!;
  return s;
}

/** The symbolic formula of a step, as the core names it. */
export function symbolicTex(step: AttentionStep): string {
  return TRANSFORMER_FORMULAS[step.formula];
}
