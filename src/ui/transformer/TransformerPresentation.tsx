// The Transformer player on a projector: the step's title as its one sentence, the step's matrices
// drawn large (laid out for a narrower width, then scaled up), and the formula with its numbers.

import { PresentationOverlay, type StepRequest } from "../presentation/PresentationOverlay.tsx";
import { Formula } from "./Formula.tsx";
import { MatrixFlow } from "./MatrixFlow.tsx";
import type { AttentionStep } from "./steps.ts";

interface Props {
  readonly name: string;
  readonly step: AttentionStep;
  readonly index: number;
  readonly count: number;
  readonly tex: string;
  readonly go: (step: number) => void;
  readonly onClose: () => void;
  readonly fullscreen: boolean;
}

/** How much larger than on the page: about a lesson column's width (800 px) drawn across the screen. */
function zoomFor(width: number): number {
  return Math.max(1, Math.min(2.4, width / 800));
}

export function TransformerPresentation({ name, step, index, count, tex, go, onClose, fullscreen }: Props) {
  const onStep = (request: StepRequest) => go({ next: index + 1, previous: index - 1, first: 0, last: count - 1 }[request]);
  const zoom = zoomFor(typeof window === "undefined" ? 800 : window.innerWidth);
  return (
    <PresentationOverlay name={name} step={index} count={count} sentence={step.title} onStep={onStep} onClose={onClose} fullscreen={fullscreen}>
      <div className="presentation-tf">
        <MatrixFlow items={step.items} label={`${name}, ${step.title}`} zoom={zoom} />
        <Formula tex={tex} label={step.title} />
      </div>
    </PresentationOverlay>
  );
}
