// The player: steps through the core's trace for the store's sentence, language pair and model
// choice, with the pictures of the focused part, the formulas of the current step and the numbers as
// tables. Keys when it has focus: → and ← step, space plays or pauses, Home and End jump to the
// first and last step; P (anywhere on the page) or the Present button fills the screen with it.

import { memo, useCallback, useContext, useMemo, useState, type KeyboardEvent } from "react";
import { useStore } from "zustand";
import type { ParamRequest } from "../kit/paramRequest.ts";
import { ParamLinkContext } from "./paramLink.ts";
import { useCjkFont } from "../i18n/cjkFont.ts";
import { useT } from "../i18n/index.ts";
import { ModelNotice } from "../model/ModelNotice.tsx";
import { useModelContext } from "../model/modelContext.ts";
import { OnDemandNotice } from "../ondemand/OnDemandNotice.tsx";
import { useCurrentModel } from "../model/useCurrentModel.ts";
import { PresentButton } from "../presentation/PresentButton.tsx";
import { usePresentation } from "../presentation/usePresentation.ts";
import type { Trace } from "../../core/trace.ts";
import type { PlayerStore } from "../playerStore.ts";
import { ChoiceControls } from "./ChoiceControls.tsx";
import { EditorSlot } from "./editorSlot.ts";
import { FormulaPanel } from "./FormulaPanel.tsx";
import { HoverProvider } from "./hover.tsx";
import { ModelFacts } from "./ModelFacts.tsx";
import { NumberTables } from "./NumberTables.tsx";
import { OverflowNote } from "./OverflowNote.tsx";
import { onStepperKey, Transport } from "../components/Transport.tsx";
import { OutputText, PlayerPictures } from "./PlayerPictures.tsx";
import { PlayerPresentation } from "./PlayerPresentation.tsx";
import { PlayerStage } from "./PlayerStage.tsx";
import { hasPredictions, PredictCard, PredictToggle, usePredictions } from "./PredictCard.tsx";
import { stepFormulas, stepSentence, stepTitle } from "./stepFormulas.ts";
import { useStoreStepper } from "./usePlayback.ts";
import { useChoice, usePair, usePlayerStore } from "./usePlayerStore.ts";
import { isTrained } from "../model/useTrainedModel.ts";
import { useInitialStep } from "./useInitialStep.ts";
import { useStepId } from "./useStepId.ts";
import { useHeldWhile, useOnScreenValue } from "./useInView.ts";
import { useTrace } from "./useTrace.ts";
import { UntrainedNote } from "./UntrainedNote.tsx";
import { readWidgetProps, type PlayerFocus, type WidgetProps } from "./widgetProps.ts";
import { WidgetNotes } from "./WidgetNotes.tsx";
import "./player.css";

export type { PlayerFocus };

export interface PlayerProps extends WidgetProps {
  /** A store to read instead of the page's (tests). */
  readonly store?: PlayerStore;
  /** "open" shows the weight editor open (the playground); lessons show it collapsed. */
  readonly editWeights?: "open";
  /** Show what the model knows: the words it reads and its held-out accuracy (the playground). */
  readonly modelFacts?: boolean;
}

/** Props set a lesson player's first choice and pair (see usePlayerStore); `focus` picks the pictures. */
export function Player(props: PlayerProps) {
  const t = useT();
  const { choice, focus, pair, decoding, step, sentence, notes } = readWidgetProps(props as Record<string, unknown>, t);
  const store = usePlayerStore(choice, props.store, { pair, decoding, step, sentence });
  return (
    <HoverProvider>
      <PlayerBody store={store} focus={focus} notes={notes} editorOpen={props.editWeights === "open"} initialStep={step} facts={props.modelFacts === true} />
    </HoverProvider>
  );
}

interface BodyProps {
  readonly store: PlayerStore;
  readonly focus: PlayerFocus;
  readonly notes: readonly string[];
  readonly editorOpen: boolean;
  readonly initialStep: string | undefined;
  readonly facts: boolean;
}

