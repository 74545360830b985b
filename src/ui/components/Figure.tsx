// The frame of every interactive picture in a lesson: it may be wider than the prose, it shows a
// quiet placeholder while the picture's code loads, and a failing picture shows a notice instead.

import { Suspense, type ReactNode } from "react";
import { useT } from "../i18n/index.ts";
import { ErrorBoundary } from "./ErrorBoundary.tsx";

interface Props {
  /** Which picture this is, e.g. "Player"; kept as a data attribute for the browser tests. */
  readonly name: string;
  readonly children: ReactNode;
  /** Called before "Try again" renders the picture afresh. */
  readonly onReset?: () => void;
}

export function Figure({ name, children, onReset }: Props) {
  const t = useT();
  return (
    <div className="figure" data-figure={name}>
      <ErrorBoundary what={t.app.thisFigure} onReset={onReset}>
        <Suspense fallback={<p className="figure-loading" role="status">{t.app.loadingFigure}</p>}>{children}</Suspense>
      </ErrorBoundary>
    </div>
  );
}
