// The player on its own, full width, with every choice open.

import { useT } from "../i18n/index.ts";
import type { ShellComponents } from "./lessonComponents.tsx";
import { PrevNext } from "./PrevNext.tsx";
import { PLAYGROUND } from "./urlState.ts";

export function PlaygroundPage({ components }: { readonly components: ShellComponents }) {
  const Player = components.Player;
  const t = useT();
  return (
    <>
      <article className="playground" aria-labelledby="page-title">
        <div className="page-header">
          <h1 id="page-title" tabIndex={-1}>
            {t.app.playground}
          </h1>
          <p className="page-summary">{t.app.playgroundSummary}</p>
        </div>
        <div className="figure-wide">
          <Player focus="all" editWeights="open" modelFacts />
        </div>
      </article>
      <PrevNext current={PLAYGROUND} />
    </>
  );
}
