// Playback: while playing, the cursor moves one step every 1/speed seconds and stops at the end.

import { useEffect, type KeyboardEvent } from "react";
import type { AppStore } from "../store.ts";

export function usePlayback(store: AppStore, playing: boolean, cursor: number, last: number, speed: number): void {
  useEffect(() => {
    if (!playing) return;
    if (cursor >= last) {
      store.getState().setPlaying(false);
      return;
    }
    const timer = setTimeout(() => store.getState().setStep(cursor + 1), 1000 / Math.max(0.1, speed));
    return () => clearTimeout(timer);
  }, [store, playing, cursor, last, speed]);
}

/** Keys the player answers to when it has focus, and the cursor each one asks for. */
export function keyTarget(key: string, cursor: number, last: number): number | "toggle" | null {
  switch (key) {
    case "ArrowRight":
      return Math.min(last, cursor + 1);
    case "ArrowLeft":
      return Math.max(0, cursor - 1);
    case "Home":
      return 0;
    case "End":
      return last;
    case " ":
      return "toggle";
    default:
      return null;
  }
}

/** Play or pause; play at the last step starts over, as a media player does. */
export function togglePlay(store: AppStore, cursor: number, last: number): void {
  const { playing, setPlaying, setStep } = store.getState();
  if (playing) return setPlaying(false);
  if (cursor >= last) setStep(0);
  setPlaying(true);
}

/** Moves the cursor by hand, which pauses playback. */
export function goTo(store: AppStore, step: number): void {
  const { setPlaying, setStep } = store.getState();
  setPlaying(false);
  setStep(step);
}

/**
 * The player's keys on its section: → ← Home End move the cursor, space plays or pauses. Text fields,
 * menus, a disclosure and the boxes `ownKeys` names (a scrollable figure) keep their keys; a button keeps space.
 */
export function onPlayerKey(e: KeyboardEvent<HTMLElement>, store: AppStore, cursor: number, last: number, ownKeys: string): void {
  const el = e.target as HTMLElement;
  if (e.altKey || e.ctrlKey || e.metaKey || el.closest(`input, select, textarea, summary, ${ownKeys}`)) return;
  if (e.key === " " && el.closest("button")) return;
  const target = keyTarget(e.key, cursor, last);
  if (target === null) return;
  e.preventDefault();
  if (target === "toggle") togglePlay(store, cursor, last);
  else goTo(store, target);
}
