// The hover state shared inside one player: which value the reader points at (by symbol id), so that
// a formula term lights up its picture element and the reverse. Each player has its own provider.

import { createContext, useContext, useMemo, useState, type ReactNode } from "react";
import type { SymId } from "../kit/symbolIds.ts";

interface HoverState {
  readonly hovered: SymId | null;
  readonly setHovered: (id: SymId | null) => void;
}

const HoverContext = createContext<HoverState>({ hovered: null, setHovered: () => {} });

export function HoverProvider({ children }: { children: ReactNode }) {
  const [hovered, setHovered] = useState<SymId | null>(null);
  const value = useMemo(() => ({ hovered, setHovered }), [hovered]);
  return <HoverContext.Provider value={value}>{children}</HoverContext.Provider>;
}

export function useHover(): HoverState {
  return useContext(HoverContext);
}

/** Pointer and keyboard handlers that point at `id` while the element is hovered or focused. */
export function hoverHandlers(id: SymId, setHovered: (id: SymId | null) => void) {
  const on = () => setHovered(id);
  const off = () => setHovered(null);
  return { onMouseEnter: on, onMouseLeave: off, onFocus: on, onBlur: off };
}
