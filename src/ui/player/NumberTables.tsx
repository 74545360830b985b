// The pictures' values as tables, behind a "Show the numbers" disclosure: the text alternative of
// the encoder picture, the attention weights and the output distribution, for a screen reader (and
// for anyone who wants the numbers rather than the shades). The tables follow the cursor as the
// pictures do: only the steps reached so far.

import type { DecoderStep, EncoderStep, Trace } from "../../core/trace.ts";
import { memo, type ReactNode } from "react";
import { useT } from "../i18n/index.ts";
import { fmt } from "../kit/format.ts";
import { temperatureText } from "./outputFormulas.ts";
import { topTokens } from "./topTokens.ts";
import { outputStep } from "./layouts/output.ts";
import { useShownTrace } from "./useInView.ts";

interface Props {
  readonly trace: Trace;
  readonly cursor: number;
  readonly vocab: readonly string[];
}

const vec = (v: ArrayLike<number>) => Array.from(v, (x) => fmt(x)).join(", ");
const TOP = 8;

/** Off screen the tables catch up with a new trace once it stands still, as the pictures do. */
export const NumberTables = memo(function NumberTables(props: Props) {
  const t = useT();
  const [{ trace, cursor, vocab }, { frame, stale }] = useShownTrace(props.trace, props.cursor, props.vocab);
  const reached = trace.steps.slice(0, cursor + 1);
  const encoder = reached.filter((s): s is EncoderStep => s.kind === "encoder");
  const decoder = reached.filter((s): s is DecoderStep => s.kind === "decoder");
  return (
    <details className="player-numbers" ref={frame} aria-busy={stale || undefined}>
      <summary>{t.numbers.show}</summary>
      {/* A table wider than a phone (a long sentence's weights) scrolls in this box, not the page; the
          box takes focus so that the keyboard can scroll it. */}
      <div className="player-numbers-scroll" tabIndex={0} role="group" aria-label={t.app.scrollingTable}>
        {encoder.length === 0 ? <p>{t.numbers.none}</p> : <EncoderTable trace={trace} steps={encoder} />}
        {trace.model.variant === "attention" && decoder.length > 0 && <AttentionTable trace={trace} steps={decoder} />}
        <OutputTable trace={trace} cursor={cursor} vocab={vocab} />
      </div>
    </details>
  );
});

interface StepTableProps<S> {
  readonly caption: string;
  /** The headers: the step's position, its token, then one for each of `cells`' columns. */
  readonly heads: ReactNode;
  readonly steps: readonly S[];
  readonly token: (step: S) => string;
  readonly cells: (step: S) => ReactNode;
}

/** A row a step: its position t as the row's header, its token, then its numbers. */
function StepTable<S extends { readonly id: string; readonly t: number }>({ caption, heads, steps, token, cells }: StepTableProps<S>) {
  return (
    <table>
      <caption>{caption}</caption>
      <thead>
        <tr>{heads}</tr>
      </thead>
      <tbody>
        {steps.map((s) => (
          <tr key={s.id}>
            <th scope="row">{s.t}</th>
            <td>{token(s)}</td>
            {cells(s)}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function EncoderTable({ trace, steps }: { trace: Trace; steps: readonly EncoderStep[] }) {
  const t = useT();
  const bi = trace.model.bidirectional;
  const lstm = steps.some((s) => s.cell.kind === "lstm");
  const heads = (
    <>
      <th scope="col">{t.numbers.position}</th>
      <th scope="col">{t.numbers.token}</th>
      {bi && <th scope="col">{t.numbers.direction}</th>}
      <th scope="col">{t.numbers.state}</th>
      {lstm && <th scope="col">{t.numbers.cellState}</th>}
    </>
  );
  const cells = (s: EncoderStep) => (
    <>
      {bi && <td>{t.numbers[s.direction]}</td>}
      <td>{vec(s.cell.h_t)}</td>
      {lstm && <td>{s.cell.kind === "lstm" ? vec(s.cell.C_t) : ""}</td>}
    </>
  );
  return <StepTable caption={t.numbers.encoderTable} heads={heads} steps={steps} token={(s) => s.token.text} cells={cells} />;
}

function AttentionTable({ trace, steps }: { trace: Trace; steps: readonly DecoderStep[] }) {
  const t = useT();
  const heads = (
    <>
      <th scope="col">{t.numbers.decoderStep}</th>
      <th scope="col">{t.numbers.writes}</th>
      {trace.source.map((tok, j) => (
        <th scope="col" key={j}>
          {tok.text}
        </th>
      ))}
    </>
  );
  const cells = (s: DecoderStep) =>
    Array.from(s.attention?.alpha ?? [], (a, j) => (
      <td key={j}>{fmt(a)}</td>
    ));
  return <StepTable caption={t.numbers.attentionTable} heads={heads} steps={steps} token={(s) => s.token} cells={cells} />;
}

function OutputTable({ trace, cursor, vocab }: Props) {
  const t = useT();
  const step = outputStep(trace, cursor);
  if (!step) return null;
  const { shown, others } = topTokens(step.p, TOP, step.y);
  const drawn = step.pSample;
  const mark = step.forced ? t.numbers.givenMark : drawn ? t.decoding.drawnWord : t.numbers.chosenMark;
  // The other tokens' p at temperature τ, summed like their p.
  const drawnOthers = drawn ? Math.max(0, 1 - shown.reduce((sum, { k }) => sum + drawn[k]!, 0)) : 0;
  return (
    <table>
      <caption>{t.numbers.outputTable(step.t)}</caption>
      <thead>
        <tr>
          <th scope="col">{t.numbers.token}</th>
          <th scope="col">{t.numbers.probability}</th>
          {drawn && <th scope="col">{t.decoding.pAt(temperatureText(trace))}</th>}
        </tr>
      </thead>
      <tbody>
        {shown.map(({ p, k }) => (
          <tr key={k}>
            <th scope="row">{k === step.y ? `${vocab[k] ?? k} (${mark})` : (vocab[k] ?? k)}</th>
            <td>{fmt(p)}</td>
            {drawn && <td>{fmt(drawn[k]!)}</td>}
          </tr>
        ))}
        {others.count > 0 && (
          <tr>
            <th scope="row">{t.faults.output.others(others.count)}</th>
            <td>{fmt(others.p)}</td>
            {drawn && <td>{fmt(drawnOthers)}</td>}
          </tr>
        )}
      </tbody>
    </table>
  );
}
