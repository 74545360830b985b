// A callout beside the main line of a lesson: what a source document says, a slip in a source and
// its fix, or a side note. Each kind has a visible label that also names it for assistive technology.

import { useId, type ReactNode } from "react";
import { en, type Messages } from "../i18n/en.ts";
import { useT } from "../i18n/index.ts";

export type AsideKind = "source" | "slip" | "note";

interface Props {
  readonly kind?: AsideKind;
  /** The source document for kind "source", e.g. "000" → "In the source (seed 000)" (资料 000 的原文). */
  readonly seed?: string | number;
  /** Replaces the label the kind gives. */
  readonly title?: string;
  readonly children?: ReactNode;
}

export function asideLabel(kind: AsideKind, seed?: string | number, t: Messages = en): string {
  if (kind === "slip") return t.aside.slip;
  if (kind === "source") return seed === undefined ? t.aside.source : t.aside.sourceSeed(String(seed).padStart(3, "0"));
  return t.aside.note;
}

export function Aside({ kind = "note", seed, title, children }: Props) {
  const labelId = useId();
  const t = useT();
  const safeKind: AsideKind = kind === "source" || kind === "slip" ? kind : "note";
  return (
    <aside className={`aside aside-${safeKind}`} role="note" aria-labelledby={labelId}>
      <p className="aside-label" id={labelId}>
        {title ?? asideLabel(safeKind, seed, t)}
      </p>
      <div className="aside-body">{children}</div>
    </aside>
  );
}
