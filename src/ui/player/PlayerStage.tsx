// Where the player puts its pictures and its formulas. On a laptop screen side by side: the
// formulas in a column that stays in view while the page scrolls, under the transport, which stays
// in view too (player.css), so the controls, the step's picture and its formula are on one screen.
// On a phone the two are tabs under the sticky transport, each filling the screen's width.

import { useEffect, useId, useRef, useState, useSyncExternalStore, type KeyboardEvent, type ReactNode } from "react";
import { useT } from "../i18n/index.ts";

/** Below this width the pictures and the formulas are tabs. */
export const NARROW = "(max-width: 40rem)";

function useMedia(query: string): boolean {
  return useSyncExternalStore(
    (onChange) => {
      if (typeof window === "undefined" || !window.matchMedia) return () => {};
      const list = window.matchMedia(query);
      list.addEventListener("change", onChange);
      return () => list.removeEventListener("change", onChange);
    },
    () => (typeof window !== "undefined" && window.matchMedia ? window.matchMedia(query).matches : false),
    () => false,
  );
}

/**
 * Keeps the player's --player-transport-h equal to its transport's height, which the sticky
 * formula column and the tabs sit under (a control added to the transport, or a status line that
 * wraps, moves them down with it).
 */
function useTransportHeight(body: HTMLElement | null): void {
  useEffect(() => {
    const player = body?.closest<HTMLElement>(".player");
    const transport = player?.querySelector<HTMLElement>(".player-transport");
    if (!player || !transport || typeof ResizeObserver === "undefined") return;
    const observer = new ResizeObserver(() => player.style.setProperty("--player-transport-h", `${transport.offsetHeight}px`));
    observer.observe(transport);
    return () => observer.disconnect();
  }, [body]);
}

type View = "pictures" | "formulas";
const VIEWS: readonly View[] = ["pictures", "formulas"];

export function PlayerStage({ pictures, formulas }: { pictures: ReactNode; formulas: ReactNode }) {
  const t = useT();
  const narrow = useMedia(NARROW);
  const [view, setView] = useState<View>("pictures");
  const [body, setBody] = useState<HTMLDivElement | null>(null);
  const id = useId();
  const tabs = useRef<(HTMLButtonElement | null)[]>([]);
  useTransportHeight(body);
  const names: Record<View, string> = { pictures: t.player.picturesTab, formulas: t.player.formulasTab };
  // Arrow keys move between the tabs (and stop here: in the player they would step).
  const onKeyDown = (e: KeyboardEvent<HTMLButtonElement>) => {
    if (e.key !== "ArrowLeft" && e.key !== "ArrowRight") return;
    e.preventDefault();
    e.stopPropagation();
    const next = VIEWS[(VIEWS.indexOf(view) + 1) % VIEWS.length]!;
    setView(next);
    tabs.current[VIEWS.indexOf(next)]?.focus();
  };
  const panel = (v: View) => (narrow ? { role: "tabpanel", id: `${id}-${v}`, "aria-labelledby": `${id}-${v}-tab`, hidden: view !== v } : {});
  return (
    <div ref={setBody} className="player-body" data-narrow={narrow || undefined}>
      {narrow && (
        <div className="player-tablist" role="tablist" aria-label={t.player.views}>
          {VIEWS.map((v, i) => (
            <button
              key={v}
              ref={(el) => {
                tabs.current[i] = el;
              }}
              type="button"
              role="tab"
              id={`${id}-${v}-tab`}
              aria-selected={view === v}
              aria-controls={`${id}-${v}`}
              tabIndex={view === v ? 0 : -1}
              onClick={() => setView(v)}
              onKeyDown={onKeyDown}
            >
              {names[v]}
            </button>
          ))}
        </div>
      )}
      <div className="player-view player-view-pictures" {...panel("pictures")}>
        {pictures}
      </div>
      <div className="player-view player-view-formulas" {...panel("formulas")}>
        {formulas}
      </div>
    </div>
  );
}
