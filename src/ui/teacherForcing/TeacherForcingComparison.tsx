// Lesson 18's comparison: the running example decoded by one model twice, teacher-forced (left) and
// free running (right), with each step's input, top word, p(right word) and −log p(right word), and the
// free-running inputs that differ from the right words marked. Every number is src/model/exposureBias.ts's.

import { useId, useMemo, useState } from "react";
import { demoModel, DEMO_SEED } from "../../model/defaults.ts";
import { exposureBias } from "../../model/exposureBias.ts";
import { defaultPairOf, PAIR_EXAMPLES, PAIR_EXAMPLE_TARGETS } from "../../model/pairs.ts";
import { useCjkFont } from "../i18n/cjkFont.ts";
import { useLang, useT } from "../i18n/index.ts";
import type { TeacherForcingModel } from "../i18n/teacherForcing.ts";
import { usePresetLoader } from "../kit/presetLoaderContext.ts";
import { usePreset } from "../kit/usePreset.ts";
import { DEFAULT_STATE } from "../store.ts";
import { DecoderTable } from "./DecoderTable.tsx";
import "./teacherForcing.css";

const MODELS: readonly TeacherForcingModel[] = ["untrained", "trained"];

export function TeacherForcingComparison() {
  const t = useT().teacherForcing;
  const pair = defaultPairOf(useLang());
  useCjkFont(pair === "en-zh");
  const [which, setWhich] = useState<TeacherForcingModel>("untrained");
  const group = useId();
  const choice = DEFAULT_STATE.choice;
  const preset = usePreset(usePresetLoader(), choice, pair);
  const demo = useMemo(() => demoModel(choice, DEMO_SEED, pair), [choice, pair]);
  const model = which === "trained" && preset.model ? preset.model : demo;
  const waiting = which === "trained" && !preset.model && (preset.status === "loading" || preset.status === "none");
  const source = PAIR_EXAMPLES[pair];
  const result = useMemo(() => exposureBias(model, source, PAIR_EXAMPLE_TARGETS[pair]), [model, source, pair]);
  return (
    <section className="tf-comparison" aria-label={t.region} aria-busy={waiting || undefined}>
      <div className="tf-controls">
        <p className="tf-pair">{t.pairLine(source, result.right.join(" "))}</p>
        <fieldset className="tf-models">
          <legend>{t.model}</legend>
          {MODELS.map((m) => (
            <label key={m}>
              <input type="radio" name={group} value={m} checked={which === m} onChange={() => setWhich(m)} /> {t.models[m]}
            </label>
          ))}
        </fieldset>
      </div>
      {waiting && <p role="status">{t.loading}</p>}
      {which === "trained" && preset.status === "failed" && <p role="status">{t.failed(preset.reason ?? "")}</p>}
      <p className="tf-summary" aria-live="polite">
        {result.firstDivergence === null ? t.agree : t.drift(result.firstDivergence)}
      </p>
      <div className="tf-columns">
        <DecoderTable name={t.forced} how={t.forcedHow} column={result.forced} kind="forced" total={result.right.length} />
        <DecoderTable name={t.free} how={t.freeHow} column={result.free} kind="free" total={result.right.length} />
      </div>
    </section>
  );
}
