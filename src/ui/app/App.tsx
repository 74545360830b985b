// The reading layout: skip link, header, table of contents and the page the URL names. Which page
// is shown comes from the store, which the URL sync (urlSync.ts) keeps equal to the address.

import { useEffect, useMemo, useRef, useState, type MouseEvent } from "react";
import { Header } from "./Header.tsx";
import { LessonPage } from "./LessonPage.tsx";
import { lessonComponents, type ShellComponents } from "./lessonComponents.tsx";
import type { Lesson } from "./lessons.ts";
import { PlaygroundPage } from "./PlaygroundPage.tsx";
import { SiteContext, createSite } from "./site.ts";
import { useAppState } from "./storeContext.ts";
import { useDocumentTheme } from "./theme.ts";
import { Toc } from "./Toc.tsx";
import { PLAYGROUND } from "./urlState.ts";

const SITE_NAME = "Seq2Seq Lab";

interface Props {
  readonly lessons: readonly Lesson[];
  readonly components?: ShellComponents;
}

export function App({ lessons, components = lessonComponents }: Props) {
  const site = useMemo(() => createSite(lessons), [lessons]);
  const current = useAppState((s) => s.lesson);
  const theme = useAppState((s) => s.theme);
  const [menuOpen, setMenuOpen] = useState(false);
  useDocumentTheme(theme);

  const index = lessons.findIndex((l) => l.meta.slug === current);
  const lesson = lessons[index];
  const title = current === PLAYGROUND ? "Playground" : lesson?.meta.title;
  useNewPageEffects(current, title, () => setMenuOpen(false));

  return (
    <SiteContext.Provider value={site}>
      <a className="skip-link" href="#main" onClick={skipToMain}>
        Skip to content
      </a>
      <Header menuOpen={menuOpen} onToggleMenu={() => setMenuOpen((open) => !open)} />
      <div className="layout">
        <Toc current={current} open={menuOpen} onClose={() => setMenuOpen(false)} />
        <main id="main" className="page" tabIndex={-1}>
          {current === PLAYGROUND ? (
            <PlaygroundPage components={components} />
          ) : lesson ? (
            <LessonPage lesson={lesson} number={index + 1} count={lessons.length} components={components} />
          ) : (
            <p className="page-empty">There are no lessons yet.</p>
          )}
        </main>
      </div>
    </SiteContext.Provider>
  );
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
function useNewPageEffects(page: string, title: string | undefined, closeMenu: () => void) {
  const previous = useRef(page);
  useEffect(() => {
    document.title = title ? `${title} · ${SITE_NAME}` : SITE_NAME;
  }, [title]);
  useEffect(() => {
    if (previous.current === page) return;
    previous.current = page;
    closeMenu();
    document.documentElement.scrollTop = 0;
    document.getElementById("page-title")?.focus({ preventScroll: true });
    // Only a new page runs this; closeMenu is a fresh closure at every render.
  }, [page]);
}
