// A formula typeset by KaTeX, which is loaded only once a formula comes near the screen (it is
// large, and the lesson text is already typeset at build time). Safe options: no `trust`, so no
// links, classes or HTML can come out of a formula; the symbol macros colour Q, K, V as everywhere
// else.

import { useMemo, useRef, useState } from "react";
import { useT } from "../i18n/index.ts";
import { useKatex, type Katex } from "../components/useKatex.ts";
import { KATEX_MACROS } from "../theme/symbols.ts";
import { useFocusableWhenWide } from "../kit/useWidth.ts";

/** KaTeX's HTML for `tex` (display style), with a copy of the macros because KaTeX may add to them. */
export function renderTex(katex: Katex, tex: string): string {
  return katex.renderToString(tex, { displayMode: true, throwOnError: false, trust: false, strict: "ignore", macros: { ...KATEX_MACROS } });
}

interface Props {
  readonly tex: string;
  /** What the formula is about: names its scroll area, and stands in before KaTeX has loaded. */
  readonly label: string;
}

export function Formula({ tex, label }: Props) {
  const [placeholder, setPlaceholder] = useState<HTMLParagraphElement | null>(null);
  const { katex } = useKatex(placeholder);
  const ref = useRef<HTMLDivElement>(null);
  const t = useT();
  // Once KaTeX is here, a new step's formula is typeset in the same render: no flash of old text.
  const html = useMemo(() => (katex ? renderTex(katex, tex) : null), [katex, tex]);
  useFocusableWhenWide(ref, html);
  if (html === null)
    return (
      <p ref={setPlaceholder} className="tf-formula tf-formula-loading">
        {t.tf.typesetting(label)}
      </p>
    );
  // KaTeX's output includes MathML, which screen readers read as math.
  return <div ref={ref} className="tf-formula" role="group" aria-label={t.tf.formula(label)} dangerouslySetInnerHTML={{ __html: html }} />;
}
