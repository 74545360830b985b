// A callout beside the main line of a lesson: what a source document says, a slip in a source and
// its fix, or a side note. Each kind has a visible label that also names it for assistive technology.

import { useId, type ReactNode } from "react";

export type AsideKind = "source" | "slip" | "note";

interface Props {
  readonly kind?: AsideKind;
  /** The source document for kind "source", e.g. "000" → "In the source (seed 000)". */
  readonly seed?: string | number;
  /** Replaces the label the kind gives. */
  readonly title?: string;
  readonly children?: ReactNode;
}

export function asideLabel(kind: AsideKind, seed?: string | number): string {
  if (kind === "slip") return "A slip in the source";
  if (kind === "source") return seed === undefined ? "In the source" : `In the source (seed ${String(seed).padStart(3, "0")})`;
  return "Note";
}

export function Aside({ kind = "note", seed, title, children }: Props) {
  const labelId = useId();
  const safeKind: AsideKind = kind === "source" || kind === "slip" ? kind : "note";
  return (
    <aside className={`aside aside-${safeKind}`} role="note" aria-labelledby={labelId}>
      <p className="aside-label" id={labelId}>
        {title ?? asideLabel(safeKind, seed)}
      </p>
      <div className="aside-body">{children}</div>
    </aside>
  );
}
