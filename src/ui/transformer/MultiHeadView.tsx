// Multi-head attention at a glance: h heads of width d_k = d_model / h, each with its own weights
// (each its own pattern of who looks at whom), their outputs side by side, then W^O. The reader picks
// the attention kind and h; every h uses the same weights (the trained preset's, or the untrained
// demo's while it loads), only split differently.

import { useMemo, useState } from "react";
import type { Mat } from "../../core/tensor.ts";
import { concatCols, type TransformerModel } from "../../core/transformer/index.ts";
import { useT } from "../i18n/index.ts";
import { Choice } from "./Choice.tsx";
import { HEAD_CHOICES, PAIRS, isHeadCount, type HeadCount } from "./demo.ts";
import { texMat } from "./format.ts";
import { Formula } from "./Formula.tsx";
import type { FlowItem, MatrixItem } from "./layout.ts";
import { MatrixFlow } from "./MatrixFlow.tsx";
import { useWeightsNote } from "./presetNotes.ts";
import { useShownTransformer } from "./shown.ts";
import { attentionView, type AttentionView, type PlayerKind, type TfWords } from "./views.ts";
import { SymbolText } from "../components/SymbolText.tsx";

const KINDS: readonly PlayerKind[] = ["encoder-self", "masked-self", "cross"];
const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const glyph = (key: string, text: string): FlowItem => ({ type: "glyph", key, text });

function outputParams(kind: PlayerKind, layer: TransformerModel): Mat {
  if (kind === "encoder-self") return layer.encoder[0]!.selfAttention.W_O;
  return kind === "masked-self" ? layer.decoder[0]!.selfAttention.W_O : layer.decoder[0]!.crossAttention.W_O;
}

function items(views: readonly AttentionView[], W_O: Mat, w: TfWords): { weights: FlowItem[]; combine: FlowItem[] } {
  const m = w.multi;
  const v0 = views[0]!;
  const isMasked = (i: number, j: number) => v0.mask.data[i * v0.mask.cols + j] === -Infinity;
  const h = views.length;
  const weights: FlowItem[] = views.map((v) => ({ type: "matrix", key: `A${v.head}`, name: `A_${v.head + 1}`, caption: m.weightsCaption(v.head + 1), symbol: "alpha", data: v.weights, rowLabels: v.queryTokens, colLabels: v.keyTokens, masked: isMasked, maskedText: w.masked }));
  const dims = (v: AttentionView) => Array.from({ length: v.d_k }, (_, i) => `${i + 1}`);
  const outputs: MatrixItem[] = views.map((v) => ({ type: "matrix", key: `H${v.head}`, name: `head_${v.head + 1}`, caption: m.outputCaption(v.head + 1, v.d_k), symbol: "c", data: v.output, rowLabels: v.queryTokens, colLabels: dims(v) }));
  const concat = concatCols(views.map((v) => v.output));
  const all = Array.from({ length: W_O.cols }, (_, i) => `${i + 1}`);
  const record = v0.record;
  const combine: FlowItem[] = [
    ...outputs.flatMap((o, i) => (i === 0 ? [o] : [glyph(`bar${i}`, "|"), o])),
    glyph("to", "→"),
    { type: "matrix", key: "concat", name: "Concat", caption: m.concatCaption(h), data: concat, rowLabels: v0.queryTokens, colLabels: views.flatMap((v) => dims(v).map((d) => (h === 1 ? d : `${v.head + 1}·${d}`))) },
    glyph("x", "×"),
    { type: "matrix", key: "WO", name: "W^O", caption: m.woCaption, tag: w.learned, data: W_O, rowLabels: all, colLabels: all },
    glyph("eq", "="),
    { type: "matrix", key: "MH", name: "MultiHead", caption: m.resultCaption, side: v0.querySide, tag: w.forThe(w.sides[v0.querySide]), symbol: "c", data: record.output, rowLabels: v0.queryTokens, colLabels: all, result: true },
  ];
  return { weights, combine };
}

export function MultiHeadView({ heads = 2, kind: initialKind = "encoder-self" }: { readonly heads?: number; readonly kind?: PlayerKind }) {
  const [h, setH] = useState<HeadCount>(isHeadCount(heads) ? heads : 2);
  const [kind, setKind] = useState<PlayerKind>(KINDS.includes(initialKind) ? initialKind : "encoder-self");
  const t = useT();
  const m = t.tf.multi;
  const shown = useShownTransformer(h, PAIRS[0]!);
  const note = useWeightsNote(shown);
  const views = useMemo(() => Array.from({ length: h }, (_, i) => attentionView(shown.trace, shown.model, kind, i, t.tf)), [shown, h, kind, t]);
  const W_O = outputParams(kind, shown.model);
  const d_model = shown.model.d_model;
  const flows = useMemo(() => items(views, W_O, t.tf), [views, W_O, t]);
  const kindName = capital(t.tf.kinds[kind]);
  const d_k = d_model / h;
  const tex = String.raw`d_k = \frac{d_{\text{model}}}{h} = \frac{${d_model}}{${h}} = ${d_k}, \qquad \operatorname{MultiHead} = \operatorname{Concat}(${views.map((v) => String.raw`\text{head}_{${v.head + 1}}`).join(", ")})\, W^O = ${texMat(concatCols(views.map((v) => v.output)))}\, W^O`;

  return (
    <div className="tf-card" role="group" aria-label={m.region}>
      <div className="tf-options">
        <Choice legend={t.tf.attention} value={kind} onChange={setKind} options={KINDS.map((k) => ({ value: k, label: capital(t.tf.kinds[k]) }))} />
        <Choice legend={t.tf.heads} value={h} onChange={setH} options={HEAD_CHOICES.map((n) => ({ value: n, label: `${n}` }))} />
      </div>
      {note && (
        <p className="tf-note" role="note">
          {note}
        </p>
      )}
      <p className="tf-explain"><SymbolText text={m.explain(h, d_k, d_model, PAIRS[0]!.source, PAIRS[0]!.target)} /></p>
      <MatrixFlow items={flows.weights} label={m.weightsLabel(kindName, h)} />
      <p className="tf-explain"><SymbolText text={m.combine(d_model)} /></p>
      <MatrixFlow items={flows.combine} label={m.combineLabel(kindName)} />
      <Formula tex={tex} label={m.formula} />
    </div>
  );
}
