// A figure's side of presentation mode. The page's store says which figure presents (`present`, in
// the URL as present=N), so a link can open a lesson straight into presentation at a step. While a
// figure presents, its step is mirrored into the page's `step` (the URL's), and when it starts
// presenting it takes that step: a figure with a cursor of its own (a lesson's player) then opens at
// the step a link names, and the address always names the step on the screen. On leaving, focus
// returns to what opened it (the Present button, or the element that had focus when P was pressed).

import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type RefObject } from "react";
import { useAppState, useAppStore } from "../storeContext.ts";
import { figureNumber, PRESENT_EVENT, watchFigures } from "../components/figures.ts";

export interface Presentation<E extends HTMLElement = HTMLElement> {
  /** Goes on the figure's root element (with data-presentable). */
  readonly root: RefObject<E | null>;
  /** Goes on the Present button, where focus returns. */
  readonly button: RefObject<HTMLButtonElement | null>;
  readonly presenting: boolean;
  /** Whether the reader opened it here (button or P), so fullscreen may be asked for; false for a link. */
  readonly byReader: boolean;
  open(): void;
  close(): void;
}

interface Cursor {
  /** The figure's step. */
  readonly step: number;
  readonly setStep: (step: number) => void;
  /** The figure's step by its trace id, for a figure that names its steps (the recurrent player). */
  readonly stepId?: string | null;
  /** Places the figure's cursor by index and id (the figure looks the id up); else setStep(index). */
  readonly placeStep?: (step: number, stepId: string | null) => void;
}

export function usePresentation<E extends HTMLElement = HTMLElement>({ step, setStep, stepId = null, placeStep }: Cursor): Presentation<E> {
  const page = useAppStore();
  const present = useAppState((s) => s.present);
  const root = useRef<E | null>(null);
  const button = useRef<HTMLButtonElement | null>(null);
  const returnTo = useRef<HTMLElement | null>(null);
  const [figure, setFigure] = useState(0);
  const [byReader, setByReader] = useState(false);
  // Figures load lazily and in any order: a figure's number is counted again whenever one mounts or unmounts.
  useLayoutEffect(() => watchFigures(() => setFigure(figureNumber(root.current))), []);
  const presenting = figure > 0 && present === figure;

  const open = useCallback(() => {
    const number = figureNumber(root.current);
    if (number === 0) return;
    returnTo.current = document.activeElement instanceof HTMLElement && document.activeElement !== document.body ? document.activeElement : null;
    setFigure(number);
    setByReader(true);
    page.setState({ present: number, step, stepId });
  }, [page, step, stepId]);

  const close = useCallback(() => page.getState().setPresent(0), [page]);

  // The P key and other callers ask through an event on the root.
  useEffect(() => {
    const el = root.current;
    if (!el) return;
    el.addEventListener(PRESENT_EVENT, open);
    return () => el.removeEventListener(PRESENT_EVENT, open);
  }, [open]);

  useStepMirror(presenting, { step, setStep, stepId, placeStep });

  const was = useRef(presenting);
  useEffect(() => {
    if (was.current && !presenting) (returnTo.current?.isConnected ? returnTo.current : button.current)?.focus();
    if (!presenting) {
      returnTo.current = null;
      setByReader(false);
    }
    was.current = presenting;
  }, [presenting]);

  // One object while nothing changes, so the controls that take it can skip a re-render.
  return useMemo(() => ({ root, button, presenting, byReader, open, close }), [presenting, byReader, open, close]);
}

/** Takes the page's step (and its id) when presenting starts, then writes each new step back to it. */
function useStepMirror(presenting: boolean, { step, setStep, stepId = null, placeStep }: Cursor): void {
  const page = useAppStore();
  const adopted = useRef(false);
  useEffect(() => {
    if (!presenting) {
      adopted.current = false;
      return;
    }
    const { step: pageStep, stepId: pageStepId } = page.getState();
    if (!adopted.current) {
      adopted.current = true;
      if (placeStep && pageStepId !== null) return pageStepId !== stepId ? placeStep(pageStep, pageStepId) : undefined;
      if (pageStep !== step) return setStep(pageStep);
    }
    if (pageStep !== step || (placeStep && pageStepId !== stepId)) page.setState({ step, stepId: placeStep ? stepId : null });
  }, [page, presenting, step, setStep, stepId, placeStep]);
}
