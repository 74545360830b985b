// The frame of every interactive picture in a lesson: it may be wider than the prose, it shows a
// quiet placeholder while the picture's code loads, and a failing picture shows a notice instead
// (with a reset of the stored items it reads).
//
// A lesson's figure (`deferred`) fetches its code only once it comes within a screen of the window,
// so a reader who opens a lesson downloads the code of the pictures in view and no more; the
// placeholder keeps about the picture's height meanwhile (components.css), so the page hardly
// changes length when the picture arrives, a screen before the reader gets there. A page whose
// address targets a figure (presentation, a share link's weights) loads every figure at once, and
// the P key or a link may present a figure that has not loaded yet: the placeholder of a presentable
// one counts among the page's presentable figures, so figure N is the same whether loaded or not.

import { Suspense, useEffect, useRef, useState, type ReactNode } from "react";
import { useAppState, useAppStore } from "../storeContext.ts";
import type { Messages } from "../i18n/en.ts";
import { useT } from "../i18n/index.ts";
import { figureNumber, PRESENT_EVENT, PRESENTABLE_ATTR } from "./figures.ts";
import { ErrorBoundary, type StoredReset } from "./ErrorBoundary.tsx";
import { whenNear } from "./whenNear.ts";

/** How close to the window a deferred figure fetches its code: one screen above or below it. */
const NEAR = "100% 0px";

interface Props {
  /** Which picture this is, e.g. "Player"; kept as a data attribute for the browser tests. */
  readonly name: string;
  readonly children: ReactNode;
  /** Called before "Try again" renders the picture afresh. */
  readonly onReset?: () => void;
  /** The stored items the picture reads, offered for a reset when it breaks. */
  readonly stored?: (t: Messages) => readonly StoredReset[];
  /** Renders the picture only once it comes within a screen of the window (or the address targets a figure). */
  readonly deferred?: boolean;
  /** Whether the picture can present (fill the screen); its placeholder then counts as a presentable figure. */
  readonly presentable?: boolean;
}

export function Figure({ name, children, onReset, stored, deferred = false, presentable = false }: Props) {
  const t = useT();
  const targeted = useAppState((s) => s.present > 0 || s.linkWeights !== null);
  const [near, setNear] = useState(false);
  // Once shown, a figure stays: closing the presentation or applying the link's weights (which
  // ends the targeting) must not put it back to its placeholder and lose its state.
  if (deferred && targeted && !near) setNear(true);
  const show = !deferred || near || targeted;
  return (
    <div className="figure" data-figure={name}>
      {show ? (
        <ErrorBoundary what={t.app.thisFigure} onReset={onReset} stored={stored?.(t)}>
          <Suspense fallback={<p className="figure-loading" role="status">{t.app.loadingFigure}</p>}>{children}</Suspense>
        </ErrorBoundary>
      ) : (
        <Pending presentable={presentable} onNear={() => setNear(true)} text={t.app.loadingFigure} />
      )}
    </div>
  );
}

/** The place of a figure whose code is not fetched yet; asks for it when it comes near the window. */
function Pending({ presentable, onNear, text }: { presentable: boolean; onNear: () => void; text: string }) {
  const page = useAppStore();
  const element = useRef<HTMLParagraphElement>(null);
  const near = useRef(onNear);
  useEffect(() => {
    near.current = onNear;
  });
  useEffect(() => {
    const el = element.current;
    if (!el) return;
    const stop = whenNear(el, NEAR, () => near.current());
    // P or another caller asking this figure to present: the page presents figure N, which loads every figure.
    const present = () => {
      const number = figureNumber(el);
      if (number > 0) page.getState().setPresent(number);
    };
    if (presentable) el.addEventListener(PRESENT_EVENT, present);
    return () => {
      stop();
      el.removeEventListener(PRESENT_EVENT, present);
    };
  }, [page, presentable]);
  return (
    <p ref={element} className="figure-pending" {...(presentable ? { [PRESENTABLE_ATTR]: "" } : {})}>
      {text}
    </p>
  );
}
