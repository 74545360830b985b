// The frame of every interactive picture in a lesson: it may be wider than the prose, it shows a
// quiet placeholder while the picture's code loads, and a failing picture shows a notice instead
// (with a reset of the stored items it reads).

import { Suspense, type ReactNode } from "react";
import type { Messages } from "../i18n/en.ts";
import { useT } from "../i18n/index.ts";
import { ErrorBoundary, type StoredReset } from "./ErrorBoundary.tsx";

interface Props {
  /** Which picture this is, e.g. "Player"; kept as a data attribute for the browser tests. */
  readonly name: string;
  readonly children: ReactNode;
  /** Called before "Try again" renders the picture afresh. */
  readonly onReset?: () => void;
  /** The stored items the picture reads, offered for a reset when it breaks. */
  readonly stored?: (t: Messages) => readonly StoredReset[];
}

export function Figure({ name, children, onReset, stored }: Props) {
  const t = useT();
  return (
    <div className="figure" data-figure={name}>
      <ErrorBoundary what={t.app.thisFigure} onReset={onReset} stored={stored?.(t)}>
        <Suspense fallback={<p className="figure-loading" role="status">{t.app.loadingFigure}</p>}>{children}</Suspense>
      </ErrorBoundary>
    </div>
  );
}
