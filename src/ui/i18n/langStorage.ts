// The language the reader picked, remembered in localStorage. With no pick, the browser's own
// languages decide (a reader whose browser puts Chinese first gets 中文). Storage may be missing or
// refuse access, so every access is guarded: at worst the pick is forgotten.

import { isLang, type Lang } from "../kit/lang.ts";

/** Also read by the inline script in index.html, which sets <html lang> before the first paint. */
export const LANG_STORAGE_KEY = "seq2seq-lab:lang";

/** The language the browser prefers among ours: the first of `languages` that is one of them. */
export function browserLang(languages: readonly string[] = []): Lang {
  for (const tag of languages) {
    const base = tag.toLowerCase().split("-")[0];
    if (base === "zh") return "zh";
    if (base === "en") return "en";
  }
  return "en";
}

export function loadLangChoice(storage: Pick<Storage, "getItem"> | undefined, languages: readonly string[] = []): Lang {
  try {
    const value = storage?.getItem(LANG_STORAGE_KEY);
    if (isLang(value)) return value;
  } catch {
    // Unreadable storage: fall through to the browser's preference.
  }
  return browserLang(languages);
}

/** Remembers the pick; returns whether it could. */
export function saveLangChoice(storage: Pick<Storage, "setItem"> | undefined, lang: Lang): boolean {
  try {
    if (!storage) return false;
    storage.setItem(LANG_STORAGE_KEY, lang);
    return true;
  } catch {
    return false;
  }
}
