// What a parameter term of the formulas (W_f, b_out) does when the reader activates it: the player
// opens its weight editor on that parameter, named by its param: id. Without a provider (the beam
// player, a presentation, a comparison) the parameters are plain TeX.

import { createContext, useContext } from "react";

export const ParamLinkContext = createContext<((id: string) => void) | null>(null);

export function useParamLink(): ((id: string) => void) | null {
  return useContext(ParamLinkContext);
}
