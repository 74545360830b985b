// The exercise sheet's route (`#/exercises`): loads the sheet's own chunk and hands it the address's
// seed and lessons, a way to change them, and the links it shows (built here, where the address is
// written: urlState.ts).

import { lazy, Suspense, useCallback, useMemo } from "react";
import { useT } from "../i18n/index.ts";
import { useSite } from "./site.ts";
import { useAppState, useAppStore } from "../storeContext.ts";
import { encodeView, newcomerView, SHEET } from "../urlState.ts";

const SheetPage = lazy(() => import("../exercises/sheet/SheetPage.tsx").then((m) => ({ default: m.SheetPage })));

export function SheetRoute() {
  const { lessons, defaults } = useSite();
  const store = useAppStore();
  const t = useT();
  const seed = useAppState((s) => s.exerciseSeed);
  const chosen = useAppState((s) => s.sheetLessons);
  const lang = useAppState((s) => s.lang);
  const sheetLessons = useMemo(() => lessons.map((l, i) => ({ slug: l.meta.slug, number: i + 1, title: l.meta.title })), [lessons]);
  const onChange = useCallback((exerciseSeed: number, next: readonly string[] | null) => store.setState({ exerciseSeed, sheetLessons: next }), [store]);
  // A link opens its lesson as a newcomer sees it (the edition's own model, pair and sentence) with the sheet's seed.
  const linkTo = (lesson: string | null): string => `${window.location.href.split("#")[0]}${encodeView(newcomerView(lesson ?? SHEET, lang, seed, defaults, lesson === null ? chosen : null), defaults)}`;
  return (
    <Suspense fallback={<p className="page-empty">{t.app.loadingLesson}</p>}>
      <SheetPage lessons={sheetLessons} seed={seed} chosen={chosen} onChange={onChange} linkTo={linkTo} />
    </Suspense>
  );
}
