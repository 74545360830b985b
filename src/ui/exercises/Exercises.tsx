// <Exercises lesson="slug" />: the practice at the end of a lesson. Numbers come from the seed of the
// link (`?seed=42`, the same for a whole class) or the reader's own stored seed; "New numbers" draws
// another. Progress per lesson is stored (progress.ts) and can be reset.

import { useState } from "react";
import { TOLERANCE } from "../../exercises/index.ts";
import { useLang } from "../i18n/index.ts";
import { ConceptCheck } from "./ConceptCheck.tsx";
import { MESSAGES } from "./messages.ts";
import { NumericExercise } from "./NumericExercise.tsx";
import { PLAN } from "./plan.ts";
import { freshSeed, readRecord, storage, writeRecord, type ExerciseRecord } from "./progress.ts";
import { linkedSeed } from "./seedLink.ts";
import "./exercises.css";

function initialRecord(): ExerciseRecord {
  const stored = readRecord(storage());
  if (stored) return stored;
  const record: ExerciseRecord = { version: 1, seed: freshSeed(), lessons: {} };
  writeRecord(storage(), record);
  return record;
}

export function Exercises({ lesson }: { lesson?: unknown }) {
  const lang = useLang();
  const m = MESSAGES[lang];
  const [record, setRecord] = useState(initialRecord);
  const [seed, setSeed] = useState(() => linkedSeed() ?? record.seed);
  const plan = typeof lesson === "string" ? PLAN[lesson] : undefined;
  if (!plan || typeof lesson !== "string") return null;

  const update = (next: ExerciseRecord) => {
    setRecord(next);
    writeRecord(storage(), next);
  };
  const solved = record.lessons[lesson] ?? {};
  const markSolved = (slot: number) => {
    if (solved[slot] === "solved") return;
    update({ ...record, lessons: { ...record.lessons, [lesson]: { ...solved, [slot]: "solved" } } });
  };
  const newNumbers = () => {
    const next = freshSeed();
    setSeed(next);
    update({ ...record, seed: next });
  };
  const reset = () => {
    const lessons = { ...record.lessons };
    delete lessons[lesson];
    update({ ...record, lessons });
  };
  const path = typeof window === "undefined" ? "" : window.location.hash.split("?")[0];
  const done = plan.items.filter((_, i) => solved[i] === "solved").length;

  return (
    <div className="exercises" data-seed={seed} key={`${seed}-${lang}`}>
      <h2>{m.heading}</h2>
      <p>{m.intro(TOLERANCE.toString())}</p>
      <p className="exercises-bar">
        <span>{m.progress(done, plan.items.length)}</span>
        <button type="button" onClick={newNumbers}>
          {m.newNumbers}
        </button>
        <button type="button" onClick={reset}>
          {m.reset}
        </button>
        <a href={`${path}?seed=${seed}`}>{m.copyLink}</a>
      </p>
      <p className="exercises-seed">{m.linkSeed(seed)}</p>
      {plan.items.map((item, slot) =>
        "kind" in item ? (
          <NumericExercise key={`${seed}-${slot}`} kindId={item.kind} slot={slot} seed={seed} anchor={plan.anchor} m={m} onSolved={() => markSolved(slot)} />
        ) : (
          <ConceptCheck key={`${lang}-${slot}`} concept={item.concept} slot={slot} lang={lang} m={m} onSolved={() => markSolved(slot)} />
        ),
      )}
    </div>
  );
}
