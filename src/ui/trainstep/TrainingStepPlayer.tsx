// The training-step player: one step of training on the running example pair, stepped like the
// forward player: the forward pass, the loss, backpropagation one node at a time (its ∂ formulas
// with the numbers, the picture's arrows by gradient size), then the update with the reader's
// optimiser and learning rate and the loss before and after. The step is in the address
// (`tstep=back.dec.2.cell`), read on mount and written as the reader steps.

import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from "react";
import { useStore } from "zustand";
import { normalChoice, readChoiceFields } from "../../model/choice.ts";
import { isLanguagePair, type LanguagePair } from "../../model/pairs.ts";
import { onStepperKey, Transport } from "../components/Transport.tsx";
import { useStepper } from "../components/useStepper.ts";
import { useT } from "../i18n/index.ts";
import { PresentButton } from "../presentation/PresentButton.tsx";
import { usePresentation } from "../presentation/usePresentation.ts";
import { DEFAULT_PLAYER } from "../playerStore.ts";
import { usePagePlayer, usePageState, usePageStore } from "../storeContext.ts";
import { StepControls } from "./StepControls.tsx";
import { StepStage } from "./StepStage.tsx";
import { TrainStepPresentation } from "./TrainStepPresentation.tsx";
import { optimizerConfig, useStepTrace, type ModelKind, type OptimizerKind } from "./useStepTrace.ts";
import { useStepWords } from "./useStepWords.ts";
import { viewSteps } from "./stepView.ts";
import "./trainstep.css";

export interface TrainingStepPlayerProps extends Record<string, unknown> {
  readonly cell?: string;
  readonly variant?: string;
  readonly score?: string;
  readonly query?: string;
  readonly bidirectional?: string | boolean;
  readonly pair?: string;
  /** The step to open on when the address names none: "forward", "loss", a node id or "update". */
  readonly step?: string;
}

/** The props a lesson wrote, checked: the choice, the pair, and notes on what was ignored. */
function readProps(props: TrainingStepPlayerProps, ignored: (name: string, value: string, allowed: string) => string) {
  const { choice, problems } = readChoiceFields({ cell: props.cell, variant: props.variant, score: props.score, query: props.query, bidirectional: props.bidirectional });
  const notes = problems.map((p) => ignored(p.field, p.value, p.allowed.join(", ")));
  const pair = props.pair === undefined ? undefined : isLanguagePair(props.pair) ? props.pair : undefined;
  if (props.pair !== undefined && pair === undefined) notes.push(ignored("pair", String(props.pair), "en-fr, en-zh"));
  return { choice: normalChoice({ ...DEFAULT_PLAYER.choice, ...choice }), pair, notes };
}

const keepStep = () => {};

export function TrainingStepPlayer(props: TrainingStepPlayerProps) {
  const t = useT();
  const w = t.trainStep;
  const read = readProps(props, t.widget.ignored);
  // One object per choice (its text as the key), so the model and the trace are not rebuilt each render.
  const key = JSON.stringify(read.choice);
  const choice = useMemo(() => JSON.parse(key) as typeof read.choice, [key]);
  const pagePair = useStore(usePagePlayer(), (s) => s.pair);
  const pair: LanguagePair = read.pair ?? pagePair;
  const [which, setWhich] = useState<ModelKind>("trained");
  const [kind, setKind] = useState<OptimizerKind>("sgd");
  const [rate, setRate] = useState(0.1);
  const config = useMemo(() => optimizerConfig(kind, rate), [kind, rate]);
  const shown = useStepTrace(choice, pair, which, config);
  const steps = useMemo(() => (shown.st ? viewSteps(shown.st) : []), [shown.st]);

  const page = usePageStore();
  const urlStep = usePageState((s) => s.tstep);
  const [index, setIndex] = useState(0);
  // The address's step once the steps are known (an unknown id: the first step), and again when the
  // reader goes Back; with none in the address, the step the lesson names.
  const fromUrl = useRef<string | null | undefined>(undefined);
  const opening = typeof props.step === "string" ? props.step : null;
  useEffect(() => {
    if (steps.length === 0 || fromUrl.current === urlStep) return;
    fromUrl.current = urlStep;
    const at = steps.findIndex((s) => s.id === (urlStep ?? opening));
    setIndex(at < 0 ? 0 : at);
  }, [steps, urlStep, opening]);
  // The cursor is this player's; each move is mirrored into the address (`tstep`).
  const place = (next: number) => {
    setIndex(next);
    const id = steps[next]?.id ?? null;
    fromUrl.current = id;
    page.getState().setTstep(id);
  };
  const stepper = useStepper(steps.length, { cursor: index, setCursor: place });
  const cursor = stepper.step;
  // The presentation mirrors the page's numeric `step` (the forward player's); this player's step is
  // `tstep`, already in the address, so it hands over the page's own step and leaves it alone.
  const pageStep = useStore(usePagePlayer(), (s) => s.step);
  const presentation = usePresentation<HTMLElement>({ step: pageStep, setStep: keepStep });
  const words = useStepWords(shown.st, steps, cursor);
  const onKeyDown = (e: KeyboardEvent<HTMLElement>) => steps.length > 0 && onStepperKey(e, stepper, ".ts-figure-box");

  return (
    <section ref={presentation.root} data-presentable="" className="player ts-player" aria-label={w.region} tabIndex={0} onKeyDown={onKeyDown} aria-keyshortcuts="ArrowRight ArrowLeft Space Home End P">
      {read.notes.length > 0 && (
        <ul className="ts-notes" role="note">
          {read.notes.map((n) => (
            <li key={n}>{n}</li>
          ))}
        </ul>
      )}
      <p className="ts-pair">{w.pairLine(shown.source, shown.target)}</p>
      <StepControls which={which} setWhich={setWhich} kind={kind} setKind={setKind} rate={rate} setRate={setRate} />
      {which === "trained" && shown.trained && <p className="ts-hint">{w.small}</p>}
      {which === "trained" && !shown.trained && !shown.loading && <p className="player-untrained" role="note">{t.player.untrained}</p>}
      {shown.error && (
        <p className="player-error" role="alert">
          {w.noPair(shown.error)}
        </p>
      )}
      <Transport stepper={stepper} title={words.title} sentence={words.said} disabled={steps.length === 0}>
        <PresentButton presentation={presentation} disabled={steps.length === 0} />
      </Transport>
      {shown.st && steps.length > 0 ? <StepStage st={shown.st} steps={steps} index={cursor} title={words.title} lines={words.lines} note={words.note} /> : <p className="player-empty">{t.player.nothingToShow}</p>}
      <p className="player-keys">{w.keysHint}</p>
      {presentation.presenting && shown.st && (
        <TrainStepPresentation st={shown.st} steps={steps} index={cursor} title={words.title} sentence={words.said} lines={words.lines} note={words.note} go={stepper.go} onClose={presentation.close} fullscreen={presentation.byReader} />
      )}
    </section>
  );
}
