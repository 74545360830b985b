// <Exercises lesson="slug" />: the practice at the end of a lesson. Numbers come from the seed the
// address names (`?seed=42`, the same for a whole class; the app store's exerciseSeed) or the
// reader's own stored seed. "New numbers" draws another: into the address when it names a seed (so
// the address always names the numbers on screen), else into the reader's own record. Progress per
// lesson is stored (progress.ts), can be reset after a confirmation, and exported as JSON and CSV.

import { useState } from "react";
import { TOLERANCE } from "../../exercises/index.ts";
import { useAppState } from "../storeContext.ts";
import { encodeView, newcomerView } from "../urlState.ts";
import { useLang } from "../i18n/index.ts";
import { ConceptCheck } from "./ConceptCheck.tsx";
import { ExportProgress } from "./ExportProgress.tsx";
import { MESSAGES } from "./messages.ts";
import { NumericExercise } from "./NumericExercise.tsx";
import { PLAN } from "./plan.ts";
import { freshSeed, readRecord, storage, withoutLesson, withSolved, writeRecord, type ExerciseRecord } from "./progress.ts";
import { PROGRESS_MESSAGES } from "./progressMessages.ts";
import { ResetProgress } from "./ResetProgress.tsx";
import "./exercises.css";

function initialRecord(): ExerciseRecord {
  const stored = readRecord(storage());
  if (stored) return stored;
  const record: ExerciseRecord = { version: 2, seed: freshSeed(), lessons: {} };
  writeRecord(storage(), record);
  return record;
}

export function Exercises({ lesson }: { lesson?: unknown }) {
  const lang = useLang();
  const m = MESSAGES[lang];
  const p = PROGRESS_MESSAGES[lang];
  const [record, setRecord] = useState(initialRecord);
  const linked = useAppState((s) => s.exerciseSeed);
  const setLinked = useAppState((s) => s.setExerciseSeed);
  const seed = linked ?? record.seed;
  const plan = typeof lesson === "string" ? PLAN[lesson] : undefined;
  if (!plan || typeof lesson !== "string") return null;

  const update = (next: ExerciseRecord) => {
    setRecord(next);
    writeRecord(storage(), next);
  };
  const solved = record.lessons[lesson] ?? {};
  const markSolved = (slot: number, numeric: boolean) => update(withSolved(record, lesson, slot, numeric ? seed : undefined, new Date()));
  const newNumbers = () => {
    const next = freshSeed();
    if (linked !== null) setLinked(next);
    else update({ ...record, seed: next });
  };
  const done = plan.items.filter((_, i) => solved[i]?.status === "solved").length;

  return (
    <div className="exercises" data-seed={seed} key={`${seed}-${lang}`}>
      <h2>{m.heading}</h2>
      <p>{m.intro(TOLERANCE.toString())}</p>
      <p className="exercises-bar">
        <span>{m.progress(done, plan.items.length)}</span>
        <button type="button" onClick={newNumbers}>
          {m.newNumbers}
        </button>
        <ResetProgress solved={done} m={m} p={p} onReset={() => update(withoutLesson(record, lesson))} />
        <a href={encodeView(newcomerView(lesson, lang, seed))}>{m.copyLink}</a>
      </p>
      <p className="exercises-seed">{m.linkSeed(seed)}</p>
      <ExportProgress record={record} p={p} />
      {plan.items.map((item, slot) =>
        "kind" in item ? (
          <NumericExercise key={`${seed}-${slot}`} kindId={item.kind} slot={slot} seed={seed} anchor={plan.anchor} m={m} onSolved={() => markSolved(slot, true)} />
        ) : (
          <ConceptCheck key={`${lang}-${slot}`} concept={item.concept} slot={slot} lang={lang} m={m} onSolved={() => markSolved(slot, false)} />
        ),
      )}
    </div>
  );
}
