// The instructor's page (`#/exercises`, `#/zh/exercises`): pick lessons and a seed, get the links to
// hand a class and a printable sheet with a separate answer key. The seed and the lessons live in
// the address (urlState.ts); the shell's SheetRoute passes them in with the links it builds.
// KaTeX is loaded before the sheet renders, so every formula is typeset at once, also the ones far
// down the page that a print would otherwise catch as "…".

import { useDeferredValue, useEffect, useMemo, useState } from "react";
import { useLang } from "../../i18n/index.ts";
import { loadKatex, katexIfLoaded } from "../../components/katex.ts";
import { MESSAGES } from "../messages.ts";
import { freshSeed } from "../progress.ts";
import { SheetForm } from "./SheetForm.tsx";
import { lessonsWithExercises, sheetParts, type SheetLesson } from "./sheetItems.ts";
import { SheetKey } from "./SheetKey.tsx";
import { SheetLinks } from "./SheetLinks.tsx";
import { SHEET_MESSAGES } from "./sheetMessages.ts";
import { SheetQuestions } from "./SheetQuestions.tsx";
import "../exercises.css";
import "./sheet.css";
import { PageHeader } from "../../components/PageHeader.tsx";

export interface SheetPageProps {
  /** The site's lessons in their order; those without exercises are left out. */
  readonly lessons: readonly SheetLesson[];
  /** The address's seed, or null: the page then draws one and puts it in the address. */
  readonly seed: number | null;
  /** The address's lessons, or null for all. */
  readonly chosen: readonly string[] | null;
  readonly onChange: (seed: number, chosen: readonly string[] | null) => void;
  /** The absolute address of a lesson with the sheet's seed, or (null) of this sheet. */
  readonly linkTo: (lesson: string | null) => string;
}

export function SheetPage({ lessons: all, seed, chosen, onChange, linkTo }: SheetPageProps) {
  const lang = useLang();
  const s = SHEET_MESSAGES[lang];
  const m = MESSAGES[lang];
  const [katexReady, setKatexReady] = useState(() => katexIfLoaded() !== null);
  const [includeKey, setIncludeKey] = useState(true);
  const lessons = useMemo(() => lessonsWithExercises(all), [all]);
  const chosenSlugs = useMemo(() => (chosen ? lessons.filter((l) => chosen.includes(l.slug)) : lessons).map((l) => l.slug), [lessons, chosen]);
  useEffect(() => {
    if (seed === null) onChange(freshSeed(), chosen);
  }, [seed, chosen, onChange]);
  useEffect(() => {
    if (!katexReady) void loadKatex().then(() => setKatexReady(true));
  }, [katexReady]);
  // The sheet of all lessons holds some 370 formulas: it follows the form a moment later, so typing a seed stays quick.
  const shownSeed = useDeferredValue(seed);
  const shownChosen = useDeferredValue(chosenSlugs);
  const parts = useMemo(() => (shownSeed === null ? [] : sheetParts(lessons.filter((l) => shownChosen.includes(l.slug)), shownSeed)), [lessons, shownChosen, shownSeed]);
  const apply = (nextSeed: number, next: readonly string[]) => onChange(nextSeed, next.length === lessons.length ? null : next);

  return (
    <article className="sheet-page" aria-labelledby="page-title">
      <PageHeader className="sheet-controls" title={s.title} summary={s.intro} />
      {seed === null ? null : (
        <>
          <SheetForm lessons={lessons} seed={seed} chosen={chosenSlugs} includeKey={includeKey} s={s} onChange={apply} onIncludeKey={setIncludeKey} />
          <SheetLinks chosen={chosenSlugs} linkTo={linkTo} s={s} lessons={lessons} />
          {katexReady ? (
            <div className="sheet-output" data-seed={shownSeed ?? seed}>
              <SheetQuestions parts={parts} seed={shownSeed ?? seed} lang={lang} m={m} s={s} />
              {includeKey ? <SheetKey parts={parts} seed={shownSeed ?? seed} lang={lang} m={m} s={s} /> : null}
            </div>
          ) : (
            <p className="page-empty">{s.loading}</p>
          )}
        </>
      )}
    </article>
  );
}
