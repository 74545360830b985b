// The steps of one attention head, in the order the lessons teach them: where X_q and X_kv come
// from, the three projections, Kᵀ, the scores, the mask, the softmax, the weighted sum. Each step
// names its matrices (for the picture), its formula id (from the core) and the formula with numbers.
// A projection's formula writes its result only: its two 8-column inputs are in the picture just
// above it, and written out again they made the formula wider than a laptop's page.

import { TRANSFORMER_FORMULAS, type TransformerFormulaId } from "../../core/transformer/index.ts";
import { fmt, texMat, texSqrt } from "./format.ts";
import { en } from "../i18n/en.ts";
import type { FlowItem, MatrixItem } from "./layout.ts";
import { maskedScores, transpose, type AttentionView, type TfWords } from "./views.ts";

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
function matrices(v: AttentionView, w: TfWords) {
  const h = v.heads > 1 ? w.headOf(v.head + 1) : "";
  const c = w.caption;
  const from = (side: AttentionView["querySide"]) => w.fromThe(w.sides[side]);
  const dModel = features(v.X_q.cols);
  const dk = features(v.d_k);
  const isMasked = (i: number, j: number) => v.mask.data[i * v.mask.cols + j] === -Infinity;
  const self = v.kind !== "cross";
  const m = {
    Xq: { type: "matrix", key: self ? "X" : "Xq", name: self ? "X" : "X_q", caption: self ? c.X(v.queryFrom) : c.Xq(v.queryFrom), side: v.querySide, tag: from(v.querySide), symbol: v.querySide === "encoder" ? "x" : "y", data: v.X_q, rowLabels: v.queryTokens, colLabels: dModel },
    Xkv: { type: "matrix", key: self ? "X" : "Xkv", name: self ? "X" : "X_kv = H", caption: self ? c.X(v.keyFrom) : c.H(v.keyFrom), side: v.keySide, tag: from(v.keySide), symbol: v.keySide === "encoder" ? "h" : "y", data: v.X_kv, rowLabels: v.keyTokens, colLabels: dModel },
    WQ: { type: "matrix", key: "WQ", tag: w.learned, name: "W^Q", caption: c.W("Q", h), data: v.W_Q, rowLabels: dModel, colLabels: dk },
    WK: { type: "matrix", key: "WK", tag: w.learned, name: "W^K", caption: c.W("K", h), data: v.W_K, rowLabels: dModel, colLabels: dk },
    WV: { type: "matrix", key: "WV", tag: w.learned, name: "W^V", caption: c.W("V", h), data: v.W_V, rowLabels: dModel, colLabels: dk },
    Q: { type: "matrix", key: "Q", name: "Q", caption: c.Q(h, v.queryFrom), side: v.querySide, tag: from(v.querySide), symbol: "q", data: v.Q, rowLabels: v.queryTokens, colLabels: dk },
    K: { type: "matrix", key: "K", name: "K", caption: c.K(h, v.keyFrom), side: v.keySide, tag: from(v.keySide), symbol: "k", data: v.K, rowLabels: v.keyTokens, colLabels: dk },
    V: { type: "matrix", key: "V", name: "V", caption: c.V(h, v.keyFrom), side: v.keySide, tag: from(v.keySide), symbol: "v", data: v.V, rowLabels: v.keyTokens, colLabels: dk },
    KT: { type: "matrix", key: "KT", name: "Kᵀ", caption: c.KT(h), side: v.keySide, tag: from(v.keySide), symbol: "k", data: transpose(v.K), rowLabels: dk, colLabels: v.keyTokens },
    S: { type: "matrix", key: "S", name: "S", caption: c.S(h), symbol: "e", data: v.scores, rowLabels: v.queryTokens, colLabels: v.keyTokens },
    M: { type: "matrix", key: "M", name: "M", tag: v.kind === "masked-self" ? w.causal : w.allZeros, caption: v.kind === "masked-self" ? c.Mcausal : c.Mzeros, data: v.mask, rowLabels: v.queryTokens, colLabels: v.keyTokens, masked: isMasked, maskedText: "−∞" },
    SM: { type: "matrix", key: "SM", name: "S + M", caption: c.SM(h), symbol: "e", data: maskedScores(v), rowLabels: v.queryTokens, colLabels: v.keyTokens, masked: isMasked, maskedText: "−∞" },
    A: { type: "matrix", key: "A", name: "A", caption: c.A(h), symbol: "alpha", data: v.weights, rowLabels: v.queryTokens, colLabels: v.keyTokens, masked: isMasked, maskedText: w.masked },
    O: { type: "matrix", key: "O", tag: w.forThe(w.sides[v.querySide]), name: `head${v.heads > 1 ? ` ${v.head + 1}` : ""}`, caption: c.O(v.heads > 1 ? w.headName(v.head + 1) : w.headPlain), side: v.querySide, symbol: "c", data: v.output, rowLabels: v.queryTokens, colLabels: dk },
  } satisfies Record<string, MatrixItem>;
  return { m, isMasked };
}

