// Sinusoidal positional encoding: the heat map of PE for a range of positions, a slider to pick one
// position and see its numbers in the formula, and the demo model's own sum X = E·√d_model + PE.

import { useEffect, useId, useMemo, useRef, useState } from "react";
import { positionalEncoding } from "../../core/transformer/index.ts";
import { useT } from "../i18n/index.ts";
import { PAIRS } from "./demo.ts";
import { fmt } from "./format.ts";
import { Formula } from "./Formula.tsx";
import { drawPositional } from "./drawPositional.ts";
import type { FlowItem } from "./layout.ts";
import { MatrixFlow } from "./MatrixFlow.tsx";
import { useShownTransformer } from "./shown.ts";
import { useWidth } from "../kit/useWidth.ts";
import { SymbolText } from "../components/SymbolText.tsx";

/** The heat map's size: enough positions and dimensions to see the waves. */
const POSITIONS = 24;
const D_MODEL = 16;

function positionTex(pos: number): string {
  const terms = [0, 1, 2, 3].map((c) => {
    const twoI = c - (c % 2);
    const angle = pos / Math.pow(10000, twoI / D_MODEL);
    const f = c % 2 === 0 ? String.raw`\sin` : String.raw`\cos`;
    return String.raw`PE_{(${pos},${c})} = ${f}\!\big(${pos} / 10000^{${twoI}/${D_MODEL}}\big) = ${f}(${fmt(angle, 3)}) = ${fmt(c % 2 === 0 ? Math.sin(angle) : Math.cos(angle), 3)}`;
  });
  return String.raw`\begin{aligned} ${terms.map((t) => t.replace("=", "&=")).join(String.raw` \\ `)} \end{aligned}`;
}

export function PositionalEncodingView() {
  const [pos, setPos] = useState(3);
  const sliderId = useId();
  const box = useRef<HTMLDivElement>(null);
  const svg = useRef<SVGSVGElement>(null);
  const width = useWidth(box);
  const t = useT();
  const w = t.tf.positional;
  const PE = useMemo(() => positionalEncoding(POSITIONS, D_MODEL), []);
  useEffect(() => {
    if (svg.current) drawPositional(svg.current, PE, width, pos);
  }, [PE, width, pos]);

  const embed = useShownTransformer(2, PAIRS[0]!).trace.encoder.embedding;
  const d = embed.X.cols;
  const dims = Array.from({ length: d }, (_, i) => `${i}`);
  const scaled = { rows: embed.E_rows.rows, cols: d, data: embed.E_rows.data.map((v) => v * embed.scale) };
  const sum: FlowItem[] = [
    { type: "matrix", key: "E", name: "E·√d", caption: w.embeddings(d), symbol: "x", data: scaled, rowLabels: embed.tokens, colLabels: dims },
    { type: "glyph", key: "plus", text: "+" },
    { type: "matrix", key: "PE", name: "PE", caption: w.encoding, data: embed.PE, rowLabels: Array.from({ length: embed.PE.rows }, (_, i) => w.posRow(i)), colLabels: dims },
    { type: "glyph", key: "eq", text: "=" },
    { type: "matrix", key: "X", name: "X", caption: w.input, tag: w.inputTag, symbol: "x", data: embed.X, rowLabels: embed.tokens, colLabels: dims, result: true },
  ];

  return (
    <div className="tf-card" role="group" aria-label={w.region}>
      <div ref={box} className="pe-map">
        <svg ref={svg} role="img" aria-label={w.map(POSITIONS - 1, D_MODEL, pos)} />
      </div>
      {/* The output sits outside the label: a label names its first labelable element, and an <output> is one. */}
      <div className="pe-slider">
        <label htmlFor={sliderId}>{w.position}</label>
        <output htmlFor={sliderId}>{pos}</output>
        <input id={sliderId} type="range" min={0} max={POSITIONS - 1} value={pos} onChange={(e) => setPos(Number(e.target.value))} />
      </div>
      <Formula tex={positionTex(pos)} label={w.positionOf(pos)} />
      <p className="tf-explain"><SymbolText text={w.explain(d, PAIRS[0]!.source)} /></p>
      <MatrixFlow items={sum} label={w.sumLabel} />
    </div>
  );
}
