// The colour theme: it follows the system until the reader picks one, and the pick is remembered
// in localStorage. Storage can be missing or refuse access (private modes, blocked cookies), so
// every access is guarded: at worst the pick is forgotten, the page never breaks.

import { useEffect } from "react";
import type { Theme } from "../store.ts";

/** Also read by the inline script in index.html, which sets the theme before the first paint. */
export const THEME_STORAGE_KEY = "seq2seq-lab:theme";

const THEMES: readonly Theme[] = ["system", "light", "dark", "projector"];
const DARK_QUERY = "(prefers-color-scheme: dark)";

type ReadableStorage = Pick<Storage, "getItem">;
type WritableStorage = Pick<Storage, "setItem">;

export function loadThemeChoice(storage: ReadableStorage | undefined): Theme {
  try {
    const value = storage?.getItem(THEME_STORAGE_KEY);
    return THEMES.find((t) => t === value) ?? "system";
  } catch {
    return "system";
  }
}

/** Remembers the pick; returns whether it could. */
export function saveThemeChoice(storage: WritableStorage | undefined, theme: Theme): boolean {
  try {
    if (!storage) return false;
    storage.setItem(THEME_STORAGE_KEY, theme);
    return true;
  } catch {
    return false;
  }
}

/** The themes a page can show; "system" resolves to light or dark. */
export type ShownTheme = "light" | "dark" | "projector";

export function resolveTheme(theme: Theme, systemPrefersDark: boolean): ShownTheme {
  if (theme === "system") return systemPrefersDark ? "dark" : "light";
  return theme;
}

/** Keeps `data-theme` on <html> in step with the pick and, for "system", with the system. */
export function useDocumentTheme(theme: Theme): void {
  useEffect(() => {
    const root = document.documentElement;
    const media = typeof window.matchMedia === "function" ? window.matchMedia(DARK_QUERY) : undefined;
    const apply = () => {
      root.dataset.theme = resolveTheme(theme, media?.matches ?? false);
    };
    apply();
    if (theme !== "system" || !media) return;
    media.addEventListener("change", apply);
    return () => media.removeEventListener("change", apply);
  }, [theme]);
}
