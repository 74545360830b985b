// The player on its own, full width, with every choice open.

import type { ShellComponents } from "./lessonComponents.tsx";
import { PrevNext } from "./PrevNext.tsx";
import { PLAYGROUND } from "./urlState.ts";

export function PlaygroundPage({ components }: { readonly components: ShellComponents }) {
  const Player = components.Player;
  return (
    <>
      <article className="playground" aria-labelledby="page-title">
        <div className="page-header">
          <h1 id="page-title" tabIndex={-1}>
            Playground
          </h1>
          <p className="page-summary">Choose a cell, a decoder and an attention score, type a sentence, step through every formula, and edit any weight to see the whole pass change.</p>
        </div>
        <div className="figure-wide">
          <Player focus="all" editWeights="open" />
        </div>
      </article>
      <PrevNext current={PLAYGROUND} />
    </>
  );
}
