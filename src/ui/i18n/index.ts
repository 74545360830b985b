// The interface's words in the reader's language. `useT()` gives the dictionary of the language in
// the page's store (which the URL sets), so every component re-renders in the new language at once.
// Code outside React takes a `Messages` argument instead of reading the store.

import { useAppState } from "../app/storeContext.ts";
import { en, type Messages } from "./en.ts";
import type { Lang } from "./lang.ts";
import { zh } from "./zh.ts";

export type { Messages };
export { HTML_LANG, LANG_NAMES, LANGS, isLang, type Lang } from "./lang.ts";

const DICTIONARIES: Readonly<Record<Lang, Messages>> = { en, zh };

export function messagesFor(lang: Lang): Messages {
  return DICTIONARIES[lang] ?? en;
}

/** The dictionary of the page's language. */
export function useT(): Messages {
  return messagesFor(useAppState((s) => s.lang));
}

export function useLang(): Lang {
  return useAppState((s) => s.lang);
}
