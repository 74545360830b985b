// Seed 004's table of where Q, K and V come from, linked to a picture of the three attention blocks:
// pointing at (or focusing) a cell lights up its matrix and the arrow from its source, and pressing
// it keeps the light on. Pointing at a matrix lights up its cell in the same way.

import { useEffect, useMemo, useRef, useState } from "react";
import { useCjkFont } from "../i18n/cjkFont.ts";
import { useT } from "../i18n/index.ts";
import { DEMO_SEED, PAIRS, pairById } from "./demo.ts";
import { drawQkv, type QkvMatrices } from "./drawQkv.ts";
import { PARTS, QKV_ROWS, qkvKey } from "./qkvSources.ts";
import { useShownTransformer } from "./shown.ts";
import { useWidth } from "../kit/useWidth.ts";
import { attentionView, type PlayerKind } from "./views.ts";

export function QkvTable({ pair = PAIRS[0]!.id }: { readonly pair?: string }) {
  const [pointed, setPointed] = useState<string | null>(null);
  const [pinned, setPinned] = useState<string | null>(null);
  const highlighted = pointed ?? pinned;
  const t = useT();
  const q = t.tf.qkv;
  useCjkFont(pairById(pair).id === "china");
  const box = useRef<HTMLDivElement>(null);
  const svg = useRef<SVGSVGElement>(null);
  const width = useWidth(box);
  // One head covers every column, so Q, K and V are the model's own whatever h it was trained with.
  const shown = useShownTransformer(1, pairById(pair));
  const mats: QkvMatrices = useMemo(() => {
    const { trace } = shown;
    const pick = (kind: PlayerKind) => {
      const v = attentionView(trace, shown.model, kind, 0);
      return { Q: v.Q, K: v.K, V: v.V };
    };
    return { "encoder-self": pick("encoder-self"), "masked-self": pick("masked-self"), cross: pick("cross") };
  }, [shown]);

  useEffect(() => {
    if (svg.current) drawQkv(svg.current, mats, width, highlighted, setPointed, t.tf);
  }, [mats, width, highlighted, t]);

  return (
    <div className="tf-card qkv">
      <div className="qkv-scroll">
        <table className="qkv-table">
          <caption>{q.caption}</caption>
          <thead>
            <tr>
              <th scope="col">{q.firstColumn}</th>
              {PARTS.map((p) => (
                <th scope="col" key={p}>
                  {q.parts[p]} ({p})
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {QKV_ROWS.map((row) => (
              <tr key={row.kind}>
                {/* The purpose shares the first column: five columns do not fit a phone. */}
                <th scope="row">
                  {t.tf.kindTitles[row.kind]}
                  <span className="qkv-purpose">{q.purposes[row.kind]}</span>
                </th>
                {PARTS.map((part) => {
                  const key = qkvKey(row.kind, part);
                  const on = highlighted === key;
                  return (
                    <td key={part} className={on ? "is-highlighted" : undefined}>
                      <button
                        type="button"
                        className="qkv-link"
                        aria-pressed={pinned === key}
                        aria-label={q.link(q.sources[row.from[part]], part, t.tf.kinds[row.kind])}
                        onMouseEnter={() => setPointed(key)}
                        onMouseLeave={() => setPointed(null)}
                        onFocus={() => setPointed(key)}
                        onBlur={() => setPointed(null)}
                        onClick={() => setPinned((k) => (k === key ? null : key))}
                      >
                        {q.sources[row.from[part]]}
                      </button>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div ref={box} className="qkv-picture">
        <svg ref={svg} role="group" aria-label={q.picture} />
      </div>
      <p className="tf-note" role="note">
        {shown.trained ? "" : `${t.tf.untrained(DEMO_SEED)} `}
        {q.shades(pairById(pair).source, pairById(pair).target)}
      </p>
    </div>
  );
}
