// The player's pictures, each a function of (trace, cursor): a layout turns them into a Scene and
// SceneSvg draws it. Each figure has a caption and a label for screen readers.

import { memo, useMemo, useState, type ReactNode } from "react";
import type { Trace } from "../../core/trace.ts";
import { useT } from "../i18n/index.ts";
import { decoderScene } from "./layouts/decoder.ts";
import { encoderScene } from "./layouts/encoder.ts";
import { heatmapScene } from "./layouts/heatmap.ts";
import { linesScene } from "./layouts/lines.ts";
import { outputScene, outputStep } from "./layouts/output.ts";
import { SceneSvg } from "./SceneSvg.tsx";
import { useOnScreenValue } from "./useInView.ts";

interface PictureProps {
  readonly trace: Trace;
  readonly cursor: number;
}

interface Shown extends PictureProps {
  readonly vocab: readonly string[];
}

/**
 * The trace and cursor a picture draws: the props while it is on screen, the ones it last drew while
 * it is off screen and they keep changing (see useOnScreenValue); `frame` goes on its figure.
 */
const NO_VOCAB: readonly string[] = [];

function useShown(trace: Trace, cursor: number, vocab = NO_VOCAB): [Shown, FrameProps] {
  const [frame, setFrame] = useState<HTMLElement | null>(null);
  const { shown, stale } = useOnScreenValue(useMemo(() => ({ trace, cursor, vocab }), [trace, cursor, vocab]), frame);
  return [shown, { frame: setFrame, stale }];
}

interface FrameProps {
  readonly frame: (el: HTMLElement | null) => void;
  readonly stale: boolean;
}

function Figure({ caption, children, frame, stale }: FrameProps & { caption: string; children: ReactNode }) {
  const t = useT();
  // The body scrolls when the picture is wider than the page, so it takes focus: then the arrow
  // keys scroll it (the player leaves them alone there) for readers who cannot use a pointer.
  return (
    <figure className="player-figure" ref={frame} aria-busy={stale || undefined}>
      <figcaption>{caption}</figcaption>
      <div className="player-figure-body" tabIndex={0} role="group" aria-label={t.pictures.scrollable(caption)}>
        {children}
      </div>
    </figure>
  );
}

export const EncoderPicture = memo(function EncoderPicture(props: PictureProps) {
  const t = useT();
  const [{ trace, cursor }, frame] = useShown(props.trace, props.cursor);
  const scene = useMemo(() => encoderScene(trace, cursor, t.pictures), [trace, cursor, t]);
  return (
    <Figure {...frame} caption={t.pictures.encoder}>
      <SceneSvg scene={scene} label={t.pictures.encoderLabel(trace.source.length, trace.model.encoderCell === "lstm", trace.model.bidirectional)} />
    </Figure>
  );
});

export const DecoderPicture = memo(function DecoderPicture(props: PictureProps) {
  const t = useT();
  const [{ trace, cursor }, frame] = useShown(props.trace, props.cursor);
  const scene = useMemo(() => decoderScene(trace, cursor), [trace, cursor]);
  return (
    <Figure {...frame} caption={t.pictures.decoder}>
      <SceneSvg scene={scene} label={t.pictures.decoderLabel(trace.output.text)} />
    </Figure>
  );
});

function NoAttention() {
  return <p className="player-empty">{useT().pictures.noAttention}</p>;
}

export const AttentionHeatmap = memo(function AttentionHeatmap(props: PictureProps) {
  const t = useT();
  const [{ trace, cursor }, frame] = useShown(props.trace, props.cursor);
  const scene = useMemo(() => heatmapScene(trace, cursor), [trace, cursor]);
  return (
    <Figure {...frame} caption={t.pictures.heatmap}>
      {trace.model.variant === "attention" ? <SceneSvg scene={scene} label={t.pictures.heatmapLabel} /> : <NoAttention />}
    </Figure>
  );
});

export const AttentionLines = memo(function AttentionLines(props: PictureProps) {
  const t = useT();
  const [{ trace, cursor }, frame] = useShown(props.trace, props.cursor);
  const scene = useMemo(() => linesScene(trace, cursor), [trace, cursor]);
  return (
    <Figure {...frame} caption={t.pictures.lines}>
      {trace.model.variant === "attention" ? <SceneSvg scene={scene} label={t.pictures.linesLabel} /> : <NoAttention />}
    </Figure>
  );
});

export const OutputBars = memo(function OutputBars(props: PictureProps & { readonly vocab: readonly string[] }) {
  const t = useT();
  const [{ trace, cursor, vocab }, frame] = useShown(props.trace, props.cursor, props.vocab);
  const scene = useMemo(() => outputScene(trace, cursor, vocab, t.pictures), [trace, cursor, vocab, t]);
  const step = outputStep(trace, cursor);
  return (
    <Figure {...frame} caption={step ? t.pictures.outputAt(step.t) : t.pictures.output}>
      {step ? <SceneSvg scene={scene} label={t.pictures.outputLabel(step.t, step.token)} /> : <p className="player-empty">{t.pictures.notYet}</p>}
    </Figure>
  );
});
