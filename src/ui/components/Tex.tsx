// One formula typeset by KaTeX once it has loaded (when the formula comes near the screen); until
// then an ellipsis stands in, never the TeX source.

import { useState } from "react";
import { useT } from "../i18n/index.ts";
import { renderTex } from "./katex.ts";
import { useKatex } from "./useKatex.ts";

export function Tex({ tex, className }: { tex: string; className?: string }) {
  const [element, setElement] = useState<HTMLSpanElement | null>(null);
  const { katex } = useKatex(element);
  const t = useT();
  if (!katex) {
    return (
      <span ref={setElement} className={className} aria-busy="true" title={t.player.loadingFormulas}>
        …
      </span>
    );
  }
  return <span className={className} dangerouslySetInnerHTML={{ __html: renderTex(katex, tex) }} />;
}
