// The Transformer player on a projector: the step's title as its one sentence, the step's matrices
// drawn large (laid out for a narrower width, then scaled up), and the formula with its numbers,
// all on one screen.

import { PresentationOverlay, type PresentationProps, type StepRequest } from "../presentation/PresentationOverlay.tsx";
import { Formula } from "./Formula.tsx";
import { flowLayout } from "./layout.ts";
import { MatrixFlow } from "./MatrixFlow.tsx";
import type { AttentionStep } from "./steps.ts";

interface Props extends Pick<PresentationProps, "name" | "count" | "onClose" | "fullscreen"> {
  readonly step: AttentionStep;
  readonly index: number;
  readonly tex: string;
  readonly go: (step: number) => void;
}

/**
 * How much larger than on the page: as large as the screen's width allows (a lesson column, 800 px,
 * drawn across it; at most 2.4×), but laid out for the width that leaves the matrices at most about
 * half the screen's height, so that the formula fits under them and nothing scrolls.
 */
export function zoomFor(items: AttentionStep["items"], width: number, height: number): number {
  const tallest = 0.52 * height;
  for (let zoom = Math.min(2.4, width / 800); zoom > 1; zoom -= 0.05) {
    if (flowLayout(items, Math.floor(width / zoom)).height * zoom <= tallest) return zoom;
  }
  return 1;
}

export function TransformerPresentation({ name, step, index, count, tex, go, onClose, fullscreen }: Props) {
  const onStep = (request: StepRequest) => go({ next: index + 1, previous: index - 1, first: 0, last: count - 1 }[request]);
  // The stage is the window less the presentation's margins.
  const zoom = typeof window === "undefined" ? 1 : zoomFor(step.items, window.innerWidth - 80, window.innerHeight);
  return (
    <PresentationOverlay name={name} step={index} count={count} sentence={step.title} onStep={onStep} onClose={onClose} fullscreen={fullscreen}>
      <div className="presentation-tf">
        <MatrixFlow items={step.items} label={`${name}, ${step.title}`} zoom={zoom} />
        <Formula tex={tex} label={step.title} />
      </div>
    </PresentationOverlay>
  );
}
