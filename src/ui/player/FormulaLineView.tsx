// One formula line: its caption, then its chunks and pieces (formulaLayout.ts). TeX runs are typeset
// by KaTeX once per distinct run (cached), values are written as plain text: a new weight changes
// digits in place and typesets nothing. Long vectors show their first entries, an ellipsis and the
// last; pointing shows every entry in a tooltip, pressing writes them all in place.

import { memo, useLayoutEffect, useRef, useState, type HTMLAttributes, type KeyboardEvent } from "react";
import { useT } from "../i18n/index.ts";
import { fmtText } from "../kit/format.ts";
import { lineChunks, type Chunk, type Segment } from "./formulaLayout.ts";
import { hoverHandlers, useHover } from "./hover.tsx";
import { renderTex } from "../components/katex.ts";
import { morphHtml } from "./morphHtml.ts";
import type { FormulaLine, FormulaValue } from "./stepFormulas.ts";
import { linked, type SymId } from "../kit/symbolIds.ts";
import type { Katex } from "../components/useKatex.ts";
import { paramGroup, paramPath } from "../../core/entryIds.ts";
import { useParamLink } from "./paramLink.ts";

/** Vectors longer than this show HEAD entries, an ellipsis and the last one. */
export const COMPACT_OVER = 4;
const HEAD = 2;

const chunkCache = new Map<string, Chunk[]>();
function chunksOf(tex: string): Chunk[] {
  let chunks = chunkCache.get(tex);
  if (!chunks) {
    if (chunkCache.size > 500) chunkCache.clear();
    chunkCache.set(tex, (chunks = lineChunks(tex)));
  }
  return chunks;
}

/** The entries a vector shows folded: all of a short one, else the first, "…" and the last. */
export function compactEntries(v: ArrayLike<number>): string[] {
  const all = Array.from(v, (x) => fmtText(x, 3));
  return all.length <= COMPACT_OVER ? all : [...all.slice(0, HEAD), "…", all[all.length - 1]!];
}

export const FormulaLineView = memo(function FormulaLineView({ katex, line }: { katex: Katex; line: FormulaLine }) {
  return (
    <div className="formula-line">
      {line.caption && <span className="formula-caption">{line.caption}</span>}
      <div className="formula-math">
        {chunksOf(line.tex).map((chunk, c) => (
          <span className="formula-chunk" key={c}>
            {chunk.map((piece, p) => (
              <span className="formula-piece" key={p}>
                {piece.map((seg, i) => segmentView(i, katex, seg, line))}
              </span>
            ))}
          </span>
        ))}
      </div>
    </div>
  );
});

/**
 * A segment: a value, drawn again whenever its numbers change, or a TeX run, which depends on its
 * TeX and binding only. Edits change a line's values at every frame, never its TeX: memo keeps the
 * TeX runs (most of a line) out of the render.
 */
function segmentView(key: number, katex: Katex, seg: Segment, line: FormulaLine) {
  const id = seg.key ? line.bindings[seg.key] : undefined;
  if (seg.kind === "value") return <Value key={key} value={line.values[seg.name]} id={id} />;
  return <TexRun key={key} katex={katex} tex={seg.tex} id={id} />;
}

const TexRun = memo(function TexRun({ katex, tex, id }: { katex: Katex; tex: string; id: SymId | undefined }) {
  // Empty groups on both sides keep TeX's spacing around a relation or operator at a cut.
  const html = renderTex(katex, `{}${tex}{}`);
  const openParam = useParamLink();
  const path = id === undefined ? undefined : paramPath(id);
  if (id && path !== undefined) return openParam ? <ParamTerm id={id} path={path} html={html} open={openParam} /> : <Html html={html} />;
  return id ? <Term id={id} html={html} /> : <Html html={html} />;
});

/**
 * A parameter (W_f): pressing it, by pointer, Enter or Space, opens the player's weight editor on it.
 * Its name is plain text ("W_f (Encoder): open it in the weight editor"), its KaTeX hidden from
 * assistive technology: a button's name must hold what it shows, which KaTeX's MathML does not spell so.
 */
