// One column of the teacher-forcing comparison: a decoder's steps as a table, its sum of −log p, and,
// for free running, the words it wrote and where it stopped.

import { useRef } from "react";
import type { DecoderColumn } from "../../model/exposureBias.ts";
import { useT } from "../i18n/index.ts";
import { useFocusableWhenWide } from "../kit/useWidth.ts";

/** Probabilities and −log p to three decimals; a tiny probability in e-notation rather than 0.000. */
function fmt(x: number): string {
  return x === 0 || Math.abs(x) >= 0.001 ? x.toFixed(3) : x.toExponential(2);
}

interface Props {
  readonly name: string;
  readonly how: string;
  readonly column: DecoderColumn;
  readonly kind: "forced" | "free";
  /** How many steps the right translation has (its words and <eos>). */
  readonly total: number;
}

export function DecoderTable({ name, how, column, kind, total }: Props) {
  const t = useT().teacherForcing;
  const box = useRef<HTMLDivElement>(null);
  // On a narrow phone the table may scroll sideways in its box: the keyboard can then reach it.
  useFocusableWhenWide(box, column);
  const last = column.rows.at(-1);
  const stoppedEarly = kind === "free" && last !== undefined && last.top === "<eos>" && last.right !== "<eos>";
  return (
    <section className={`tf-column tf-${kind}`} aria-label={name}>
      <h3>{name}</h3>
      <p className="tf-how">{how}</p>
      <div className="tf-table-box" ref={box} role="group" aria-label={t.caption(name)}>
        <table>
          <caption className="visually-hidden">{t.caption(name)}</caption>
          <thead>
            <tr>
              <th scope="col">{t.columns.t}</th>
              <th scope="col">{t.columns.input}</th>
              <th scope="col">{t.columns.top}</th>
              <th scope="col">{t.columns.pRight}</th>
              <th scope="col">{t.columns.nll}</th>
            </tr>
          </thead>
          <tbody>
            {column.rows.map((r) => (
              <tr key={r.t} data-step={r.t} className={r.diverged ? "tf-diverged" : undefined}>
                <th scope="row">{r.t}</th>
                <td className="tf-input">
                  {r.diverged && (
                    <span className="tf-mark" aria-hidden="true">
                      {t.divergedMark}{" "}
                    </span>
                  )}
                  {r.input}
                  {r.diverged && <span className="visually-hidden"> {t.diverged(column.rows[r.t - 2]?.right ?? "<sos>")}</span>}
                </td>
                <td>{r.top}</td>
                <td data-value="p">{fmt(r.pRight)}</td>
                <td data-value="nll">{fmt(r.nll)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row" colSpan={4}>
                {column.rows.length < total ? t.sumPartial(column.rows.length) : t.sum}
              </th>
              <td data-value="sum">{fmt(column.sum)}</td>
            </tr>
          </tfoot>
        </table>
      </div>
      {kind === "free" && (
        <p className="tf-output">
          <span className="tf-output-label">{t.output}:</span> {column.output.join(" ") || "—"}
          {stoppedEarly && <> {t.stopped(last.t)}</>}
        </p>
      )}
    </section>
  );
}
