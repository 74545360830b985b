// A figure filling the screen for a room: the step counter, the step in one sentence, and the
// figure's own pictures and formula, in large type. Fullscreen when the browser allows it (it needs a
// click or a key press; a link opens a full-window overlay instead). Keys are those presentation
// clickers send: → ← space Page Up Page Down, Home, End; B (or .) blanks the screen; Escape leaves.
// The rest of the page is inert meanwhile, so Tab stays in the presentation, and Escape or the Exit
// button always leave it: no keyboard trap.

import { useEffect, useRef, useState, type KeyboardEvent, type ReactNode, type RefObject } from "react";
import { createPortal } from "react-dom";
import { useT } from "../i18n/index.ts";
import { useInertPage } from "./useInertPage.ts";
import "./presentation.css";

export type StepRequest = "next" | "previous" | "first" | "last";

/** What a presentation is given; a figure's own presentation takes some of these from its player. */
export interface PresentationProps {
  /** What is presented, for the dialog's name. */
  readonly name: string;
  readonly step: number;
  readonly count: number;
  /** The current step in one sentence. */
  readonly sentence: string;
  readonly onStep: (request: StepRequest) => void;
  readonly onClose: () => void;
  /** Whether to ask for fullscreen (when the reader opened it; a link gets the full-window overlay). */
  readonly fullscreen: boolean;
  readonly children: ReactNode;
}

const STEP_KEYS: Readonly<Record<string, StepRequest>> = {
  ArrowRight: "next",
  PageDown: "next",
  " ": "next",
  ArrowLeft: "previous",
  PageUp: "previous",
  Home: "first",
  End: "last",
};

export function PresentationOverlay({ name, step, count, sentence, onStep, onClose, fullscreen, children }: PresentationProps) {
  const t = useT();
  const dialog = useRef<HTMLDivElement>(null);
  const [blank, setBlank] = useState(false);
  useInertPage(dialog);
  useFullscreen(dialog, fullscreen, onClose);
  useEffect(() => dialog.current?.focus(), []);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const onButton = event.target instanceof HTMLElement && event.target.closest("button") !== null;
    if (onButton && (event.key === " " || event.key === "Enter")) return;
    const request = STEP_KEYS[event.key];
    if (event.key === "Escape") onClose();
    else if (event.key === "b" || event.key === "B" || event.key === ".") setBlank((b) => !b);
    else if (request) onStep(request);
    else return;
    event.preventDefault();
  };

  const counter = t.player.stepOf(step + 1, count);
  return createPortal(
    <div ref={dialog} className="presentation" role="dialog" aria-modal="true" aria-label={t.presentation.dialog(name)} tabIndex={-1} onKeyDown={onKeyDown} data-blank={blank}>
      <div className="presentation-bar">
        <p className="presentation-counter">{counter}</p>
        <p className="presentation-sentence">{sentence}</p>
        <div className="presentation-buttons">
          <button type="button" onClick={() => onStep("previous")} aria-label={t.player.previousStep} title={t.player.previousTip} aria-disabled={step === 0}>
            ←
          </button>
          <button type="button" onClick={() => onStep("next")} aria-label={t.player.nextStep} title={t.player.nextTip} aria-disabled={step >= count - 1}>
            →
          </button>
          <button type="button" onClick={() => setBlank((b) => !b)} aria-pressed={blank} title={t.presentation.blankTip}>
            {t.presentation.blank}
          </button>
          <button type="button" onClick={onClose} title={t.presentation.exitTip}>
            {t.presentation.exit}
          </button>
        </div>
      </div>
      <div className="presentation-stage">{children}</div>
      <p className="visually-hidden" aria-live="polite">
        {blank ? t.presentation.blanked : t.player.announce(counter, sentence)}
      </p>
      <p className="presentation-keys">{t.presentation.keys}</p>
      {blank && <div className="presentation-blank" aria-hidden="true" onClick={() => setBlank(false)} />}
    </div>,
    document.body,
  );
}

/**
 * Asks for fullscreen once when `wanted` (the reader's click or key press opened the presentation);
 * leaving fullscreen by the browser's own Escape leaves the presentation. A link opens the
 * full-window overlay only: browsers refuse fullscreen without a gesture, and a page still loading
 * its figures may hand the presentation from one figure to another, which fullscreen would not survive.
 */
function useFullscreen(dialog: RefObject<HTMLDivElement | null>, wanted: boolean, onClose: () => void): void {
  const close = useRef(onClose);
  close.current = onClose;
  useEffect(() => {
    const el = dialog.current;
    if (!wanted || !el || typeof el.requestFullscreen !== "function" || !document.fullscreenEnabled) return;
    let entered = false;
    const onChange = () => {
      if (document.fullscreenElement === el) entered = true;
      else if (entered) close.current();
    };
    document.addEventListener("fullscreenchange", onChange);
    // The overlay already fills the window, which is the fallback when fullscreen is refused.
    el.requestFullscreen().catch(() => undefined);
    return () => {
      document.removeEventListener("fullscreenchange", onChange);
      if (document.fullscreenElement === el) document.exitFullscreen().catch(() => undefined);
    };
  }, [dialog, wanted]);
}
