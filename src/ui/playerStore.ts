// A player's store: what one recurrent (or beam) player shows and where its cursor is. Inputs and a
// cursor only, never values it could recompute from them: the trace is derived from (model choice,
// sentence) by the core; pictures read (trace, cursor). The page owns one for the playground, which
// the address reads and writes (src/ui/app/urlSync.ts); a lesson's player makes its own
// (src/ui/player/usePlayerStore.ts), so two players on a page step separately.
// Plain TypeScript (zustand/vanilla).

import { createStore } from "zustand/vanilla";
import { GREEDY, type DecodingStrategy } from "../core/decoding.ts";
import { DEFAULT_BEAM, type BeamChoice } from "../model/beamChoice.ts";
import type { ModelChoice } from "../model/defaults.ts";
import { PAIR_EXAMPLES, type LanguagePair } from "../model/pairs.ts";

export type { BeamChoice, DecodingStrategy, LanguagePair, ModelChoice };

export interface PlayerState {
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
  /** The language pair the player translates. */
  readonly pair: LanguagePair;
}

export interface PlayerActions {
  setChoice(patch: Partial<ModelChoice>): void;
  setSentence(sentence: string): void;
  /** Another strategy writes another output from the same encoder: the cursor stays where it is. */
  setDecoding(decoding: DecodingStrategy): void;
  /** Another K or α searches again; the cursor stays where it is (the player keeps it in range). */
  setBeam(patch: Partial<BeamChoice>): void;
  setStep(step: number): void;
  setPlaying(playing: boolean): void;
  setSpeed(speed: number): void;
  /** A new pair is a new model: the cursor starts over, and the running example follows the pair. */
  setPair(pair: LanguagePair): void;
}

export const DEFAULT_PLAYER: PlayerState = {
  choice: { cell: "lstm", variant: "attention", score: "dot", query: "current", bidirectional: false },
  sentence: "I love you",
  decoding: GREEDY,
  beam: DEFAULT_BEAM,
  step: 0,
  stepId: null,
  playing: false,
  speed: 1,
  pair: "en-fr",
};

export function createPlayerStore(initial: Partial<PlayerState> = {}) {
  return createStore<PlayerState & PlayerActions>()((set) => ({
    ...DEFAULT_PLAYER,
    ...initial,
    // A new model or sentence is a new trace: the cursor starts over.
    setChoice: (patch) => set((s) => ({ choice: { ...s.choice, ...patch }, step: 0, stepId: null, playing: false })),
    setSentence: (sentence) => set({ sentence, step: 0, stepId: null, playing: false }),
    setDecoding: (decoding) => set({ decoding, playing: false }),
    setBeam: (patch) => set((s) => ({ beam: { ...s.beam, ...patch }, playing: false })),
    setStep: (step) => set({ step: Math.max(0, Math.floor(step)), stepId: null }),
    setPlaying: (playing) => set({ playing }),
    setSpeed: (speed) => set({ speed }),
    setPair: (pair) => set((s) => pairChange(s, pair)),
  }));
}

/** What a new pair changes: the reader's own sentence stays, the old pair's running example gives way to the new one's. */
function pairChange(s: PlayerState, pair: LanguagePair): Partial<PlayerState> {
  if (pair === s.pair) return {};
  const sentence = s.sentence === PAIR_EXAMPLES[s.pair] ? PAIR_EXAMPLES[pair] : s.sentence;
  return { pair, sentence, step: 0, stepId: null, playing: false };
}

export type PlayerStore = ReturnType<typeof createPlayerStore>;
