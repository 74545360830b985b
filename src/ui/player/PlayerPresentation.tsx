// The player on a projector: the step in one sentence, the pictures of the current step large, and
// the formulas with their numbers, all on one screen with nothing to scroll. An attention step puts
// the heatmap of the weights on the left, as tall as the screen (a long output has many rows), and
// on the right the step's lines and output distribution over the formulas, which run in two
// columns; every other step puts its picture left and the formulas right, with the output
// distribution under the formulas on a decoder step. Stepping moves the player's own cursor.

import type { ReactNode } from "react";
import type { Trace } from "../../core/trace.ts";
import { useT } from "../i18n/index.ts";
import { PresentationOverlay, type StepRequest } from "../presentation/PresentationOverlay.tsx";
import type { PlayerStore } from "../playerStore.ts";
import { FormulaPanel } from "./FormulaPanel.tsx";
import { OutputText, PartPictures, PRESENTED_TOKENS, presentedParts } from "./PlayerPictures.tsx";
import { AttentionHeatmap, AttentionLines, OutputBars } from "./pictures.tsx";
import type { FormulaLine } from "./stepFormulas.ts";
import { goTo } from "./usePlayback.ts";
import type { PlayerFocus } from "./widgetProps.ts";

interface Props {
  readonly store: PlayerStore;
  readonly trace: Trace;
  readonly cursor: number;
  readonly focus: PlayerFocus;
  readonly vocab: readonly string[];
  readonly title: string;
  readonly sentence: string;
  readonly lines: readonly FormulaLine[];
  readonly onClose: () => void;
  readonly fullscreen: boolean;
  /** The predict-then-reveal card, when the reader has turned it on: under the heatmap on an attention step, else above the formulas. */
  readonly predict?: ReactNode;
}

export function PlayerPresentation({ store, trace, cursor, focus, vocab, title, sentence, lines, onClose, fullscreen, predict }: Props) {
  const t = useT();
  const last = trace.steps.length - 1;
  const onStep = (request: StepRequest) => {
    const target = { next: cursor + 1, previous: cursor - 1, first: 0, last }[request];
    goTo(store, Math.max(0, Math.min(last, target)));
  };
  const parts = presentedParts(focus, trace.steps[cursor], trace.model.variant === "attention");
  const rows = parts.includes("attention");
  const beside = parts.filter((p) => p !== "output");
  const output = parts.includes("output");
  const formulas = <FormulaPanel title={title} lines={lines} label={t.presentation.dialog(t.player.formulas)} />;
  return (
    <PresentationOverlay name={t.player.region} step={cursor} count={last + 1} sentence={sentence} onStep={onStep} onClose={onClose} fullscreen={fullscreen}>
      {rows ? (
        <div className="presentation-player" data-layout="rows">
          <div className="player-main presentation-heatmap" data-parts="attention">
            <AttentionHeatmap trace={trace} cursor={cursor} />
            {predict}
          </div>
          <div className="player-main presentation-pictures" data-parts={parts.join(" ")}>
            <AttentionLines trace={trace} cursor={cursor} currentOnly />
            {output && <OutputBars trace={trace} cursor={cursor} vocab={vocab} top={PRESENTED_TOKENS} />}
          </div>
          <OutputText trace={trace} cursor={cursor} />
          <div className="presentation-formulas">{formulas}</div>
        </div>
      ) : (
        <div className="presentation-player" data-layout="columns">
          <div className="player-main presentation-pictures" data-parts={beside.join(" ")}>
            <PartPictures parts={beside} trace={trace} cursor={cursor} vocab={vocab} presenting />
          </div>
          <div className="presentation-formulas">
            {predict}
            {formulas}
            {output && (
              <div className="player-main" data-parts="output">
                <PartPictures parts={["output"]} trace={trace} cursor={cursor} vocab={vocab} presenting />
              </div>
            )}
            <OutputText trace={trace} cursor={cursor} />
          </div>
        </div>
      )}
    </PresentationOverlay>
  );
}
