// The beam player: beam search over the store's model, sentence, K and α, drawn as a tree (D3 through
// SceneSvg) and stepped in three phases per decoder step (expand, score, prune) with the recurrent
// player's transport and keys; the formula panel explains the current hypothesis's score with its
// numbers. With no props it reads the page's store, so K, α, the step and the model are in the URL.

import { useMemo, type KeyboardEvent } from "react";
import { useStore } from "zustand";
import { readAlpha, readWidth, type BeamChoice } from "../../../model/beamChoice.ts";
import { useT } from "../../i18n/index.ts";
import { useCjkFont } from "../../i18n/cjkFont.ts";
import { useCurrentModel } from "../../model/useCurrentModel.ts";
import { PresentButton } from "../../presentation/PresentButton.tsx";
import { usePresentation } from "../../presentation/usePresentation.ts";
import type { AppStore } from "../../store.ts";
import { fmtText } from "../../kit/format.ts";
import { FormulaPanel } from "../FormulaPanel.tsx";
import { onStepperKey, Transport } from "../../components/Transport.tsx";
import { PlayerStage } from "../PlayerStage.tsx";
import { UntrainedNote } from "../UntrainedNote.tsx";
import { useStoreStepper } from "../usePlayback.ts";
import { useChoice, usePair, usePlayerStore } from "../usePlayerStore.ts";
import { isTrained } from "../../model/useTrainedModel.ts";
import { readWidgetProps } from "../widgetProps.ts";
import { WidgetNotes } from "../WidgetNotes.tsx";
import { BeamControls } from "./BeamControls.tsx";
import { beamFormulas } from "./beamFormulas.ts";
import { BeamPresentation } from "./BeamPresentation.tsx";
import { BeamTree } from "./BeamTree.tsx";
import { currentHypothesis, cursorAt, cursorCount } from "./beamView.ts";
import { useBeamSearch, useOpeningCursor, type Opening } from "./useBeamSearch.ts";
import "../player.css";
import "./beam.css";

export interface BeamPlayerProps extends Record<string, unknown> {
  /** A store to read instead of the page's (tests). */
  readonly store?: AppStore;
  /** The beam width K and length penalty α a lesson's figure opens with (a store of its own). */
  readonly K?: number | string;
  readonly alpha?: number | string;
  /** "first" opens on step 1's expansion; the finished tree otherwise. */
  readonly open?: Opening;
}

export function BeamPlayer(props: BeamPlayerProps) {
  const t = useT();
  const { choice, pair, sentence, notes } = readWidgetProps(props, t);
  const width = props.K === undefined ? undefined : readWidth(props.K);
  const alpha = props.alpha === undefined ? undefined : readAlpha(props.alpha);
  const beamNotes = [...notes, ...(props.K !== undefined && width === undefined ? [t.beam.ignoredWidth(String(props.K))] : []), ...(props.alpha !== undefined && alpha === undefined ? [t.beam.ignoredAlpha(String(props.alpha))] : [])];
  const beam: Partial<BeamChoice> | undefined = width !== undefined || alpha !== undefined ? { ...(width !== undefined ? { width } : {}), ...(alpha !== undefined ? { alpha } : {}) } : undefined;
  const store = usePlayerStore(choice, props.store, { pair, sentence, ...(beam ? { beam } : {}) });
  return <BeamBody store={store} notes={beamNotes} opening={props.open === "first" ? "first" : "last"} />;
}

function BeamBody({ store, notes, opening }: { store: AppStore; notes: readonly string[]; opening: Opening }) {
  const t = useT();
  const choice = useChoice(store);
  const pair = usePair(store);
  const sentence = useStore(store, (s) => s.sentence);
  const beam = useStore(store, (s) => s.beam);
  const step = useStore(store, (s) => s.step);
  useCjkFont(pair === "en-zh");
  const { model } = useCurrentModel(choice, pair);
  const V = model.target.vocab.length;
  const { result, error } = useBeamSearch(model, sentence, beam, t);
  useOpeningCursor(store, result, opening);
  const last = result ? cursorCount(result) - 1 : 0;
  const index = Math.min(step, last);
  const stepper = useStoreStepper(store, index, last);
  const cursor = useMemo(() => (result ? cursorAt(result, index) : null), [result, index]);
  const lines = useMemo(() => (result && cursor ? beamFormulas(result, cursor, t.beam) : []), [result, cursor, t]);
  const hyp = result && cursor ? currentHypothesis(result, cursor) : null;
  const title = cursor ? t.beam.title(cursor.t, cursor.phase) : "";
  const said = cursor && hyp ? t.beam.said(cursor.t, cursor.phase, hyp.tokens.join(" "), fmtText(hyp.score, 3)) : "";
  const presentation = usePresentation<HTMLElement>({ step, setStep: store.getState().setStep });
  const capped = beam.width > V ? [t.beam.widthCapped(beam.width, V)] : [];

  const onKeyDown = (e: KeyboardEvent<HTMLElement>) => result && onStepperKey(e, stepper, ".beam-tree-box, .beam-table-box");

  const formulas = <FormulaPanel title={title} lines={lines} label={t.beam.formulas} />;
  return (
    <section ref={presentation.root} data-presentable="" className="player beam-player" aria-label={t.beam.region} tabIndex={0} onKeyDown={onKeyDown} aria-keyshortcuts="ArrowRight ArrowLeft Space Home End P">
      {!isTrained(model) && <UntrainedNote />}
      <WidgetNotes notes={[...notes, ...capped]} />
      <BeamControls store={store} vocabSize={V} />
      {error && <p className="player-error" role="alert">{error}</p>}
      <Transport stepper={stepper} title={title} sentence={said} disabled={!result}>
        <PresentButton presentation={presentation} disabled={!result} />
      </Transport>
      {result && cursor ? <PlayerStage pictures={<BeamTree result={result} cursor={cursor} source={sentence} />} formulas={formulas} /> : <p className="player-empty">{t.player.nothingToShow}</p>}
      <p className="player-keys">{t.beam.keysHint}</p>
      {presentation.presenting && result && cursor && (
        <BeamPresentation store={store} result={result} cursor={cursor} index={index} last={last} title={title} sentence={said} lines={lines} source={sentence} onClose={presentation.close} fullscreen={presentation.byReader} />
      )}
    </section>
  );
}
