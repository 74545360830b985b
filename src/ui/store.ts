// The page's store: which page is open and how it looks (route, theme, language, the presented
// figure, the exercises' seed and sheet, the training-step player's step), and the one player store
// of the playground (src/ui/playerStore.ts), whose choice, sentence and cursor the address carries.
// The URL sync (src/ui/app/urlSync.ts) keeps both equal to the address. Plain TypeScript
// (zustand/vanilla); React binds through src/ui/storeContext.ts.

import { createStore } from "zustand/vanilla";
import { defaultPairOf } from "../model/pairs.ts";
import type { Lang } from "./kit/lang.ts";
import { createPlayerStore, type PlayerState, type PlayerStore } from "./playerStore.ts";

/** "projector": high contrast, thick lines and large focus rings for a room's back row. */
export type Theme = "system" | "light" | "dark" | "projector";

export type { Lang };
export type { BeamChoice, DecodingStrategy, LanguagePair, ModelChoice } from "./playerStore.ts";

/** The page's own fields, the ones the address and the shell read. */
export interface PageFields {
  /** The open lesson's slug ("playground" for the player page). */
  readonly lesson: string;
  readonly theme: Theme;
  /** The language of the interface and the lessons. */
  readonly lang: Lang;
  /** Which figure on the page is presenting full screen, counted from 1; 0 when none. */
  readonly present: number;
  /** The exercises' seed the address names (a class's link), or null: each reader's own stored seed. */
  readonly exerciseSeed: number | null;
  /** The lessons of the exercise sheet (`#/exercises`), or null for all. */
  readonly sheetLessons: readonly string[] | null;
  /** The training-step player's step, by its id ("back.dec.2.cell"), or null: its first. */
  readonly tstep: string | null;
}

export interface PageState extends PageFields {
  /** The playground's player (the address's choice, sentence and cursor); the same store for the page's life. */
  readonly player: PlayerStore;
}

export interface PageActions {
  setLesson(slug: string): void;
  setTheme(theme: Theme): void;
  /** The playground's pair, when the reader left it at the edition's own, follows the new edition. */
  setLang(lang: Lang): void;
  setPresent(figure: number): void;
  setExerciseSeed(seed: number | null): void;
  setSheetLessons(lessons: readonly string[] | null): void;
  setTstep(id: string | null): void;
}

export const DEFAULT_PAGE: PageFields = {
  lesson: "encoder-decoder",
  theme: "system",
  lang: "en",
  present: 0,
  exerciseSeed: null,
  sheetLessons: null,
  tstep: null,
};

/** What a page starts with: its own fields, and its playground player's (a store, or its first fields). */
export interface PageInit extends Partial<PageFields> {
  readonly player?: PlayerStore | Partial<PlayerState>;
}

export function createPageStore({ player, ...initial }: PageInit = {}) {
  const playground = player && "getState" in player ? player : createPlayerStore(player);
  return createStore<PageState & PageActions>()((set, get) => ({
    ...DEFAULT_PAGE,
    ...initial,
    player: playground,
    // Another lesson's training-step player starts at its first step.
    setLesson: (lesson) => set((s) => (lesson === s.lesson ? {} : { lesson, tstep: null })),
    setTheme: (theme) => set({ theme }),
    // A pair the reader left at the edition's own follows the new edition (French for English, Chinese for 中文).
    setLang: (lang) => {
      const { lang: was, player: p } = get();
      if (lang === was) return;
      if (p.getState().pair === defaultPairOf(was)) p.getState().setPair(defaultPairOf(lang));
      set({ lang });
    },
    setPresent: (present) => set({ present: Math.max(0, Math.floor(present)) }),
    setExerciseSeed: (exerciseSeed) => set({ exerciseSeed }),
    setSheetLessons: (sheetLessons) => set({ sheetLessons }),
    setTstep: (tstep) => set({ tstep }),
  }));
}

export type PageStore = ReturnType<typeof createPageStore>;

/** The one page store of the running page. Tests make their own with createPageStore. */
export const pageStore: PageStore = createPageStore();
