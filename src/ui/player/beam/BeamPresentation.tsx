// The beam player on a projector: the tree large on the left, the formulas of the current
// hypothesis on the right, on one screen; stepping moves the player's own cursor.

import type { BeamResult } from "../../../core/beam.ts";
import { useT } from "../../i18n/index.ts";
import { PresentationOverlay, type StepRequest } from "../../presentation/PresentationOverlay.tsx";
import type { PlayerStore } from "../../playerStore.ts";
import { FormulaPanel } from "../FormulaPanel.tsx";
import type { FormulaLine } from "../stepFormulas.ts";
import { goTo } from "../usePlayback.ts";
import { BeamBest, BeamTreePicture } from "./BeamTree.tsx";
import type { BeamCursor } from "./beamView.ts";

interface Props {
  readonly store: PlayerStore;
  readonly result: BeamResult;
  readonly cursor: BeamCursor;
  readonly index: number;
  readonly last: number;
  readonly title: string;
  readonly sentence: string;
  readonly lines: readonly FormulaLine[];
  readonly source: string;
  readonly onClose: () => void;
  readonly fullscreen: boolean;
}

export function BeamPresentation({ store, result, cursor, index, last, title, sentence, lines, source, onClose, fullscreen }: Props) {
  const t = useT();
  const onStep = (request: StepRequest) => {
    const target = { next: index + 1, previous: index - 1, first: 0, last }[request];
    goTo(store, Math.max(0, Math.min(last, target)));
  };
  return (
    <PresentationOverlay name={t.beam.region} step={index} count={last + 1} sentence={sentence} onStep={onStep} onClose={onClose} fullscreen={fullscreen}>
      <div className="presentation-player beam-presentation" data-layout="columns">
        <div className="player-main presentation-pictures beam-presented-tree">
          <BeamTreePicture result={result} cursor={cursor} source={source} presenting />
          <p className="beam-legend">{t.beam.legend}</p>
        </div>
        <div className="presentation-formulas">
          <FormulaPanel title={title} lines={lines} label={t.presentation.dialog(t.beam.formulas)} />
          <BeamBest result={result} cursor={cursor} />
        </div>
      </div>
    </PresentationOverlay>
  );
}
