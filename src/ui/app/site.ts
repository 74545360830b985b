// What every part of the shell needs to know about the site: its lessons, and the defaults a URL is
// compared with. Provided once by App.

import { createContext, useContext } from "react";
import type { Lesson } from "./lessons.ts";
import { encodeView, type UrlView } from "../urlState.ts";
import { defaultsFor } from "./urlSync.ts";
import { useAppState } from "../storeContext.ts";

export interface Site {
  readonly lessons: readonly Lesson[];
  readonly defaults: UrlView;
}

export function createSite(lessons: readonly Lesson[]): Site {
  return { lessons, defaults: defaultsFor(lessons.map((l) => l.meta.slug)) };
}

export const SiteContext = createContext<Site>(createSite([]));

export function useSite(): Site {
  return useContext(SiteContext);
}

/**
 * The link to a lesson (or the playground) that keeps the reader's language, model and sentence, and
 * a class's exercise seed: a student who came by `?seed=42` keeps the class's numbers in every lesson.
 */
export function useHrefTo(): (lesson: string) => string {
  const { defaults } = useSite();
  const choice = useAppState((s) => s.choice);
  const sentence = useAppState((s) => s.sentence);
  const lang = useAppState((s) => s.lang);
  const pair = useAppState((s) => s.pair);
  const seed = useAppState((s) => s.exerciseSeed);
  return (lesson) => encodeView({ lesson, choice, sentence, step: 0, lang, pair, ...(seed !== null ? { exerciseSeed: seed } : {}) }, defaults);
}
