// The sheet's form: lesson checkboxes (all by default), a seed field with "Random seed", and whether
// to include the answer key. Every valid change applies at once (the address follows); a seed that
// is not a whole number from 0 to 999 999, or no lesson at all, is named next to its field and the
// sheet keeps its last good state.

import { useEffect, useId, useState, type FormEvent } from "react";
import { seedProblem, type SeedProblem } from "../../../exercises/seed.ts";
import { freshSeed } from "../progress.ts";
import type { SheetLesson } from "./sheetItems.ts";
import type { SheetMessages } from "./sheetMessages.ts";

interface Props {
  readonly lessons: readonly SheetLesson[];
  readonly seed: number;
  readonly chosen: readonly string[];
  readonly includeKey: boolean;
  readonly s: SheetMessages;
  readonly onChange: (seed: number, chosen: readonly string[]) => void;
  readonly onIncludeKey: (include: boolean) => void;
}

export function SheetForm({ lessons, seed, chosen, includeKey, s, onChange, onIncludeKey }: Props) {
  const id = useId();
  const [seedText, setSeedText] = useState(String(seed));
  const [checked, setChecked] = useState<readonly string[]>(chosen);
  const problem: SeedProblem | null = seedProblem(seedText);
  // A seed or lessons set from outside (Random, the address) show in the fields.
  useEffect(() => {
    setSeedText((text) => (seedProblem(text) === null && Number(text) === seed ? text : String(seed)));
  }, [seed]);
  const chosenKey = chosen.join(",");
  useEffect(() => {
    setChecked(chosenKey.split(","));
  }, [chosenKey]);

  const setLessons = (next: readonly string[]) => {
    setChecked(next);
    if (next.length > 0) onChange(seed, next);
  };
  const toggle = (slug: string, on: boolean) => setLessons(lessons.map((l) => l.slug).filter((x) => (x === slug ? on : checked.includes(x))));
  const typeSeed = (text: string) => {
    setSeedText(text);
    if (seedProblem(text) === null) onChange(Number(text.trim()), chosen);
  };
  const submit = (event: FormEvent) => event.preventDefault();

  return (
    <form className="sheet-form sheet-controls" aria-label={s.form} onSubmit={submit} noValidate>
      <fieldset className="sheet-lessons" aria-describedby={checked.length === 0 ? `${id}-none` : undefined}>
        <legend>{s.lessons}</legend>
        {lessons.map((l) => (
          <label key={l.slug} className="sheet-lesson-option">
            <input type="checkbox" name="lessons" value={l.slug} checked={checked.includes(l.slug)} onChange={(e) => toggle(l.slug, e.target.checked)} /> {l.number}. {l.title}
          </label>
        ))}
        <button type="button" className="button" onClick={() => setLessons(lessons.map((l) => l.slug))}>
          {s.allLessons}
        </button>
      </fieldset>
      <p id={`${id}-none`} className="sheet-problem" role="status" aria-live="polite">
        {checked.length === 0 ? s.noLesson : ""}
      </p>
      <p className="sheet-seed">
        <label htmlFor={`${id}-seed`}>{s.seed}</label>{" "}
        <input
          id={`${id}-seed`}
          type="text"
          inputMode="numeric"
          autoComplete="off"
          value={seedText}
          aria-invalid={problem !== null}
          aria-describedby={`${id}-seed-problem`}
          onChange={(e) => typeSeed(e.target.value)}
        />{" "}
        <button type="button" className="button" onClick={() => typeSeed(String(freshSeed()))}>
          {s.random}
        </button>
      </p>
      <p id={`${id}-seed-problem`} className="sheet-problem" role="status" aria-live="polite">
        {problem ? s.seedProblem(problem, seed) : ""}
      </p>
      <p>
        <label>
          <input type="checkbox" checked={includeKey} onChange={(e) => onIncludeKey(e.target.checked)} /> {s.includeKey}
        </label>
      </p>
    </form>
  );
}
