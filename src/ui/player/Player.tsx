// The player: steps through the core's trace for the store's sentence and model choice, with the
// pictures of the focused part and the formulas of the current step. Keys when it has focus:
// → and ← step, space plays or pauses, Home and End jump to the first and last step.

import { useMemo, type KeyboardEvent } from "react";
import { useStore } from "zustand";
import { detokenize } from "../../core/tokenizer.ts";
import type { Trace } from "../../core/trace.ts";
import { EditWeights } from "../editor/EditWeights.tsx";
import { ModelNotice } from "../model/ModelNotice.tsx";
import { useCurrentModel } from "../model/useCurrentModel.ts";
import { useIncomingLink } from "../share/useIncomingLink.ts";
import type { AppStore } from "../store.ts";
import { ChoiceControls } from "./ChoiceControls.tsx";
import { FormulaPanel } from "./FormulaPanel.tsx";
import { HoverProvider } from "./hover.tsx";
import { AttentionHeatmap, AttentionLines, DecoderPicture, EncoderPicture, OutputBars } from "./pictures.tsx";
import { PlayerControls } from "./PlayerControls.tsx";
import { stepFormulas, stepTitle } from "./stepFormulas.ts";
import { goTo, keyTarget, togglePlay, usePlayback } from "./usePlayback.ts";
import { isTrained, useChoice, usePlayerStore } from "./usePlayerStore.ts";
import { useTrace } from "./useTrace.ts";
import { UntrainedNote } from "./UntrainedNote.tsx";
import { readWidgetProps, type PlayerFocus, type WidgetProps } from "./widgetProps.ts";
import { WidgetNotes } from "./WidgetNotes.tsx";
import "./player.css";

export type { PlayerFocus };

export interface PlayerProps extends WidgetProps {
  /** A store to read instead of the page's (tests). */
  readonly store?: AppStore;
  /** "open" shows the weight editor open (the playground); lessons show it collapsed. */
  readonly editWeights?: "open";
}

/** Props set a lesson player's first choice (see usePlayerStore); `focus` picks the pictures. */
export function Player(props: PlayerProps) {
  const { choice, focus, notes } = readWidgetProps(props as Record<string, unknown>);
  const store = usePlayerStore(choice, props.store);
  return (
    <HoverProvider>
      <PlayerBody store={store} focus={focus} notes={notes} editorOpen={props.editWeights === "open"} />
    </HoverProvider>
  );
}

function PlayerBody({ store, focus, notes, editorOpen }: { store: AppStore; focus: PlayerFocus; notes: readonly string[]; editorOpen: boolean }) {
  const choice = useChoice(store);
  const sentence = useStore(store, (s) => s.sentence);
  const step = useStore(store, (s) => s.step);
  const playing = useStore(store, (s) => s.playing);
  const speed = useStore(store, (s) => s.speed);
  // The preset or demo model of the choice with the reader's edits; a share link's weights apply first.
  useIncomingLink();
  const shown = useCurrentModel(choice);
  const model = shown.model;
  const { trace, error } = useTrace(model, sentence);
  const last = trace ? trace.steps.length - 1 : 0;
  const cursor = Math.min(step, last);
  usePlayback(store, playing, cursor, last, speed);
  const current = trace?.steps[cursor];
  const vocab = model.target.vocab;
  const lines = useMemo(() => (trace && current ? stepFormulas(trace, current, vocab) : []), [trace, current, vocab]);
  const title = trace && current ? stepTitle(current, trace) : "";

  const onKeyDown = (e: KeyboardEvent<HTMLElement>) => {
    const el = e.target as HTMLElement;
    // Text fields, menus, the scrubber and a scrollable figure use these keys themselves; a button uses space.
    if (!trace || e.altKey || e.ctrlKey || e.metaKey || el.closest("input, select, textarea, .player-figure-body")) return;
    if (e.key === " " && el.closest("button")) return;
    const target = keyTarget(e.key, cursor, last);
    if (target === null) return;
    e.preventDefault();
    if (target === "toggle") togglePlay(store, cursor, last);
    else goTo(store, target);
  };

  return (
    <section className="player" aria-label="Encoder–decoder player" tabIndex={0} onKeyDown={onKeyDown} aria-keyshortcuts="ArrowRight ArrowLeft Space Home End">
      {!isTrained(model) && <UntrainedNote />}
      <ModelNotice />
      <WidgetNotes notes={notes} />
      <ChoiceControls store={store} error={error} source={trace?.source ?? []} />
      <PlayerControls store={store} cursor={cursor} last={last} title={title} disabled={!trace} />
      {trace ? (
        <div className="player-body">
          <div className="player-pictures">
            <Pictures trace={trace} cursor={cursor} focus={focus} vocab={vocab} />
            <OutputText trace={trace} cursor={cursor} />
          </div>
          <FormulaPanel title={title} lines={lines} />
        </div>
      ) : (
        <p className="player-empty">Nothing to show until the sentence has a word the encoder can read.</p>
      )}
      <p className="player-keys">Keys, when the player has focus: → next, ← previous, space play or pause, Home first step, End last step.</p>
      <EditWeights initiallyOpen={editorOpen} current={shown} trace={trace} player={store} choice={choice} />
    </section>
  );
}

function Pictures({ trace, cursor, focus, vocab }: { trace: Trace; cursor: number; focus: PlayerFocus; vocab: readonly string[] }) {
  const attention = trace.model.variant === "attention";
  const show = (part: PlayerFocus) => focus === "all" || focus === part;
  return (
    <>
      {show("encoder") && <EncoderPicture trace={trace} cursor={cursor} />}
      {show("decoder") && <DecoderPicture trace={trace} cursor={cursor} />}
      {(focus === "attention" || (focus === "all" && attention)) && (
        <div className="player-pair">
          <AttentionHeatmap trace={trace} cursor={cursor} />
          <AttentionLines trace={trace} cursor={cursor} />
        </div>
      )}
      {show("decoder") && <OutputBars trace={trace} cursor={cursor} vocab={vocab} />}
    </>
  );
}

/** The tokens written up to the cursor. */
function OutputText({ trace, cursor }: { trace: Trace; cursor: number }) {
  const written = trace.steps.slice(0, cursor + 1).flatMap((s) => (s.kind === "decoder" && s.token !== "<eos>" ? [s.token] : []));
  const done = cursor === trace.steps.length - 1;
  const why = trace.output.stop === "eos" ? "it wrote <eos>" : "it reached the length limit";
  return (
    <p className="player-output">
      <span className="player-output-label">{done ? "Output" : "Output so far"}:</span> {written.length ? detokenize(written) : "—"}
      {done && <span className="player-output-stop"> (stopped: {why})</span>}
    </p>
  );
}
