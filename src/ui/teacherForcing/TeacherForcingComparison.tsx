// Lesson 18's comparison: a sentence and its right translation decoded by one model twice,
// teacher-forced (left) and free running (right), with each step's input, top word, p(right word) and
// −log p(right word), and the free-running inputs that differ from the right words marked. Every
// number is src/model/exposureBias.ts's. A lesson names the architecture (cell, variant, score, query,
// bidirectional), the sentence and reference, and the model to open on (model="trained" | "partly" |
// "untrained"); without them it opens on the partly trained default on the page's running example.

import { useId, useMemo, useRef, useState } from "react";
import type { Seq2SeqModel } from "../../core/model.ts";
import { readChoiceFields } from "../../model/choice.ts";
import { demoModel, DEMO_SEED, type ModelChoice } from "../../model/defaults.ts";
import { exposureBias, pairProblem, type ExposureBias, type PairProblem } from "../../model/exposureBias.ts";
import { PARTLY_TRAINED_UPDATES } from "../../model/partlyTrained.ts";
import { defaultPairOf, PAIR_EXAMPLES, PAIR_EXAMPLE_TARGETS, type LanguagePair } from "../../model/pairs.ts";
import { useCjkFont } from "../i18n/cjkFont.ts";
import { useLang, useT } from "../i18n/index.ts";
import type { TeacherForcingMessages, TeacherForcingModel } from "../i18n/teacherForcing.ts";
import { usePresetLoader } from "../kit/presetLoaderContext.ts";
import { usePreset } from "../kit/usePreset.ts";
import { DEFAULT_PLAYER } from "../playerStore.ts";
import { DecoderTable } from "./DecoderTable.tsx";
import { PairFields } from "./PairFields.tsx";
import { usePartlyTrained } from "./usePartlyTrained.ts";
import "./teacherForcing.css";

const MODELS: readonly TeacherForcingModel[] = ["untrained", "partly", "trained"];

/** The model to show for the reader's pick (undefined while it is on its way) and what to say about it. */
function useShownModel(which: TeacherForcingModel, choice: ModelChoice, pair: LanguagePair): { model?: Seq2SeqModel; status?: string } {
  const t = useT().teacherForcing;
  const preset = usePreset(usePresetLoader(), choice, pair);
  const partly = usePartlyTrained(pair, choice, which === "partly");
  const demo = useMemo(() => demoModel(choice, DEMO_SEED, pair), [choice, pair]);
  if (which === "untrained") return { model: demo };
  if (which === "partly") {
    if (partly.status === "ready") return { model: partly.model };
    if (partly.status === "failed") return { model: demo, status: t.partlyFailed(partly.reason) };
    return { status: t.training(partly.status === "training" ? partly.done : 0, PARTLY_TRAINED_UPDATES[pair]) };
  }
  if (preset.model) return { model: preset.model };
  if (preset.status === "failed" || preset.status === "none") return { model: demo, status: t.failed(preset.reason ?? "") };
  return { status: t.loading };
}

function problemText(t: TeacherForcingMessages, p: PairProblem): string {
  if (p.kind === "empty-source") return t.emptySource;
  if (p.kind === "empty-reference") return t.emptyReference;
  return t.unknownReference(p.words.map((w) => `“${w}”`).join(", "));
}

const text = (v: unknown, fallback: string) => (typeof v === "string" && v.trim() !== "" ? v : fallback);
const isModel = (v: unknown): v is TeacherForcingModel => MODELS.includes(v as TeacherForcingModel);

export function TeacherForcingComparison(props: Readonly<Record<string, unknown>>) {
  const t = useT().teacherForcing;
  const pair = defaultPairOf(useLang());
  useCjkFont(pair === "en-zh");
  // The props arrive as a new object on every render: the choice changes only when a field does.
  const read = readChoiceFields(props);
  const given = JSON.stringify(read.choice);
  const ignored = [...read.problems.map((p) => t.ignoredProp(p.field, p.value, p.allowed.join(", "))), ...(props.model !== undefined && !isModel(props.model) ? [t.ignoredProp("model", String(props.model), MODELS.join(", "))] : [])];
  const choice = useMemo<ModelChoice>(() => ({ ...DEFAULT_PLAYER.choice, ...(JSON.parse(given) as Partial<ModelChoice>) }), [given]);
  const [which, setWhich] = useState<TeacherForcingModel>(isModel(props.model) ? props.model : "partly");
  const [source, setSource] = useState(() => text(props.sentence, PAIR_EXAMPLES[pair]));
  const [reference, setReference] = useState(() => text(props.reference, PAIR_EXAMPLE_TARGETS[pair]));
  const group = useId();
  const { model, status } = useShownModel(which, choice, pair);
  const attempt = useMemo(() => {
    if (!model) return undefined;
    const problem = pairProblem(model, source, reference);
    return problem ? { problem } : { result: exposureBias(model, source, reference) };
  }, [model, source, reference]);
  // Bad input keeps the last pair that could be compared on screen.
  const lastGood = useRef<ExposureBias | undefined>(undefined);
  if (attempt?.result) lastGood.current = attempt.result;
  const result = attempt ? (attempt.result ?? lastGood.current) : undefined;
  const problem = attempt?.problem ? `${problemText(t, attempt.problem)} ${lastGood.current ? t.keptLast : ""}`.trim() : null;
  return (
    <section className="tf-comparison" aria-label={t.region} aria-busy={!model || undefined}>
      <div className="tf-controls">
        <PairFields source={source} reference={reference} onSource={setSource} onReference={setReference} problem={problem} />
        <fieldset className="tf-models">
          <legend>{t.model}</legend>
          {MODELS.map((m) => (
            <label key={m}>
              <input type="radio" name={group} value={m} checked={which === m} onChange={() => setWhich(m)} /> {t.models[m]}
            </label>
          ))}
        </fieldset>
      </div>
      {ignored.map((note) => (
        <p key={note} className="tf-how">
          {note}
        </p>
      ))}
      {which === "partly" && <p className="tf-how">{t.partlyHint(PARTLY_TRAINED_UPDATES[pair])}</p>}
      {status && <p role="status">{status}</p>}
      {result && (
        <>
          <p className="tf-summary" aria-live="polite">
            {result.firstDivergence === null ? t.agree : t.drift(result.firstDivergence)}
          </p>
          <div className="tf-columns">
            <DecoderTable name={t.forced} how={t.forcedHow} column={result.forced} kind="forced" total={result.right.length} />
            <DecoderTable name={t.free} how={t.freeHow} column={result.free} kind="free" total={result.right.length} />
          </div>
        </>
      )}
    </section>
  );
}
