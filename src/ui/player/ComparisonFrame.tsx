// The frame the comparisons share: a labelled region, the untrained note, notes on props, and the
// sentence field of the comparison's own sentence.

import type { ReactNode } from "react";
import type { SourceToken } from "../../core/trace.ts";
import { HoverProvider } from "./hover.tsx";
import { SentenceInput } from "./SentenceInput.tsx";
import { UntrainedNote } from "./UntrainedNote.tsx";
import { WidgetNotes } from "./WidgetNotes.tsx";
import "./player.css";

interface Props {
  readonly label: string;
  readonly untrained: boolean;
  readonly notes: readonly string[];
  readonly sentence: string;
  readonly onSentence: (sentence: string) => void;
  readonly error: string | null;
  readonly source: readonly SourceToken[];
  /** Controls beside the sentence (a cell menu, a step slider). */
  readonly controls?: ReactNode;
  readonly children: ReactNode;
}

export function ComparisonFrame({ label, untrained, notes, sentence, onSentence, error, source, controls, children }: Props) {
  return (
    <HoverProvider>
      <section className="player comparison" aria-label={label}>
        {untrained && <UntrainedNote />}
        <WidgetNotes notes={notes} />
        <div className="player-choices">
          <SentenceInput value={sentence} onChange={onSentence} error={error} source={source} />
          {controls && <div className="player-selects">{controls}</div>}
        </div>
        {children}
      </section>
    </HoverProvider>
  );
}