const result = (item: MatrixItem): MatrixItem => ({ ...item, result: true });

/** A projection step: input × W = result; `n` numbers its glyphs' keys, which differ from step to step. */
function projection(id: StepId, title: string, explain: string, [X, W, out]: readonly [MatrixItem, MatrixItem, MatrixItem], n: number, tex: string): AttentionStep {
  return { id, title, explain, items: [X, glyph(`x${n}`, "×"), W, glyph(`eq${n}`, "="), result(out)], formula: "tf.project", tex };
}

/** The nine steps of head `view.head` of `view.kind`, titled and explained in the words given. */
export function attentionSteps(v: AttentionView, w: TfWords = en.tf): AttentionStep[] {
  const { m, isMasked } = matrices(v, w);
  const t = w.steps;
  const kindName = w.kinds[v.kind];
  const self = v.kind !== "cross";
  const hk = v.heads > 1 ? `_{${v.head + 1}}` : "";
  const sq = texSqrt(v.d_k);
  const masked = v.kind === "masked-self";
  const inputs: AttentionStep = self
    ? {
        id: "inputs",
        title: t.inputsSelfTitle(v.queryFrom),
        explain: t.inputsSelf(kindName, v.queryFrom),
        items: [m.Xq],
        formula: "tf.embed",
        tex: String.raw`X_q = X_{kv} = X = ${texMat(v.X_q)}`,
      }
    : {
        id: "inputs",
        title: t.inputsCrossTitle,
        explain: t.inputsCross,
        items: [m.Xq, m.Xkv],
        formula: "tf.project",
        tex: String.raw`X_q = ${texMat(v.X_q)} \\[6pt] X_{kv} = H = ${texMat(v.X_kv)}`,
      };
  return [
    inputs,
    projection("queries", t.queriesTitle, t.queries(v.d_k), [m.Xq, m.WQ, m.Q], 1, String.raw`\sq{Q${hk}} = X_q W^Q${hk} = ${texMat(v.Q)}`),
    projection("keys", t.keysTitle, t.keys(v.keyFrom), [m.Xkv, m.WK, m.K], 2, String.raw`\sk{K${hk}} = X_{kv} W^K${hk} = ${texMat(v.K)}`),
    projection("values", t.valuesTitle, t.values(v.keyFrom), [m.Xkv, m.WV, m.V], 3, String.raw`\sv{V${hk}} = X_{kv} W^V${hk} = ${texMat(v.V)}`),
    {
      id: "transpose",
      title: t.transposeTitle,
      explain: t.transpose,
      items: [m.K, glyph("t", "→"), result(m.KT)],
      formula: "tf.scores",
      tex: String.raw`\sk{K${hk}}^\top = ${texMat(transpose(v.K))}`,
    },
    {
      id: "scores",
      title: t.scoresTitle,
      explain: t.scores(v.d_k),
      items: [m.Q, glyph("x4", "×"), m.KT, glyph("div", `÷√${v.d_k}`), glyph("eq4", "="), result(m.S)],
      formula: "tf.scores",
      tex: String.raw`S = \frac{\sq{Q${hk}}\,\sk{K${hk}}^\top}{\sqrt{d_k}} = \frac{1}{${sq}} ${texMat(v.Q)} ${texMat(transpose(v.K))} = ${texMat(v.scores)}`,
    },
    {
      id: "mask",
      title: masked ? t.maskTitleMasked : t.maskTitleOpen,
      explain: masked ? t.maskMasked : t.maskOpen(kindName),
      items: [m.S, glyph("plus", "+"), m.M, glyph("eq5", "="), result(m.SM)],
      formula: "tf.mask",
      tex: String.raw`S + M = ${texMat(v.scores)} + ${texMat(v.mask, isMasked)} = ${texMat(maskedScores(v), isMasked)}`,
    },
    {
      id: "weights",
      title: t.weightsTitle,
      explain: masked ? t.weightsMasked : t.weights,
      items: [m.SM, glyph("sm", "→"), result(m.A)],
      formula: "tf.softmax",
      tex: String.raw`\sa{A} = \operatorname{softmax}(S + M) = ${texMat(v.weights, masked ? isMasked : undefined, "0")}, \quad \textstyle\sum_j \sa{A_{1j}} = ${fmt(rowSum(v.weights, 0))}`,
    },
    {
      id: "output",
      title: t.outputTitle,
      explain: t.output,
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
