// Components read the store through this context so that a test can render the app with a store of
// its own; the running page uses the one app store.

import { createContext, useContext } from "react";
import { useStore } from "zustand";
import { appStore, type AppActions, type AppState, type AppStore } from "./store.ts";

export const AppStoreContext = createContext<AppStore>(appStore);

export function useAppStore(): AppStore {
  return useContext(AppStoreContext);
}

export function useAppState<T>(selector: (s: AppState & AppActions) => T): T {
  return useStore(useAppStore(), selector);
}
