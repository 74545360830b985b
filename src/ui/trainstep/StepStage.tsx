// The picture and the formula panel of the current step: side by side on a wide screen, one under
// the other on a phone (trainstep.css).

import type { TrainingStepTrace } from "../../core/grad/backTrace.ts";
import { Tex } from "../components/Tex.tsx";
import { useT } from "../i18n/index.ts";
import { BackPicture } from "./BackPicture.tsx";
import type { ViewStep } from "./stepView.ts";

interface Props {
  readonly st: TrainingStepTrace;
  readonly steps: readonly ViewStep[];
  readonly index: number;
  readonly title: string;
  readonly lines: readonly string[];
  readonly note?: string | undefined;
  readonly presenting?: boolean;
}

export function StepFormulas({ title, lines, label, note }: { title: string; lines: readonly string[]; label: string; note?: string | undefined }) {
  return (
    <section className="ts-formulas" aria-label={label}>
      <h3 className="ts-formulas-title">{title}</h3>
      {note && <p className="ts-note">{note}</p>}
      <ul>
        {lines.map((line) => (
          <li key={line}>
            <Tex tex={line} />
          </li>
        ))}
      </ul>
    </section>
  );
}

export function StepPicture({ st, steps, index, title }: Omit<Props, "lines">) {
  const w = useT().trainStep;
  return (
    <figure className="ts-figure">
      {/* On a phone the picture keeps a readable size and scrolls sideways inside its box. */}
      <div className="ts-figure-box" tabIndex={0} role="group" aria-label={w.picture}>
        <BackPicture st={st} steps={steps} index={index} label={w.pictureLabel(title)} />
      </div>
      <figcaption className="ts-legend">{w.legend}</figcaption>
    </figure>
  );
}

export function StepStage(props: Props) {
  const w = useT().trainStep;
  return (
    <div className={props.presenting ? "ts-stage ts-stage-presenting" : "ts-stage"}>
      <StepPicture st={props.st} steps={props.steps} index={props.index} title={props.title} />
      <StepFormulas title={props.title} lines={props.lines} label={w.formulas} note={props.note} />
    </div>
  );
}
