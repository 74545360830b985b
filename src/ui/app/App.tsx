// The reading layout: skip link, header, table of contents and the page the URL names. Which page
// is shown comes from the store, which the URL sync (urlSync.ts) keeps equal to the address.

import { lazy, Suspense, useEffect, useMemo, useRef, useState, type MouseEvent } from "react";
import { ErrorBoundary, type StoredReset } from "../components/ErrorBoundary.tsx";
import type { Messages } from "../i18n/en.ts";
import { useT } from "../i18n/index.ts";
import { useDocumentLang } from "../i18n/useDocumentLang.ts";
import { usePresentKey } from "../presentation/usePresentKey.ts";
import { Header } from "./Header.tsx";
import { LessonPage } from "./LessonPage.tsx";
import { NotFoundPage } from "./NotFoundPage.tsx";
import { lessonComponents, type ShellComponents } from "./lessonComponents.tsx";
import { shelfOf, type Lesson, type LessonShelf } from "./lessons.ts";
import { PlaygroundPage } from "./PlaygroundPage.tsx";
import { SheetRoute } from "./SheetRoute.tsx";
import { SiteContext, createSite } from "./site.ts";
import { savedEditsReset, savedRunReset } from "./storedResets.ts";
import { useAppState } from "../storeContext.ts";
import { useDocumentTheme } from "./theme.ts";
import { Toc } from "./Toc.tsx";
import { PLAYGROUND, SHEET, TRAIN } from "../urlState.ts";

// The training page (and its worker) loads only when the reader opens it. A load that failed stays
// failed inside its lazy component, so "Try again" makes a new one.
const loadTrainingPage = () => lazy(() => import("../training/index.ts").then((m) => ({ default: m.TrainingPage })));

interface Props {
  /** One list for every language, or each language's own (content/<lang>/). */
  readonly lessons: readonly Lesson[] | Partial<LessonShelf>;
  readonly components?: ShellComponents;
}

export function App({ lessons: given, components = lessonComponents }: Props) {
  const shelf = useMemo(() => shelfOf(given), [given]);
  const lang = useAppState((s) => s.lang);
  const lessons = shelf[lang];
  const site = useMemo(() => createSite(lessons), [lessons]);
  const current = useAppState((s) => s.lesson);
  const theme = useAppState((s) => s.theme);
  const t = useT();
  const [menuOpen, setMenuOpen] = useState(false);
  const [trainAttempt, setTrainAttempt] = useState(0);
  // A new attempt is what makes a new lazy component.
  const TrainingPage = useMemo(loadTrainingPage, [trainAttempt]);
  useDocumentTheme(theme);
  useDocumentLang(lang);
  usePresentKey();

  const index = lessons.findIndex((l) => l.meta.slug === current);
  const lesson = lessons[index];
  const notFound = current !== PLAYGROUND && current !== TRAIN && current !== SHEET && !lesson && lessons.length > 0;
  const title = current === PLAYGROUND ? t.app.playground : current === TRAIN ? t.training.title : current === SHEET ? t.app.sheet : notFound ? t.faults.notFound.title : lesson?.meta.title;
  useNewPageEffects(current, title, t.app.siteName, () => setMenuOpen(false));

  return (
    <SiteContext.Provider value={site}>
      <a className="skip-link" href="#main" onClick={skipToMain}>
        {t.app.skipToContent}
      </a>
      <Header menuOpen={menuOpen} onToggleMenu={() => setMenuOpen((open) => !open)} />
      <div className="layout">
        <Toc current={current} open={menuOpen} onClose={() => setMenuOpen(false)} />
        <main id="main" className="page" tabIndex={-1}>
          {/* Each page behind its own boundary, so a broken one leaves the header and contents to go elsewhere. */}
          <ErrorBoundary key={`${lang}:${current}`} what={t.faults.boundary.thisPage} stored={routeResets(current, t)} onReset={() => setTrainAttempt((n) => n + 1)}>
            {current === PLAYGROUND ? (
              <PlaygroundPage components={components} />
            ) : current === TRAIN ? (
              <Suspense fallback={<p className="page-empty">{t.app.loadingLesson}</p>}>
                <TrainingPage />
              </Suspense>
            ) : current === SHEET ? (
              <SheetRoute />
            ) : lesson ? (
              <LessonPage lesson={lesson} number={index + 1} count={lessons.length} components={components} />
            ) : notFound ? (
              <NotFoundPage slug={current} />
            ) : (
              <p className="page-empty">{t.app.noLessons}</p>
            )}
          </ErrorBoundary>
        </main>
      </div>
    </SiteContext.Provider>
  );
}

/** The stored items a page reads: a reset of them is offered when the page breaks. */
function routeResets(route: string, t: Messages): StoredReset[] {
  return route === TRAIN ? [savedRunReset(t)] : route === SHEET ? [] : [savedEditsReset(t)];
}

// The skip link must not change the hash: the hash is the route.
function skipToMain(event: MouseEvent<HTMLAnchorElement>) {
  event.preventDefault();
  document.getElementById("main")?.focus();
}

/**
 * On a new page (not on the first one): close the phone menu, start at the top, and move focus to
 * the new title, so a screen reader announces where the reader arrived.
 */
function useNewPageEffects(page: string, title: string | undefined, siteName: string, closeMenu: () => void) {
  const previous = useRef(page);
  useEffect(() => {
    document.title = title ? `${title} · ${siteName}` : siteName;
  }, [title, siteName]);
  useEffect(() => {
    if (previous.current === page) return;
    previous.current = page;
    closeMenu();
    document.documentElement.scrollTop = 0;
    document.getElementById("page-title")?.focus({ preventScroll: true });
    // Only a new page runs this; closeMenu is a fresh closure at every render.
  }, [page]);
}
