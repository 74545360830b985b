// One formula typeset by KaTeX once it has loaded; until then its source stands in.

import { renderTex } from "./katex.ts";
import { useKatex } from "./useKatex.ts";

export function Tex({ tex, className }: { tex: string; className?: string }) {
  const { katex } = useKatex();
  if (!katex) return <span className={className}>{tex}</span>;
  return <span className={className} dangerouslySetInnerHTML={{ __html: renderTex(katex, tex) }} />;
}
