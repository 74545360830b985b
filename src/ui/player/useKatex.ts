// KaTeX for a component: null until the lazy import has arrived.

import { useEffect, useState } from "react";
import { loadKatex } from "./katex.ts";

export type Katex = Awaited<ReturnType<typeof loadKatex>>;

export function useKatex(): { katex: Katex | null; failed: boolean } {
  const [katex, setKatex] = useState<Katex | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let live = true;
    loadKatex().then(
      (k) => live && setKatex(() => k),
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, []);
  return { katex, failed };
}
