// Which pictures the player shows for its focus, and the output written so far. The pictures of
// the current step's part are the main ones, large enough to read beside the formulas; the others
// fold away below them (a lesson), or are left out (a presentation).

import { useState, type ReactNode } from "react";
import { detokenize } from "../../core/tokenizer.ts";
import type { Trace, TraceStep } from "../../core/trace.ts";
import { useT } from "../i18n/index.ts";
import { AttentionHeatmap, AttentionLines, DecoderPicture, EncoderPicture, OutputBars } from "./pictures.tsx";
import type { PlayerFocus } from "./widgetProps.ts";

export type Part = "encoder" | "decoder" | "attention" | "output";

interface Props {
  readonly trace: Trace;
  readonly cursor: number;
  readonly focus: PlayerFocus;
  readonly vocab: readonly string[];
}

/** The parts a focus shows in a lesson. */
function lessonParts(focus: PlayerFocus, attention: boolean): Part[] {
  if (focus === "encoder") return ["encoder"];
  if (focus === "decoder") return ["decoder", "output"];
  if (focus === "attention") return ["attention"];
  return attention ? ["encoder", "decoder", "attention", "output"] : ["encoder", "decoder", "output"];
}

/** The parts of a step: the encoder while it reads, the decoder's side after. */
function stepParts(focus: PlayerFocus, step: TraceStep | undefined, attention: boolean): Part[] {
  const decoding = step?.kind === "decoder";
  if (focus === "encoder") return ["encoder"];
  if (focus === "decoder") return decoding ? ["decoder", "output"] : ["decoder"];
  if (focus === "attention") return decoding ? ["attention", "output"] : ["attention"];
  if (!decoding) return step?.kind === "context" ? ["encoder", "decoder"] : ["encoder"];
  return attention ? ["attention", "output"] : ["decoder", "output"];
}

/**
 * The main parts of a lesson's player at a step: the step's own part, and the output beside the
 * decoder once it writes. The context step shows the decoder that starts from it.
 */
export function mainParts(focus: PlayerFocus, step: TraceStep | undefined, attention: boolean): Part[] {
  if (focus === "all" && step?.kind === "context") return ["decoder"];
  return stepParts(focus, step, attention);
}

/** What a presentation shows: the main parts, and on a decoder step always the word and the distribution. */
export function presentedParts(focus: PlayerFocus, step: TraceStep | undefined, attention: boolean): Part[] {
  const parts = mainParts(focus, step, attention);
  return step?.kind === "decoder" && !parts.includes("output") ? [...parts, "output"] : parts;
}

/**
 * The cells a presented picture's stacked vectors take in all. A presentation at 1920 × 1080 has about
 * 850 px for a picture, and a number is 20 px tall (read from the back of a room) once the picture is
 * drawn at 1.43 times its size: 24 cells keep the tallest picture (a bidirectional encoder) within
 * 595 px before scaling. Longer vectors fold to their first entries; the formulas have every one.
 */
export const PRESENTED_ROWS = 24;

/**
 * The decoder's cells in a lesson's main pictures, its context beside its state: there it shares the
 * height left under the transport with the output distribution (about 380 px at 1280 × 800), and the
 * trained presets' 32-entry states stacked with their contexts were drawn at a third of their size.
 * With 20 cells the numbers stay about 8 px tall; "Show the numbers" and the formulas have every one.
 */
export const LESSON_DECODER_ROWS = 20;

/**
 * The tokens a presented output distribution shows by name (then the chosen one, and a bar for all
 * the others): under the formulas it gets the height they leave, which a sampling step (one formula
 * and a legend more) makes short; five bars keep its numbers 20 px tall at 1080p.
 */
export const PRESENTED_TOKENS = 5;

interface PartsProps {
  readonly parts: readonly Part[];
  readonly trace: Trace;
  readonly cursor: number;
  readonly vocab: readonly string[];
  /**
   * Drawn for a presentation: long vectors folded (PRESENTED_ROWS), the decoder's context beside its
   * state, the current step's lines alone.
   */
  readonly presenting?: boolean;
  /** The lesson's main pictures: the decoder folded to LESSON_DECODER_ROWS, its context beside its state. */
  readonly main?: boolean;
}

/** The pictures of the parts named, in the player's order. */
export function PartPictures({ parts, trace, cursor, vocab, presenting, main }: PartsProps) {
  const decoderRows = presenting ? PRESENTED_ROWS : main ? LESSON_DECODER_ROWS : undefined;
  return (
    <>
      {parts.includes("encoder") && <EncoderPicture trace={trace} cursor={cursor} rows={presenting ? PRESENTED_ROWS : undefined} />}
      {parts.includes("decoder") && <DecoderPicture trace={trace} cursor={cursor} beside={presenting || main} rows={decoderRows} />}
      {parts.includes("attention") && (
        <div className="player-pair" data-part="attention">
          <AttentionHeatmap trace={trace} cursor={cursor} />
          <AttentionLines trace={trace} cursor={cursor} currentOnly={presenting} />
        </div>
      )}
      {parts.includes("output") && <OutputBars trace={trace} cursor={cursor} vocab={vocab} top={presenting ? PRESENTED_TOKENS : undefined} />}
    </>
  );
}

export function PlayerPictures({ trace, cursor, focus, vocab }: Props) {
  const attention = trace.model.variant === "attention";
  const main = mainParts(focus, trace.steps[cursor], attention);
  const rest = lessonParts(focus, attention).filter((p) => !main.includes(p));
  return (
    <>
      <div className="player-main" data-parts={main.join(" ")}>
        <PartPictures parts={main} trace={trace} cursor={cursor} vocab={vocab} main />
      </div>
      {rest.length > 0 && (
        <MorePictures names={rest}>
          <PartPictures parts={rest} trace={trace} cursor={cursor} vocab={vocab} />
        </MorePictures>
      )}
    </>
  );
}

/** The other parts' pictures behind a disclosure, drawn only while it is open. */
function MorePictures({ names, children }: { names: readonly Part[]; children: ReactNode }) {
  const t = useT();
  const [open, setOpen] = useState(false);
  return (
    <details className="player-more" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{t.pictures.more(names.map((n) => t.pictures.parts[n]).join(", "))}</summary>
      {open && children}
    </details>
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
