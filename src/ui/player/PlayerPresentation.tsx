// The player on a projector: the step in one sentence, the pictures of the current step large, and
// the formulas with their numbers beside them. Stepping moves the player's own cursor.

import type { Trace } from "../../core/trace.ts";
import { useT } from "../i18n/index.ts";
import { PresentationOverlay, type StepRequest } from "../presentation/PresentationOverlay.tsx";
import type { AppStore } from "../store.ts";
import { FormulaPanel } from "./FormulaPanel.tsx";
import { OutputText, PlayerPictures } from "./PlayerPictures.tsx";
import type { FormulaLine } from "./stepFormulas.ts";
import { goTo } from "./usePlayback.ts";
import type { PlayerFocus } from "./widgetProps.ts";

interface Props {
  readonly store: AppStore;
  readonly trace: Trace;
  readonly cursor: number;
  readonly focus: PlayerFocus;
  readonly vocab: readonly string[];
  readonly title: string;
  readonly sentence: string;
  readonly lines: readonly FormulaLine[];
  readonly onClose: () => void;
  readonly fullscreen: boolean;
}

export function PlayerPresentation({ store, trace, cursor, focus, vocab, title, sentence, lines, onClose, fullscreen }: Props) {
  const t = useT();
  const last = trace.steps.length - 1;
  const onStep = (request: StepRequest) => {
    const target = { next: cursor + 1, previous: cursor - 1, first: 0, last }[request];
    goTo(store, Math.max(0, Math.min(last, target)));
  };
  return (
    <PresentationOverlay name={t.player.region} step={cursor} count={last + 1} sentence={sentence} onStep={onStep} onClose={onClose} fullscreen={fullscreen}>
      <div className="presentation-player">
        <div className="presentation-pictures">
          <PlayerPictures trace={trace} cursor={cursor} focus={focus} vocab={vocab} stepOnly />
          <OutputText trace={trace} cursor={cursor} />
        </div>
        <FormulaPanel title={title} lines={lines} label={t.presentation.dialog(t.player.formulas)} />
      </div>
    </PresentationOverlay>
  );
}
