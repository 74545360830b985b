// Lesson 18's comparison: the running example decoded by one model twice, teacher-forced (left) and
// free running (right), with each step's input, top word, p(right word) and −log p(right word), and the
// free-running inputs that differ from the right words marked. Every number is src/model/exposureBias.ts's.
// It opens on the partly trained model, whose free-running decoder goes wrong after its first word.

import { useId, useMemo, useState } from "react";
import type { Seq2SeqModel } from "../../core/model.ts";
import { demoModel, DEMO_SEED } from "../../model/defaults.ts";
import { exposureBias } from "../../model/exposureBias.ts";
import { PARTLY_TRAINED_UPDATES } from "../../model/partlyTrained.ts";
import { defaultPairOf, PAIR_EXAMPLES, PAIR_EXAMPLE_TARGETS } from "../../model/pairs.ts";
import { useCjkFont } from "../i18n/cjkFont.ts";
import { useLang, useT } from "../i18n/index.ts";
import type { TeacherForcingModel } from "../i18n/teacherForcing.ts";
import { usePresetLoader } from "../kit/presetLoaderContext.ts";
import { usePreset } from "../kit/usePreset.ts";
import { DEFAULT_STATE } from "../store.ts";
import { DecoderTable } from "./DecoderTable.tsx";
import { usePartlyTrained } from "./usePartlyTrained.ts";
import "./teacherForcing.css";

const MODELS: readonly TeacherForcingModel[] = ["untrained", "partly", "trained"];
const choice = DEFAULT_STATE.choice;

/** The model to show for the reader's pick (undefined while it is on its way) and what to say about it. */
function useShownModel(which: TeacherForcingModel, pair: ReturnType<typeof defaultPairOf>): { model?: Seq2SeqModel; status?: string } {
  const t = useT().teacherForcing;
  const preset = usePreset(usePresetLoader(), choice, pair);
  const partly = usePartlyTrained(pair, choice, which === "partly");
  const demo = useMemo(() => demoModel(choice, DEMO_SEED, pair), [pair]);
  if (which === "untrained") return { model: demo };
  if (which === "partly") {
    if (partly.status === "ready") return { model: partly.model };
    if (partly.status === "failed") return { model: demo, status: t.partlyFailed(partly.reason) };
    return { status: t.training(partly.status === "training" ? partly.done : 0, PARTLY_TRAINED_UPDATES[pair]) };
  }
  if (preset.model) return { model: preset.model };
  if (preset.status === "failed") return { model: demo, status: t.failed(preset.reason ?? "") };
  return { status: t.loading };
}

export function TeacherForcingComparison() {
  const t = useT().teacherForcing;
  const pair = defaultPairOf(useLang());
  useCjkFont(pair === "en-zh");
  const [which, setWhich] = useState<TeacherForcingModel>("partly");
  const group = useId();
  const { model, status } = useShownModel(which, pair);
  const source = PAIR_EXAMPLES[pair];
  const result = useMemo(() => (model ? exposureBias(model, source, PAIR_EXAMPLE_TARGETS[pair]) : undefined), [model, source, pair]);
  return (
    <section className="tf-comparison" aria-label={t.region} aria-busy={!model || undefined}>
      <div className="tf-controls">
        <p className="tf-pair">{t.pairLine(source, `${PAIR_EXAMPLE_TARGETS[pair]} <eos>`)}</p>
        <fieldset className="tf-models">
          <legend>{t.model}</legend>
          {MODELS.map((m) => (
            <label key={m}>
              <input type="radio" name={group} value={m} checked={which === m} onChange={() => setWhich(m)} /> {t.models[m]}
            </label>
          ))}
        </fieldset>
      </div>
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
