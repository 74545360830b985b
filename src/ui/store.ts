// The application store: inputs and a cursor only, never values it could recompute from them.
// The trace is derived from (model choice, sentence) by the core; pictures read (trace, cursor).
// Plain TypeScript (zustand/vanilla); React binds through useApp.

import { createStore } from "zustand/vanilla";
import { useStore } from "zustand";
import type { ModelChoice } from "../model/defaults.ts";

export type Theme = "system" | "light" | "dark";

export type { ModelChoice };

export interface AppState {
  /** The open lesson's slug ("playground" for the player page). */
  readonly lesson: string;
  readonly choice: ModelChoice;
  /** The source sentence the reader typed. */
  readonly sentence: string;
  /** Index into the trace's steps: the player's cursor. */
  readonly step: number;
  readonly playing: boolean;
  /** Steps per second while playing. */
  readonly speed: number;
  readonly theme: Theme;
  /** A share link's weights (the `w=` text), until a player has applied them. */
  readonly linkWeights: string | null;
}

export interface AppActions {
  setLesson(slug: string): void;
  setChoice(patch: Partial<ModelChoice>): void;
  setSentence(sentence: string): void;
  setStep(step: number): void;
  setPlaying(playing: boolean): void;
  setSpeed(speed: number): void;
  setTheme(theme: Theme): void;
  setLinkWeights(weights: string | null): void;
}

export const DEFAULT_STATE: AppState = {
  lesson: "encoder-decoder",
  choice: { cell: "lstm", variant: "attention", score: "dot", query: "previous", bidirectional: false },
  sentence: "I love you",
  step: 0,
  playing: false,
  speed: 1,
  theme: "system",
  linkWeights: null,
};

export function createAppStore(initial: Partial<AppState> = {}) {
  return createStore<AppState & AppActions>()((set) => ({
    ...DEFAULT_STATE,
    ...initial,
    setLesson: (lesson) => set({ lesson }),
    // A new model or sentence is a new trace: the cursor starts over.
    setChoice: (patch) => set((s) => ({ choice: { ...s.choice, ...patch }, step: 0, playing: false })),
    setSentence: (sentence) => set({ sentence, step: 0, playing: false }),
    setStep: (step) => set({ step: Math.max(0, Math.floor(step)) }),
    setPlaying: (playing) => set({ playing }),
    setSpeed: (speed) => set({ speed }),
    setTheme: (theme) => set({ theme }),
    setLinkWeights: (linkWeights) => set({ linkWeights }),
  }));
}

export type AppStore = ReturnType<typeof createAppStore>;

/** The one store of the running page. Tests make their own with createAppStore. */
export const appStore: AppStore = createAppStore();

export function useApp<T>(selector: (s: AppState & AppActions) => T): T {
  return useStore(appStore, selector);
}
