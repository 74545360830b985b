// The gradient widget's tables: the global gradient norm before and after clipping (and whether
// clipping acted), and every ‖∂L/∂h_t‖ of the chart, folded away until the reader opens it.

import { useRef } from "react";
import type { FlowResult } from "../../model/gradientFlow.ts";
import { useT } from "../i18n/index.ts";
import { useFocusableWhenWide } from "../kit/useWidth.ts";
import { formatNorm } from "./format.ts";

interface Props {
  readonly results: readonly FlowResult[];
  readonly cellName: (r: FlowResult) => string;
}

export function ClipTable({ results, cellName }: Props) {
  const t = useT().gradients;
  const box = useRef<HTMLDivElement>(null);
  useFocusableWhenWide(box, results);
  return (
    <div className="flow-table-box" ref={box} role="group" aria-label={t.clipCaption}>
      <table className="flow-clip-table">
        <caption>{t.clipCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{t.columns.model}</th>
            <th scope="col">{t.columns.before}</th>
            <th scope="col">{t.columns.after}</th>
            <th scope="col">{t.columns.acted}</th>
          </tr>
        </thead>
        <tbody>
          {results.map((r) => (
            <tr key={r.cell} data-cell={r.cell} className={r.clip?.clipped ? "flow-clipped" : undefined}>
              <th scope="row">{cellName(r)}</th>
              <td>{formatNorm(r.gradNorm)}</td>
              <td>{r.clip ? formatNorm(r.clip.after) : "—"}</td>
              <td>{!r.clip ? t.clipOff : r.clip.clipped ? t.clipped : t.notClipped}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function NormTable({ results, cellName, scale }: Props & { readonly scale: string }) {
  const t = useT().gradients;
  const T = results[0]?.norms.length ?? 0;
  const box = useRef<HTMLDivElement>(null);
  useFocusableWhenWide(box, results);
  return (
    <details className="flow-details">
      <summary>{t.table}</summary>
      <div className="flow-table-box" ref={box} role="group" aria-label={t.tableCaption(scale)}>
        <table className="flow-norm-table">
          <caption>{t.tableCaption(scale)}</caption>
          <thead>
            <tr>
              <th scope="col">{t.step}</th>
              {results.map((r) => (
                <th key={r.cell} scope="col">
                  {cellName(r)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {Array.from({ length: T }, (_, i) => (
              <tr key={i}>
                <th scope="row">{i + 1}</th>
                {results.map((r) => (
                  <td key={r.cell} data-cell={r.cell} data-step={i + 1}>
                    {formatNorm(r.norms[i]!)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
