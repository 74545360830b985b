// Which pictures the player shows for its focus, and the output written so far. In a presentation
// the screen shows only the pictures of the current step's part, so each can be large.

import { detokenize } from "../../core/tokenizer.ts";
import type { Trace, TraceStep } from "../../core/trace.ts";
import { useT } from "../i18n/index.ts";
import { AttentionHeatmap, AttentionLines, DecoderPicture, EncoderPicture, OutputBars } from "./pictures.tsx";
import type { PlayerFocus } from "./widgetProps.ts";

type Part = "encoder" | "decoder" | "attention" | "output";

interface Props {
  readonly trace: Trace;
  readonly cursor: number;
  readonly focus: PlayerFocus;
  readonly vocab: readonly string[];
  /** Only the pictures of the current step's part (presentation mode). */
  readonly stepOnly?: boolean;
}

/** The parts a focus shows in a lesson. */
function lessonParts(focus: PlayerFocus, attention: boolean): Part[] {
  if (focus === "encoder") return ["encoder"];
  if (focus === "decoder") return ["decoder", "output"];
  if (focus === "attention") return ["attention"];
  return attention ? ["encoder", "decoder", "attention", "output"] : ["encoder", "decoder", "output"];
}

/** The parts a presentation shows at a step: the encoder while it reads, the decoder's side after. */
export function presentedParts(focus: PlayerFocus, step: TraceStep | undefined, attention: boolean): Part[] {
  const decoding = step?.kind === "decoder";
  if (focus === "encoder") return ["encoder"];
  if (focus === "decoder") return decoding ? ["decoder", "output"] : ["decoder"];
  if (focus === "attention") return decoding ? ["attention", "output"] : ["attention"];
  if (!decoding) return step?.kind === "context" ? ["encoder", "decoder"] : ["encoder"];
  return attention ? ["attention", "output"] : ["decoder", "output"];
}

export function PlayerPictures({ trace, cursor, focus, vocab, stepOnly = false }: Props) {
  const attention = trace.model.variant === "attention";
  const parts = stepOnly ? presentedParts(focus, trace.steps[cursor], attention) : lessonParts(focus, attention);
  return (
    <>
      {parts.includes("encoder") && <EncoderPicture trace={trace} cursor={cursor} />}
      {parts.includes("decoder") && <DecoderPicture trace={trace} cursor={cursor} />}
      {parts.includes("attention") && (
        <div className="player-pair">
          <AttentionHeatmap trace={trace} cursor={cursor} />
          <AttentionLines trace={trace} cursor={cursor} />
        </div>
      )}
      {parts.includes("output") && <OutputBars trace={trace} cursor={cursor} vocab={vocab} />}
    </>
  );
}

/** The tokens written up to the cursor. */
export function OutputText({ trace, cursor }: { trace: Trace; cursor: number }) {
  const t = useT();
  const written = trace.steps.slice(0, cursor + 1).flatMap((s) => (s.kind === "decoder" && s.token !== "<eos>" ? [s.token] : []));
  const done = cursor === trace.steps.length - 1;
  return (
    <p className="player-output">
      <span className="player-output-label">{done ? t.player.output : t.player.outputSoFar}:</span> {written.length ? detokenize(written) : "—"}
      {done && <span className="player-output-stop"> ({trace.output.stop === "eos" ? t.player.stoppedEos : t.player.stoppedLimit})</span>}
    </p>
  );
}
