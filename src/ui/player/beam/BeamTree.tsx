// The beam tree on the page: the picture in a box of its own that scrolls (focusable, so a keyboard
// can scroll it too), its legend, the best translation once the search has ended, and the same
// hypotheses as tables for anyone who cannot see the picture.

import { memo, useMemo } from "react";
import type { BeamResult } from "../../../core/beam.ts";
import { useT } from "../../i18n/index.ts";
import { fmtText } from "../../kit/format.ts";
import { SceneSvg } from "../SceneSvg.tsx";
import { beamTreeScene } from "./beamLayout.ts";
import { BeamTable } from "./BeamTable.tsx";
import type { BeamCursor } from "./beamView.ts";

interface Props {
  readonly result: BeamResult;
  readonly cursor: BeamCursor;
  readonly source: string;
  /** A presentation draws one pruned candidate per step, larger; the tables stay on the page. */
  readonly presenting?: boolean;
}

/** A presentation draws four steps at most and one pruned candidate each, so its numbers stay 20 px tall at 1080p. */
const PRESENTED = { pruned: 1, columns: 4 } as const;

/** The picture alone, with its label. */
export function BeamTreePicture({ result, cursor, source, presenting = false }: Props) {
  const b = useT().beam;
  const scene = useMemo(() => beamTreeScene(result, cursor, { step: b.stepHead, more: b.more, score: b.score }, presenting ? PRESENTED : {}), [result, cursor, b, presenting]);
  return (
    <div className="beam-tree-box" tabIndex={0} role="region" aria-label={b.treeBox}>
      <SceneSvg scene={scene} label={b.treeLabel(source, result.best.tokens.filter((w) => w !== "<eos>").join(" "))} />
    </div>
  );
}

/** The best hypothesis, once the last step has been pruned. */
export function BeamBest({ result, cursor }: { result: BeamResult; cursor: BeamCursor }) {
  const b = useT().beam;
  const done = cursor.t === result.steps.length && cursor.phase === "prune";
  return <p className="beam-best player-output">{done ? b.best(result.best.tokens.join(" "), fmtText(result.best.score, 3)) : "\u00a0"}</p>;
}

export const BeamTree = memo(function BeamTree(props: Props) {
  const b = useT().beam;
  return (
    <div className="player-pictures beam-pictures">
      <BeamTreePicture {...props} />
      <p className="beam-legend">{b.legend}</p>
      <BeamBest result={props.result} cursor={props.cursor} />
      {!props.presenting && <BeamTable result={props.result} cursor={props.cursor} />}
    </div>
  );
});
