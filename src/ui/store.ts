// The application store: inputs and a cursor only, never values it could recompute from them.
// The trace is derived from (model choice, sentence) by the core; pictures read (trace, cursor).
// Plain TypeScript (zustand/vanilla); React binds through useApp.

import { createStore } from "zustand/vanilla";
import { useStore } from "zustand";
import { GREEDY, type DecodingStrategy } from "../core/decoding.ts";
import { DEFAULT_BEAM, type BeamChoice } from "../model/beamChoice.ts";
import type { ModelChoice } from "../model/defaults.ts";
import { defaultPairOf, PAIR_EXAMPLES, type LanguagePair } from "../model/pairs.ts";
import type { Lang } from "./kit/lang.ts";

/** "projector": high contrast, thick lines and large focus rings for a room's back row. */
export type Theme = "system" | "light" | "dark" | "projector";

export type { BeamChoice, DecodingStrategy, LanguagePair, Lang, ModelChoice };

export interface AppState {
  /** The open lesson's slug ("playground" for the player page). */
  readonly lesson: string;
  readonly choice: ModelChoice;
  /** The source sentence the reader typed. */
  readonly sentence: string;
  /** How the decoder chooses its tokens: greedy, or sampling with a temperature and a seed. */
  readonly decoding: DecodingStrategy;
  /** The beam player's width K and length penalty α. */
  readonly beam: BeamChoice;
  /** Index into the trace's steps: the player's cursor. */
  readonly step: number;
  /**
   * The cursor's step by its trace id, as the address names it (`step=dec.2`): a link's id that the
   * player has not placed yet, or the id the player gave the step it shows. Null on the first step,
   * and whenever the cursor moved and no player has named its step (setStep clears it).
   */
  readonly stepId: string | null;
  readonly playing: boolean;
  /** Steps per second while playing. */
  readonly speed: number;
  readonly theme: Theme;
  /** A share link's weights (the `w=` text), until a player has applied them. */
  readonly linkWeights: string | null;
  /** The language of the interface and the lessons. */
  readonly lang: Lang;
  /** The language pair of the player that reads this store. */
  readonly pair: LanguagePair;
  /** Which figure on the page is presenting full screen, counted from 1; 0 when none. */
  readonly present: number;
  /** The exercises' seed the address names (a class's link), or null: each reader's own stored seed. */
  readonly exerciseSeed: number | null;
  /** The lessons of the exercise sheet (`#/exercises`), or null for all. */
  readonly sheetLessons: readonly string[] | null;
  /** The training-step player's step, by its id ("back.dec.2.cell"), or null: its first. */
  readonly tstep: string | null;
}

export interface AppActions {
  setLesson(slug: string): void;
  setChoice(patch: Partial<ModelChoice>): void;
  setSentence(sentence: string): void;
  /** Another strategy writes another output from the same encoder: the cursor stays where it is. */
  setDecoding(decoding: DecodingStrategy): void;
  /** Another K or α searches again; the cursor stays where it is (the player keeps it in range). */
  setBeam(patch: Partial<BeamChoice>): void;
  setStep(step: number): void;
  setPlaying(playing: boolean): void;
  setSpeed(speed: number): void;
  setTheme(theme: Theme): void;
  setLinkWeights(weights: string | null): void;
  setLang(lang: Lang): void;
  /** A new pair is a new model: the cursor starts over, and the running example follows the pair. */
  setPair(pair: LanguagePair): void;
  setPresent(figure: number): void;
  setExerciseSeed(seed: number | null): void;
  setSheetLessons(lessons: readonly string[] | null): void;
  setTstep(id: string | null): void;
}

export const DEFAULT_STATE: AppState = {
  lesson: "encoder-decoder",
  choice: { cell: "lstm", variant: "attention", score: "dot", query: "current", bidirectional: false },
  sentence: "I love you",
  decoding: GREEDY,
  beam: DEFAULT_BEAM,
  step: 0,
  stepId: null,
  playing: false,
  speed: 1,
  theme: "system",
  linkWeights: null,
  lang: "en",
  pair: "en-fr",
  present: 0,
  exerciseSeed: null,
  sheetLessons: null,
  tstep: null,
};

export function createAppStore(initial: Partial<AppState> = {}) {
  return createStore<AppState & AppActions>()((set) => ({
    ...DEFAULT_STATE,
    ...initial,
    // Another lesson's training-step player starts at its first step.
    setLesson: (lesson) => set((s) => (lesson === s.lesson ? {} : { lesson, tstep: null })),
    // A new model or sentence is a new trace: the cursor starts over.
    setChoice: (patch) => set((s) => ({ choice: { ...s.choice, ...patch }, step: 0, stepId: null, playing: false })),
    setSentence: (sentence) => set({ sentence, step: 0, stepId: null, playing: false }),
    setDecoding: (decoding) => set({ decoding, playing: false }),
    setBeam: (patch) => set((s) => ({ beam: { ...s.beam, ...patch }, playing: false })),
    setStep: (step) => set({ step: Math.max(0, Math.floor(step)), stepId: null }),
    setPlaying: (playing) => set({ playing }),
    setSpeed: (speed) => set({ speed }),
    setTheme: (theme) => set({ theme }),
    setLinkWeights: (linkWeights) => set({ linkWeights }),
    // A pair the reader left at the edition's own follows the new edition (French for English, Chinese for 中文).
    setLang: (lang) => set((s) => (lang === s.lang ? {} : { lang, ...(s.pair === defaultPairOf(s.lang) ? pairChange(s, defaultPairOf(lang)) : {}) })),
    setPair: (pair) => set((s) => pairChange(s, pair)),
    setPresent: (present) => set({ present: Math.max(0, Math.floor(present)) }),
    setExerciseSeed: (exerciseSeed) => set({ exerciseSeed }),
    setSheetLessons: (sheetLessons) => set({ sheetLessons }),
    setTstep: (tstep) => set({ tstep }),
  }));
}

/** What a new pair changes: the reader's own sentence stays, the old pair's running example gives way to the new one's. */
function pairChange(s: AppState, pair: LanguagePair): Partial<AppState> {
  if (pair === s.pair) return {};
  const sentence = s.sentence === PAIR_EXAMPLES[s.pair] ? PAIR_EXAMPLES[pair] : s.sentence;
  return { pair, sentence, step: 0, stepId: null, playing: false };
}

export type AppStore = ReturnType<typeof createAppStore>;

/** The one store of the running page. Tests make their own with createAppStore. */
export const appStore: AppStore = createAppStore();

export function useApp<T>(selector: (s: AppState & AppActions) => T): T {
  return useStore(appStore, selector);
}
