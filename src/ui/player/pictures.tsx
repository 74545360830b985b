// The player's pictures, each a function of (trace, cursor): a layout turns them into a Scene and
// SceneSvg draws it. Each figure has a caption and a label for screen readers. Off screen a picture
// keeps what it drew while the trace keeps changing (useShownTrace).

import { memo, useMemo, type ReactNode } from "react";
import type { Trace } from "../../core/trace.ts";
import { useT } from "../i18n/index.ts";
import { decoderScene } from "./layouts/decoder.ts";
import { encoderScene } from "./layouts/encoder.ts";
import { heatmapScene } from "../kit/heatmap.ts";
import { linesScene } from "./layouts/lines.ts";
import { temperatureText } from "./outputFormulas.ts";
import { outputScene, outputStep } from "./layouts/output.ts";
import { SceneSvg } from "./SceneSvg.tsx";
import { useShownTrace } from "./useInView.ts";

interface PictureProps {
  readonly trace: Trace;
  readonly cursor: number;
}

type FrameProps = ReturnType<typeof useShownTrace>[1];

function Figure({ caption, children, frame, stale, part }: FrameProps & { caption: string; children: ReactNode; part: string }) {
  const t = useT();
  // The body scrolls when the picture is wider than the page, so it takes focus: then the arrow
  // keys scroll it (the player leaves them alone there) for readers who cannot use a pointer.
  return (
    <figure className="player-figure" data-part={part} ref={frame} aria-busy={stale || undefined}>
      <figcaption>{caption}</figcaption>
      <div className="player-figure-body" tabIndex={0} role="group" aria-label={t.pictures.scrollable(caption)}>
        {children}
      </div>
    </figure>
  );
}

/** `rows`: the cells the stacked vectors may take in all, long ones folded to fit (a presentation). */
export const EncoderPicture = memo(function EncoderPicture(props: PictureProps & { readonly rows?: number }) {
  const t = useT();
  const [{ trace, cursor }, frame] = useShownTrace(props.trace, props.cursor);
  const { rows } = props;
  const scene = useMemo(() => encoderScene(trace, cursor, t.pictures, { rows }), [trace, cursor, t, rows]);
  return (
    <Figure {...frame} part="encoder" caption={t.pictures.encoder}>
      <SceneSvg scene={scene} label={t.pictures.encoderLabel(trace.source.length, trace.model.encoderCell === "lstm", trace.model.bidirectional)} />
    </Figure>
  );
});

/**
 * `beside`: the context beside each state rather than under it (a presentation: half as tall);
 * `rows`: as the encoder's.
 */
export const DecoderPicture = memo(function DecoderPicture(props: PictureProps & { readonly beside?: boolean; readonly rows?: number }) {
  const t = useT();
  const [{ trace, cursor }, frame] = useShownTrace(props.trace, props.cursor);
  const { beside = false, rows } = props;
  const scene = useMemo(() => decoderScene(trace, cursor, { beside, rows, words: t.pictures }), [trace, cursor, beside, rows, t]);
  return (
    <Figure {...frame} part="decoder" caption={t.pictures.decoder}>
      <SceneSvg scene={scene} label={t.pictures.decoderLabel(trace.output.text)} />
    </Figure>
  );
});

function NoAttention() {
  return <p className="player-empty">{useT().pictures.noAttention}</p>;
}

export const AttentionHeatmap = memo(function AttentionHeatmap(props: PictureProps) {
  const t = useT();
  const [{ trace, cursor }, frame] = useShownTrace(props.trace, props.cursor);
  const scene = useMemo(() => heatmapScene(trace, cursor), [trace, cursor]);
  return (
    <Figure {...frame} part="heatmap" caption={t.pictures.heatmap}>
      {trace.model.variant === "attention" ? <SceneSvg scene={scene} label={t.pictures.heatmapLabel} /> : <NoAttention />}
    </Figure>
  );
});

/** `currentOnly`: the current step's lines alone (a presentation). */
export const AttentionLines = memo(function AttentionLines(props: PictureProps & { readonly currentOnly?: boolean }) {
  const t = useT();
  const [{ trace, cursor }, frame] = useShownTrace(props.trace, props.cursor);
  const currentOnly = props.currentOnly ?? false;
  const scene = useMemo(() => linesScene(trace, cursor, { currentOnly }), [trace, cursor, currentOnly]);
  return (
    <Figure {...frame} part="lines" caption={t.pictures.lines}>
      {trace.model.variant === "attention" ? <SceneSvg scene={scene} label={t.pictures.linesLabel} /> : <NoAttention />}
    </Figure>
  );
});

/** `top`: bars for that many of the most likely tokens (fewer in a presentation, for larger type). */
export const OutputBars = memo(function OutputBars(props: PictureProps & { readonly vocab: readonly string[]; readonly top?: number }) {
  const t = useT();
  const [{ trace, cursor, vocab }, frame] = useShownTrace(props.trace, props.cursor, props.vocab);
  const { top } = props;
  const scene = useMemo(() => outputScene(trace, cursor, vocab, { ...t.pictures, others: t.faults.output.others, drawn: t.decoding.drawnMark, ticks: t.decoding.ticks }, top), [trace, cursor, vocab, t, top]);
  const step = outputStep(trace, cursor);
  const tau = step?.pSample ? temperatureText(trace) : undefined;
  const caption = !step ? t.pictures.output : tau ? t.decoding.outputAt(step.t, tau) : t.pictures.outputAt(step.t);
  const label = !step ? "" : tau ? t.decoding.outputLabel(step.t, step.token, tau) : t.pictures.outputLabel(step.t, step.token);
  return (
    <Figure {...frame} part="output" caption={caption}>
      {step ? <SceneSvg scene={scene} label={label} /> : <p className="player-empty">{t.pictures.notYet}</p>}
    </Figure>
  );
});
