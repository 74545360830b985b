// The interface's words in the reader's language. `useT()` gives the dictionary of the language in
// the page's store (which the URL sets), so every component re-renders in the new language at once.
// Code outside React takes a `Messages` argument instead of reading the store.

import { useEffect, useSyncExternalStore } from "react";
import { useAppState } from "../storeContext.ts";
import type { Messages } from "./en.ts";
import type { Lang } from "../kit/lang.ts";
import { loadMessages, messagesFor, messagesReady, subscribeMessages } from "./messages.ts";

export type { Messages };
export { HTML_LANG, LANG_NAMES, LANGS, isLang, type Lang } from "../kit/lang.ts";
export { loadMessages, messagesFor, messagesReady } from "./messages.ts";

/** The dictionary of the page's language. */
export function useT(): Messages {
  const lang = useAppState((s) => s.lang);
  // The page switches language once the dictionary is loaded; should the store name a language
  // whose dictionary is missing all the same, English stands in until it arrives.
  const messages = useSyncExternalStore(subscribeMessages, () => messagesFor(lang));
  useEffect(() => {
    if (!messagesReady(lang)) loadMessages(lang).catch(() => undefined);
  }, [lang]);
  return messages;
}

export function useLang(): Lang {
  return useAppState((s) => s.lang);
}