function PlayerBody({ store, focus, notes, editorOpen, initialStep, facts }: BodyProps) {
  const t = useT();
  const choice = useChoice(store);
  const pair = usePair(store);
  const sentence = useStore(store, (s) => s.sentence);
  const step = useStore(store, (s) => s.step);
  const decoding = useStore(store, (s) => s.decoding);
  const Editor = useContext(EditorSlot);
  useCjkFont(pair === "en-zh");
  // The preset or demo model of the choice with the reader's edits (a share link's among them).
  const shown = useCurrentModel(choice, pair);
  const { onDemand } = useModelContext();
  const model = shown.model;
  const { trace, error } = useTrace(model, sentence, decoding);
  const stepMissing = useInitialStep(store, trace, initialStep);
  useStepId(store, trace);
  const last = trace ? trace.steps.length - 1 : 0;
  const cursor = Math.min(step, last);
  const stepper = useStoreStepper(store, cursor, last);
  const current = trace?.steps[cursor];
  const vocab = model.target.vocab;
  const title = trace && current ? stepTitle(current, trace, t) : "";
  const said = trace && current ? stepSentence(current, trace, t) : "";
  // Off screen (the reader is dragging a weight in the editor below), the formulas catch up with
  // the trace once it stands still; on screen they change in the edit's frame. Each picture and
  // the number tables do the same on their own.
  const stepId = useStore(store, (s) => s.stepId);
  const placeStep = useMemo(() => placeStepOf(store), [store]);
  const presentation = usePresentation<HTMLElement>({ step, setStep: store.getState().setStep, stepId, placeStep });
  // Behind a presentation the page is hidden: its pictures and formulas keep what they showed, so an
  // edit made meanwhile draws the presented figure only, and they catch up when it closes.
  const pageTrace = useHeldWhile(trace, presentation.presenting);
  const pageCursor = pageTrace ? Math.min(cursor, pageTrace.steps.length - 1) : 0;
  const [panel, setPanel] = useState<HTMLElement | null>(null);
  // A parameter the reader pressed in the formulas (W_f): the editor opens on it.
  const [paramRequest, setParamRequest] = useState<ParamRequest | null>(null);
  const openParam = useCallback((id: string) => setParamRequest((r) => ({ id, seq: (r?.seq ?? 0) + 1 })), []);
  const { shown: onScreen, stale: formulasStale } = useOnScreenValue(useMemo(() => ({ trace: pageTrace, vocab }), [pageTrace, vocab]), panel);
  const shownStep = onScreen.trace?.steps[Math.min(step, onScreen.trace.steps.length - 1)];
  const lines = useMemo(() => (onScreen.trace && shownStep ? stepFormulas(onScreen.trace, shownStep, onScreen.vocab, t) : []), [onScreen, shownStep, t]);
  const shownTitle = onScreen.trace && shownStep ? stepTitle(shownStep, onScreen.trace, t) : "";
  const hasTrace = trace !== null;
  const presentButton = useMemo(() => <PresentButton presentation={presentation} disabled={!hasTrace} />, [presentation, hasTrace]);
  // A presentation shows the current numbers whatever the page's formula panel holds.
  const presented = presentation.presenting && onScreen.trace !== trace;
  const presentedLines = useMemo(() => (presented && trace && current ? stepFormulas(trace, current, vocab, t) : lines), [presented, trace, current, vocab, t, lines]);

  const onKeyDown = (e: KeyboardEvent<HTMLElement>) => trace && onStepperKey(e, stepper, ".player-figure-body");
  // Predict, then reveal: offered when some step has something to predict, off until the reader asks.
  const predictions = usePredictions(trace);
  const predictable = useMemo(() => hasPredictions(trace), [trace]);
  // Memoised like the Present button: the transport skips a re-render when only the numbers changed.
  const predictToggle = useMemo(() => (predictable ? <PredictToggle predictions={predictions} disabled={!hasTrace} /> : undefined), [predictable, predictions, hasTrace]);
  const predictCard = predictions.on && predictable && trace ? <PredictCard trace={trace} cursor={cursor} predictions={predictions} onReveal={() => stepper.go(cursor + 1)} /> : null;

  return (
    <section
      ref={presentation.root}
      data-presentable=""
      className="player"
      aria-label={t.player.region}
      tabIndex={0}
      onKeyDown={onKeyDown}
      aria-keyshortcuts="ArrowRight ArrowLeft Space Home End P"
    >
      {/* While a model trains on demand, its notice says that the weights shown meanwhile are untrained. */}
      {!isTrained(model) && !(shown.onDemand && shown.loading) && <UntrainedNote />}
      {shown.onDemand && <OnDemandNotice entry={shown.onDemand} onRetry={() => onDemand?.retry(choice, pair)} />}
      <ModelNotice />
      {trace && <OverflowNote trace={trace} />}
      <WidgetNotes notes={stepMissing && initialStep ? [...notes, t.decoding.ignoredStep(initialStep)] : notes} />
      <ChoiceControls store={store} error={error} source={trace?.source ?? []} />
      {facts && <ModelFacts store={store} shown={shown} />}
      <Transport stepper={stepper} title={title} sentence={said} disabled={!trace} after={predictToggle}>
        {presentButton}
      </Transport>
      {predictCard}
      {trace ? (
        <PlayerStage
          pictures={<Pictures trace={pageTrace ?? trace} cursor={pageCursor} focus={focus} vocab={vocab} />}
          formulas={
            <ParamLinkContext.Provider value={openParam}>
              <FormulaPanel title={shownTitle} lines={lines} label={t.player.formulas} panelRef={setPanel} busy={formulasStale} />
            </ParamLinkContext.Provider>
          }
        />
      ) : (
        <p className="player-empty">{t.player.nothingToShow}</p>
      )}
      <p className="player-keys">{t.player.keysHint}</p>
      {Editor && <Editor initiallyOpen={editorOpen} request={paramRequest} current={shown} trace={trace} player={store} choice={choice} />}
      {presentation.presenting && trace && (
        <PlayerPresentation store={store} trace={trace} cursor={cursor} focus={focus} vocab={vocab} title={title} sentence={said} lines={presentedLines} onClose={presentation.close} fullscreen={presentation.byReader} predict={predictCard} />
      )}
    </section>
  );
}

/** The pictures, the output so far and the number tables: re-rendered only for a new trace or step. */
const Pictures = memo(function Pictures({ trace, cursor, focus, vocab }: { trace: Trace; cursor: number; focus: PlayerFocus; vocab: readonly string[] }) {
  return (
    <div className="player-pictures">
      <PlayerPictures trace={trace} cursor={cursor} focus={focus} vocab={vocab} />
      <OutputText trace={trace} cursor={cursor} />
      <NumberTables trace={trace} cursor={cursor} vocab={vocab} />
    </div>
  );
});

/** Puts the cursor on a step by index and, when known, by id (which useStepId then looks up). */
function placeStepOf(store: PlayerStore): (step: number, stepId: string | null) => void {
  return (step, stepId) => store.setState({ step, stepId });
}
