// The formulas of the current step with its numbers, typeset by KaTeX (loaded once the panel comes
// near the screen). Each term that names a value in the pictures can be pointed at or focused,
// which highlights the value there, and pointing at the value in a picture highlights the term
// here. On a decoder step the lines that say how the cell got its new state fold behind one
// disclosure (the reader's choice to open it holds from step to step).

import { memo, useCallback, useState } from "react";
import { useT } from "../i18n/index.ts";
import { FormulaLineView } from "./FormulaLineView.tsx";
import type { FormulaLine } from "./stepFormulas.ts";
import { useKatex, type Katex } from "../components/useKatex.ts";

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

type Group = { readonly fold: "cell"; readonly lines: FormulaLine[] } | { readonly fold?: undefined; readonly lines: FormulaLine[] };

/** Consecutive lines of one fold go together. */
function groups(lines: readonly FormulaLine[]): Group[] {
  const out: Group[] = [];
  for (const line of lines) {
    const last = out[out.length - 1];
    if (last && last.fold === line.fold && line.fold !== undefined) last.lines.push(line);
    else out.push(line.fold ? { fold: line.fold, lines: [line] } : { lines: [line] });
  }
  return out;
}

/** Re-rendered only when its lines (a new step or new numbers), title or label change. */
export const FormulaPanel = memo(function FormulaPanel({ title, lines, label, panelRef, busy }: Props) {
  const [element, setElement] = useState<HTMLElement | null>(null);
  const { katex, failed } = useKatex(element);
  const t = useT();
  const ref = useCallback(
    (el: HTMLElement | null) => {
      setElement(el);
      panelRef?.(el);
    },
    [panelRef],
  );
  return (
    <section ref={ref} className="formula-panel" aria-label={label ?? t.player.formulas} aria-busy={busy || undefined}>
      <h3 className="formula-title">{title}</h3>
      {katex ? (
        <div className="formula-lines">
          {groups(lines).map((g) => (g.fold ? <Fold key={`fold:${g.fold}`} katex={katex} lines={g.lines} /> : <FormulaLineView key={g.lines[0]!.key} katex={katex} line={g.lines[0]!} />))}
        </div>
      ) : (
        <p className="formula-loading">{failed ? t.player.formulasFailed : t.player.loadingFormulas}</p>
      )}
    </section>
  );
});

function Fold({ katex, lines }: { katex: Katex; lines: readonly FormulaLine[] }) {
  const t = useT();
  return (
    <details className="formula-fold">
      <summary>{t.player.cellFold(lines.length)}</summary>
      {lines.map((line) => (
        <FormulaLineView key={line.key} katex={katex} line={line} />
      ))}
    </details>
  );
}
