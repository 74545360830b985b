// The training-step player on a projector: the picture large on the left, the step's formulas on
// the right; stepping moves the player's own cursor (and so the address's tstep).

import type { TrainingStepTrace } from "../../core/grad/backTrace.ts";
import { useT } from "../i18n/index.ts";
import { PresentationOverlay, type StepRequest } from "../presentation/PresentationOverlay.tsx";
import { StepFormulas, StepPicture } from "./StepStage.tsx";
import type { ViewStep } from "./stepView.ts";

interface Props {
  readonly st: TrainingStepTrace;
  readonly steps: readonly ViewStep[];
  readonly index: number;
  readonly title: string;
  readonly sentence: string;
  readonly lines: readonly string[];
  readonly note?: string | undefined;
  readonly go: (step: number) => void;
  readonly onClose: () => void;
  readonly fullscreen: boolean;
}

export function TrainStepPresentation({ st, steps, index, title, sentence, lines, note, go, onClose, fullscreen }: Props) {
  const t = useT();
  const last = steps.length - 1;
  const onStep = (request: StepRequest) => go({ next: index + 1, previous: index - 1, first: 0, last }[request]);
  return (
    <PresentationOverlay name={t.trainStep.region} step={index} count={steps.length} sentence={sentence} onStep={onStep} onClose={onClose} fullscreen={fullscreen}>
      <div className="presentation-player ts-presentation" data-layout="columns">
        <div className="player-main presentation-pictures">
          <StepPicture st={st} steps={steps} index={index} title={title} />
        </div>
        <div className="presentation-formulas">
          <StepFormulas title={title} lines={lines} label={t.presentation.dialog(t.trainStep.formulas)} note={note} />
        </div>
      </div>
    </PresentationOverlay>
  );
}
