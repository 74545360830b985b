// The beam tree in words: a table of the drawn hypotheses per step, up to the cursor, with the same
// numbers and status marks as the picture. It is the tree's text alternative, behind a disclosure.

import { memo } from "react";
import type { BeamResult } from "../../../core/beam.ts";
import { useT } from "../../i18n/index.ts";
import { fmtText } from "../../kit/format.ts";
import { hiddenCount, scoreShown, shownCandidates, shownStatus, type BeamCursor } from "./beamView.ts";

export const BeamTable = memo(function BeamTable({ result, cursor }: { result: BeamResult; cursor: BeamCursor }) {
  const b = useT().beam;
  const c = b.columns;
  const steps = result.steps.slice(0, cursor.t);
  return (
    <details className="beam-tables">
      <summary>{b.tables}</summary>
      {steps.map((step) => {
        const shown = scoreShown(step.t, cursor);
        const hidden = hiddenCount(step, result.width);
        return (
          <div className="beam-table-box" key={step.t} tabIndex={0} role="region" aria-label={b.tableCaption(step.t)}>
            <table className="beam-table">
              <caption>{b.tableCaption(step.t)}</caption>
              <thead>
                <tr>
                  <th scope="col">{c.rank}</th>
                  <th scope="col">{c.hypothesis}</th>
                  <th scope="col">{c.logp}</th>
                  <th scope="col">{c.logP}</th>
                  <th scope="col">{c.score}</th>
                  <th scope="col">{c.status}</th>
                </tr>
              </thead>
              <tbody>
                {shownCandidates(step, result.width).map(({ rank, hyp, key }) => (
                  <tr key={key} data-status={shownStatus(hyp, step.t, cursor)}>
                    <td>{rank + 1}</td>
                    <th scope="row">{hyp.tokens.join(" ")}</th>
                    <td>{fmtText(hyp.tokenLogProb, 3)}</td>
                    <td>{shown ? fmtText(hyp.logProb, 3) : ""}</td>
                    <td>{shown ? fmtText(hyp.score, 3) : ""}</td>
                    <td>{b.status[shownStatus(hyp, step.t, cursor)]}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            {hidden > 0 && <p className="beam-table-more">{b.more(hidden)}</p>}
          </div>
        );
      })}
    </details>
  );
});
