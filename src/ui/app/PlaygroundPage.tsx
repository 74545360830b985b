// The player on its own, full width, with every choice open.

import { useT } from "../i18n/index.ts";
import type { ShellComponents } from "./lessonComponents.tsx";
import { PrevNext } from "./PrevNext.tsx";
import { PLAYGROUND } from "../urlState.ts";
import { PageHeader } from "../components/PageHeader.tsx";

export function PlaygroundPage({ components }: { readonly components: ShellComponents }) {
  const Player = components.Player;
  const t = useT();
  return (
    <>
      <article className="playground" aria-labelledby="page-title">
        <PageHeader title={t.app.playground} summary={t.app.playgroundSummary} />
        <div className="figure-wide">
          <Player focus="all" editWeights="open" modelFacts />
        </div>
      </article>
      <PrevNext current={PLAYGROUND} />
    </>
  );
}
