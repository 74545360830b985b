// Multi-head attention at a glance: h heads of width d_k = d_model / h, each with its own weights
// (each its own pattern of who looks at whom), their outputs side by side, then W^O. The reader picks
// the attention kind and h; every h uses the same demo weights, only split differently.

import { useMemo, useState } from "react";
import type { Mat } from "../../core/tensor.ts";
import { concatCols } from "../../core/transformer/index.ts";
import { Choice } from "./Choice.tsx";
import { DEMO_D_MODEL, HEAD_CHOICES, PAIRS, UNTRAINED_NOTE, demoTrace, demoTransformer, isHeadCount, type HeadCount } from "./demo.ts";
import { texMat } from "./format.ts";
import { Formula } from "./Formula.tsx";
import type { FlowItem, MatrixItem } from "./layout.ts";
import { MatrixFlow } from "./MatrixFlow.tsx";
import { KIND_NAMES, attentionView, type AttentionView, type PlayerKind } from "./views.ts";

const KINDS: readonly PlayerKind[] = ["encoder-self", "masked-self", "cross"];
const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const glyph = (key: string, text: string): FlowItem => ({ type: "glyph", key, text });

function outputParams(kind: PlayerKind, h: HeadCount): Mat {
  const layer = demoTransformer(h);
  if (kind === "encoder-self") return layer.encoder[0]!.selfAttention.W_O;
  return kind === "masked-self" ? layer.decoder[0]!.selfAttention.W_O : layer.decoder[0]!.crossAttention.W_O;
}

function items(views: readonly AttentionView[], W_O: Mat): { weights: FlowItem[]; combine: FlowItem[] } {
  const v0 = views[0]!;
  const isMasked = (i: number, j: number) => v0.mask.data[i * v0.mask.cols + j] === -Infinity;
  const h = views.length;
  const weights: FlowItem[] = views.map((v) => ({ type: "matrix", key: `A${v.head}`, name: `A_${v.head + 1}`, caption: `A ${v.head + 1}, the weights of head ${v.head + 1}`, symbol: "alpha", data: v.weights, rowLabels: v.queryTokens, colLabels: v.keyTokens, masked: isMasked, maskedText: "masked" }));
  const dims = (v: AttentionView) => Array.from({ length: v.d_k }, (_, i) => `${i + 1}`);
  const outputs: MatrixItem[] = views.map((v) => ({ type: "matrix", key: `H${v.head}`, name: `head_${v.head + 1}`, caption: `head ${v.head + 1}, its output: ${v.d_k} number${v.d_k === 1 ? "" : "s"} per token`, symbol: "c", data: v.output, rowLabels: v.queryTokens, colLabels: dims(v) }));
  const concat = concatCols(views.map((v) => v.output));
  const all = Array.from({ length: DEMO_D_MODEL }, (_, i) => `${i + 1}`);
  const record = v0.record;
  const combine: FlowItem[] = [
    ...outputs.flatMap((o, i) => (i === 0 ? [o] : [glyph(`bar${i}`, "|"), o])),
    glyph("to", "→"),
    { type: "matrix", key: "concat", name: "Concat", caption: `Concat, the ${h} head${h === 1 ? "" : "s"} side by side`, data: concat, rowLabels: v0.queryTokens, colLabels: views.flatMap((v) => dims(v).map((d) => (h === 1 ? d : `${v.head + 1}·${d}`))) },
    glyph("x", "×"),
    { type: "matrix", key: "WO", name: "W^O", caption: "W O, learned: mixes the heads", tag: "learned", data: W_O, rowLabels: all, colLabels: all },
    glyph("eq", "="),
    { type: "matrix", key: "MH", name: "MultiHead", caption: "the multi-head output, one row per query", side: v0.querySide, tag: `for the ${v0.querySide}`, symbol: "c", data: record.output, rowLabels: v0.queryTokens, colLabels: all, result: true },
  ];
  return { weights, combine };
}

export function MultiHeadView({ heads = 2, kind: initialKind = "encoder-self" }: { readonly heads?: number; readonly kind?: PlayerKind }) {
  const [h, setH] = useState<HeadCount>(isHeadCount(heads) ? heads : 2);
  const [kind, setKind] = useState<PlayerKind>(KINDS.includes(initialKind) ? initialKind : "encoder-self");
  const views = useMemo(() => {
    const trace = demoTrace(h, PAIRS[0]!);
    return Array.from({ length: h }, (_, i) => attentionView(trace, demoTransformer(h), kind, i));
  }, [h, kind]);
  const W_O = outputParams(kind, h);
  const flows = useMemo(() => items(views, W_O), [views, W_O]);
  const d_k = DEMO_D_MODEL / h;
  const tex = String.raw`d_k = \frac{d_{\text{model}}}{h} = \frac{${DEMO_D_MODEL}}{${h}} = ${d_k}, \qquad \operatorname{MultiHead} = \operatorname{Concat}(${views.map((v) => String.raw`\text{head}_{${v.head + 1}}`).join(", ")})\, W^O = ${texMat(concatCols(views.map((v) => v.output)))}\, W^O`;

  return (
    <div className="tf-card" role="group" aria-label="Multi-head attention">
      <div className="tf-options">
        <Choice legend="Attention" value={kind} onChange={setKind} options={KINDS.map((k) => ({ value: k, label: capital(KIND_NAMES[k]) }))} />
        <Choice legend="Heads h" value={h} onChange={setH} options={HEAD_CHOICES.map((n) => ({ value: n, label: `${n}` }))} />
      </div>
      <p className="tf-note" role="note">
        {UNTRAINED_NOTE}
      </p>
      <p className="tf-explain">
        {h === 1 ? "One head" : `${h} heads`}, each reading {d_k} of the {DEMO_D_MODEL} columns of Q, K and V (dₖ = {d_k}), on “{PAIRS[0]!.source}” → “{PAIRS[0]!.target}”. Each head computes its own weights:
      </p>
      <MatrixFlow items={flows.weights} label={`${capital(KIND_NAMES[kind])}: the weights of each of the ${h} heads`} />
      <p className="tf-explain">Their outputs, side by side, make one row of {DEMO_D_MODEL} numbers per token again; the learned matrix W<sup>O</sup> mixes them:</p>
      <MatrixFlow items={flows.combine} label={`${capital(KIND_NAMES[kind])}: the heads concatenated and multiplied by W O`} />
      <Formula tex={tex} label="multi-head attention" />
    </div>
  );
}
