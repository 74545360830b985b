// The frame the comparisons share: a labelled region, where its models stand (loading, training on
// demand, or untrained and said so), notes on props, and the sentence field of its own sentence.

import type { ReactNode } from "react";
import type { SourceToken } from "../../core/trace.ts";
import { useT } from "../i18n/index.ts";
import { useModelContext } from "../model/modelContext.ts";
import { cacheKey } from "../ondemand/cache.ts";
import { OnDemandNotice } from "../ondemand/OnDemandNotice.tsx";
import { HoverProvider } from "./hover.tsx";
import { SentenceInput } from "./SentenceInput.tsx";
import { UntrainedNote } from "./UntrainedNote.tsx";
import { isTrained } from "../model/useTrainedModel.ts";
import type { ShownModel } from "../model/useTrainedModel.ts";
import { WidgetNotes } from "./WidgetNotes.tsx";
import "./player.css";

interface Props {
  readonly label: string;
  /** The models the comparison shows (each a preset, trained on demand, or the demo meanwhile). */
  readonly models: readonly ShownModel[];
  readonly notes: readonly string[];
  readonly sentence: string;
  readonly onSentence: (sentence: string) => void;
  readonly error: string | null;
  readonly source: readonly SourceToken[];
  /** Controls beside the sentence (a cell menu, a step slider). */
  readonly controls?: ReactNode;
  readonly children: ReactNode;
}

/** What the reader should know about the models: loading, each training on demand, or untrained. */
function ModelsStatus({ models }: { models: readonly ShownModel[] }) {
  const t = useT();
  const { onDemand } = useModelContext();
  const training = models.filter((m) => m.onDemand && m.onDemand.status !== "ready");
  return (
    <>
      {models.some((m) => m.loading && !m.onDemand) && (
        <p className="player-empty" role="status">
          {t.comparisons.loadingTrained}
        </p>
      )}
      {training.map((m) => (
        <OnDemandNotice key={cacheKey(m.choice, m.pair)} entry={m.onDemand!} onRetry={() => onDemand?.retry(m.choice, m.pair)} />
      ))}
      {models.some((m) => !m.loading && !isTrained(m.model)) && <UntrainedNote />}
    </>
  );
}

export function ComparisonFrame({ label, models, notes, sentence, onSentence, error, source, controls, children }: Props) {
  return (
    <HoverProvider>
      <section className="player comparison" aria-label={label} aria-busy={models.some((m) => m.loading) || undefined}>
        <ModelsStatus models={models} />
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
