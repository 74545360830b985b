// KaTeX for a component, loaded once a live formula comes near the screen: a lesson's own formulas
// are typeset at build time, so a reader who never scrolls to a figure never downloads KaTeX's
// runtime. Null until it has arrived; at once when another component loaded it already.

import { useEffect, useState } from "react";
import { whenNear } from "./whenNear.ts";
import { katexIfLoaded, loadKatex } from "./katex.ts";

export type Katex = Awaited<ReturnType<typeof loadKatex>>;

/** How close to the window a formula asks for KaTeX: it arrives before the formula is seen. */
const MARGIN = "400px";

/** `element`: the formula's element (null while it is not mounted: nothing loads). */
export function useKatex(element: Element | null): { katex: Katex | null; failed: boolean } {
  const [katex, setKatex] = useState<Katex | null>(katexIfLoaded);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    if (katex || !element) return;
    let live = true;
    const stop = whenNear(element, MARGIN, () =>
      loadKatex().then(
        (k) => live && setKatex(() => k),
        () => live && setFailed(true),
      ),
    );
    return () => {
      live = false;
      stop();
    };
  }, [katex, element]);
  return { katex, failed };
}
