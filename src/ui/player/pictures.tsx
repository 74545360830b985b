// The player's pictures, each a function of (trace, cursor): a layout turns them into a Scene and
// SceneSvg draws it. Each figure has a caption and a label for screen readers.

import { useMemo, type ReactNode } from "react";
import type { Trace } from "../../core/trace.ts";
import { decoderScene } from "./layouts/decoder.ts";
import { encoderScene } from "./layouts/encoder.ts";
import { heatmapScene } from "./layouts/heatmap.ts";
import { linesScene } from "./layouts/lines.ts";
import { outputScene, outputStep } from "./layouts/output.ts";
import { SceneSvg } from "./SceneSvg.tsx";

interface PictureProps {
  readonly trace: Trace;
  readonly cursor: number;
}

function Figure({ caption, children }: { caption: string; children: ReactNode }) {
  // The body scrolls when the picture is wider than the page, so it takes focus: then the arrow
  // keys scroll it (the player leaves them alone there) for readers who cannot use a pointer.
  return (
    <figure className="player-figure">
      <figcaption>{caption}</figcaption>
      <div className="player-figure-body" tabIndex={0} role="group" aria-label={`${caption}: scrollable`}>
        {children}
      </div>
    </figure>
  );
}

export function EncoderPicture({ trace, cursor }: PictureProps) {
  const scene = useMemo(() => encoderScene(trace, cursor), [trace, cursor]);
  const what = trace.model.encoderCell === "lstm" ? "states h_t and memory cells C_t" : "states h_t";
  return (
    <Figure caption="Encoder">
      <SceneSvg scene={scene} label={`The encoder unrolled over ${trace.source.length} source tokens: embeddings x_t and ${what}${trace.model.bidirectional ? ", forward and backward" : ""}.`} />
    </Figure>
  );
}

export function DecoderPicture({ trace, cursor }: PictureProps) {
  const scene = useMemo(() => decoderScene(trace, cursor), [trace, cursor]);
  return (
    <Figure caption="Decoder">
      <SceneSvg scene={scene} label={`The decoder states s_t′ from s_0, the context each step reads, and the tokens written: ${trace.output.text || "none yet"}.`} />
    </Figure>
  );
}

function NoAttention() {
  return <p className="player-empty">This decoder does not attend: choose the attention decoder to see weights α.</p>;
}

export function AttentionHeatmap({ trace, cursor }: PictureProps) {
  const scene = useMemo(() => heatmapScene(trace, cursor), [trace, cursor]);
  return (
    <Figure caption="Attention weights α (rows: target steps, columns: source tokens)">
      {trace.model.variant === "attention" ? <SceneSvg scene={scene} label="Heatmap of the attention weights of each decoder step over the source tokens." /> : <NoAttention />}
    </Figure>
  );
}

export function AttentionLines({ trace, cursor }: PictureProps) {
  const scene = useMemo(() => linesScene(trace, cursor), [trace, cursor]);
  return (
    <Figure caption="Where each target word looks">
      {trace.model.variant === "attention" ? <SceneSvg scene={scene} label="Lines from each target word to the source words, as wide as the attention weight." /> : <NoAttention />}
    </Figure>
  );
}

export function OutputBars({ trace, cursor, vocab }: PictureProps & { readonly vocab: readonly string[] }) {
  const scene = useMemo(() => outputScene(trace, cursor, vocab), [trace, cursor, vocab]);
  const step = outputStep(trace, cursor);
  return (
    <Figure caption={step ? `Output distribution p at t′ = ${step.t}` : "Output distribution"}>
      {step ? <SceneSvg scene={scene} label={`The most likely tokens at decoder step ${step.t}; the chosen token is ${step.token}.`} /> : <p className="player-empty">The decoder has not written a token yet.</p>}
    </Figure>
  );
}
