// Components read the page's store through this context so that a test can render the app with a
// store of its own; the running page uses the one page store. The playground's player store is the
// page store's `player`.

import { createContext, useContext } from "react";
import { useStore } from "zustand";
import type { PlayerStore } from "./playerStore.ts";
import { pageStore, type PageActions, type PageState, type PageStore } from "./store.ts";

export const PageStoreContext = createContext<PageStore>(pageStore);

export function usePageStore(): PageStore {
  return useContext(PageStoreContext);
}

export function usePageState<T>(selector: (s: PageState & PageActions) => T): T {
  return useStore(usePageStore(), selector);
}

/** The playground's player store: the one whose choice, sentence and cursor the address carries. */
export function usePagePlayer(): PlayerStore {
  return usePageStore().getState().player;
}
