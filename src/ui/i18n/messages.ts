// The dictionaries, by language. English is part of the first download; Chinese (its dictionary and
// the Chinese halves of the message tables it takes in) is a chunk of its own, fetched only when a
// page is Chinese: a reader of the English edition never downloads it. The page switches language
// once the dictionary is here (main.tsx before the first render, the URL sync and the language
// picker before they change the store), so no label ever shows in the wrong language or as a key.

import { en, type Messages } from "./en.ts";
import type { Lang } from "../kit/lang.ts";

const loaded: Partial<Record<Lang, Messages>> = { en };
const loading: Partial<Record<Lang, Promise<Messages>>> = {};
const listeners = new Set<() => void>();

const LOADERS: Readonly<Record<Exclude<Lang, "en">, () => Promise<Messages>>> = {
  zh: () => import("./zh.ts").then((m) => m.zh),
};

/** The dictionary of `lang`, or the English one while that is not loaded (or could not be). */
export function messagesFor(lang: Lang): Messages {
  return loaded[lang] ?? en;
}

export function messagesReady(lang: Lang): boolean {
  return loaded[lang] !== undefined;
}

/** Fetches the dictionary of `lang` once; a failed fetch (offline) may be tried again. */
export function loadMessages(lang: Lang): Promise<Messages> {
  const ready = loaded[lang];
  if (ready) return Promise.resolve(ready);
  if (lang === "en") return Promise.resolve(en);
  const pending =
    loading[lang] ??
    LOADERS[lang]().then(
      (messages) => {
        loaded[lang] = messages;
        for (const listener of listeners) listener();
        return messages;
      },
      (error: unknown) => {
        delete loading[lang];
        throw error;
      },
    );
  loading[lang] = pending;
  return pending;
}

/** Calls `listener` whenever a dictionary arrives; returns the function that stops. */
export function subscribeMessages(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
