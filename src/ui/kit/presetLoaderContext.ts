// The preset loader a figure reads: the page's one (shared by the players, through model/modelContext.ts,
// and by figures outside the player, so each preset file is fetched once per page), or a test's own.

import { createContext, useContext } from "react";
import { createPresetLoader, type PresetLoader } from "./presets.ts";

let pageLoader: PresetLoader | undefined;

/** The page's preset loader, made on first use. */
export function pagePresetLoader(): PresetLoader {
  pageLoader ??= createPresetLoader();
  return pageLoader;
}

export const PresetLoaderContext = createContext<PresetLoader | null>(null);

/** The loader provided above, else the page's. */
export function usePresetLoader(): PresetLoader {
  return useContext(PresetLoaderContext) ?? pagePresetLoader();
}