function ParamTerm({ id, path, html, open }: { id: string; path: string; html: string; open: (id: string) => void }) {
  const t = useT();
  const label = `${path.slice(path.lastIndexOf(".") + 1)}${t.player.openParam(t.editor.groups[paramGroup(path)])}`;
  const onKeyDown = (e: KeyboardEvent<HTMLSpanElement>) => {
    if (e.key !== "Enter" && e.key !== " ") return;
    // The player steps on Space and Enter: the key is the parameter's.
    e.preventDefault();
    e.stopPropagation();
    open(id);
  };
  return (
    <span role="button" tabIndex={0} className="formula-param" title={label} data-param={id} onClick={() => open(id)} onKeyDown={onKeyDown}>
      <Html html={html} aria-hidden="true" />
      <span className="visually-hidden">{label}</span>
    </span>
  );
}

function useTermClass(base: string, id: SymId | undefined) {
  const { hovered, setHovered } = useHover();
  if (!id) return { className: base };
  return { className: linked(hovered, id) ? `${base} formula-term is-hovered` : `${base} formula-term`, ...hoverHandlers(id, setHovered) };
}

/** Equal when they show the same numbers: an edit leaves most of a step's values as they were. */
function sameValue(a: FormulaValue | undefined, b: FormulaValue | undefined): boolean {
  if (a === b) return true;
  if (a === undefined || b === undefined || typeof a === "number" || typeof b === "number" || a.length !== b.length) return false;
  for (let k = 0; k < a.length; k++) if (!Object.is(a[k], b[k])) return false;
  return true;
}

const Value = memo(
  function Value({ value, id }: { value: FormulaValue | undefined; id: SymId | undefined }) {
    if (value === undefined) return <span className="formula-num">?</span>;
    if (typeof value === "number") return <NumberValue value={value} id={id} />;
    return <VectorValue values={value} id={id} />;
  },
  (a, b) => a.id === b.id && sameValue(a.value, b.value),
);

function NumberValue({ value, id }: { value: number; id: SymId | undefined }) {
  const props = useTermClass("formula-num", id);
  return (
    <span tabIndex={id ? 0 : undefined} {...props}>
      {fmtText(value, 3)}
    </span>
  );
}

/** A vector: folded when long; its button writes every entry in place (and folds it again). */
function VectorValue({ values, id }: { values: ArrayLike<number>; id: SymId | undefined }) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const props = useTermClass("formula-vec", id);
  const full = Array.from(values, (x) => fmtText(x, 3)).join(", ");
  if (values.length <= COMPACT_OVER) {
    return (
      <span tabIndex={id ? 0 : undefined} {...props}>
        ({full})
      </span>
    );
  }
  return (
    <button type="button" {...props} aria-expanded={open} title={`(${full})`} onClick={() => setOpen((o) => !o)}>
      ({open ? full : compactEntries(values).join(", ")}){!open && <span className="visually-hidden">{t.player.vectorEntries(values.length)}</span>}
    </button>
  );
}

// A focusable span, not a button: its name is the MathML KaTeX writes, which a screen reader reads
// as mathematics, and pointing at it only highlights (it does nothing when pressed).
function Term({ id, html }: { id: SymId; html: string }) {
  const props = useTermClass("", id);
  return <Html tabIndex={0} {...props} html={html} />;
}

/**
 * A span holding KaTeX's HTML. A new run (a new step) patches the spans already there (morphHtml)
 * instead of replacing them all, before the frame is painted; React leaves the span's children to it.
 */
function Html({ html, ...props }: HTMLAttributes<HTMLSpanElement> & { html: string }) {
  const ref = useRef<HTMLSpanElement>(null);
  useLayoutEffect(() => {
    if (ref.current) morphHtml(ref.current, html);
  }, [html]);
  return <span ref={ref} {...props} />;
}
