// The formulas of the current step with its numbers, typeset by KaTeX (loaded on first use). Each
// term that names a value in the pictures can be pointed at or focused, which highlights
// the value there, and pointing at the value in a picture highlights the term here.

import { memo, useLayoutEffect, useRef, type HTMLAttributes } from "react";
import { useT } from "../i18n/index.ts";
import { hoverHandlers, useHover } from "./hover.tsx";
import { renderTex } from "./katex.ts";
import { morphHtml } from "./morphHtml.ts";
import { segments, type FormulaLine } from "./stepFormulas.ts";
import { linked, type SymId } from "./symbolIds.ts";
import { useKatex, type Katex } from "./useKatex.ts";


interface Props {
  readonly title: string;
  /** The panel's name for assistive technology, unique on the page. */
  readonly label?: string;
  readonly lines: readonly FormulaLine[];
  /** Given the panel's element (the player watches whether it is on screen). */
  readonly panelRef?: (el: HTMLElement | null) => void;
  /** The lines are behind the player's step or numbers (they catch up off screen). */
  readonly busy?: boolean;
}

/** Re-rendered only when its lines (a new step or new numbers), title or label change. */
export const FormulaPanel = memo(function FormulaPanel({ title, lines, label, panelRef, busy }: Props) {
  const { katex, failed } = useKatex();
  const t = useT();
  return (
    <section ref={panelRef} className="formula-panel" aria-label={label ?? t.player.formulas} aria-busy={busy || undefined}>
      <h3 className="formula-title">{title}</h3>
      {katex ? (
        <div className="formula-lines">
          {lines.map((line) => (
            <Line key={line.key} katex={katex} line={line} />
          ))}
        </div>
      ) : (
        <p className="formula-loading">{failed ? t.player.formulasFailed : t.player.loadingFormulas}</p>
      )}
    </section>
  );
});

// A line re-renders when its TeX (its numbers) changes; KaTeX's output is cached by TeX besides.
const Line = memo(function Line({ katex, line }: { katex: Katex; line: FormulaLine }) {
  return (
    <div className="formula-line">
      {line.caption && <span className="formula-caption">{line.caption}</span>}
      <span className="formula-math">
        {segments(line.tex).map((seg, i) => {
          // Empty groups on both sides keep TeX's spacing around a relation or operator at a cut.
          const html = renderTex(katex, `{}${seg.tex}{}`);
          const id = seg.key ? line.bindings[seg.key] : undefined;
          return id ? <Term key={i} id={id} html={html} /> : <Html key={i} html={html} />;
        })}
      </span>
    </div>
  );
});

// A focusable span, not a button: its name is the MathML KaTeX writes, which a screen reader reads
// as mathematics, and pointing at it only highlights (it does nothing when pressed).
function Term({ id, html }: { id: SymId; html: string }) {
  const { hovered, setHovered } = useHover();
  return <Html tabIndex={0} className={linked(hovered, id) ? "formula-term is-hovered" : "formula-term"} {...hoverHandlers(id, setHovered)} html={html} />;
}

/**
 * A span holding KaTeX's HTML. New numbers patch the spans already there (morphHtml) instead of
 * replacing them all, before the frame is painted; React leaves the span's children to it.
 */
function Html({ html, ...props }: HTMLAttributes<HTMLSpanElement> & { html: string }) {
  const ref = useRef<HTMLSpanElement>(null);
  useLayoutEffect(() => {
    if (ref.current) morphHtml(ref.current, html);
  }, [html]);
  return <span ref={ref} {...props} />;
}
