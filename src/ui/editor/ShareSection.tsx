// A link to exactly this view: the lesson, the step, the choices and the weights (the edits as a
// difference from the preset, or a whole imported model when it fits in a link).

import { useState } from "react";
import { useStore } from "zustand";
import type { ModelChoice } from "../../model/defaults.ts";
import { useAppStore } from "../app/storeContext.ts";
import { encodeView } from "../app/urlState.ts";
import type { CurrentModel } from "../model/useCurrentModel.ts";
import { encodeShared } from "../share/linkCodec.ts";
import { sharedWeightsOf } from "../share/shareLink.ts";
import type { AppStore } from "../store.ts";

interface Props {
  readonly current: CurrentModel;
  readonly player: AppStore;
  readonly choice: ModelChoice;
}

type Made = { ok: true; url: string; copied: boolean } | { ok: false; reason: string };

export function ShareSection({ current, player, choice }: Props) {
  const lesson = useStore(useAppStore(), (s) => s.lesson);
  const [made, setMade] = useState<Made | null>(null);

  const make = async () => {
    const encoded = await encodeShared(sharedWeightsOf(current, choice));
    if (!encoded.ok) return setMade({ ok: false, reason: encoded.reason });
    const { sentence, step } = player.getState();
    // The weights go in even without edits: the link then also says which model to start from.
    const hash = encodeView({ lesson, choice, sentence, step, weights: encoded.text });
    const url = `${location.origin}${location.pathname}${location.search}${hash}`;
    let copied = false;
    try {
      await navigator.clipboard.writeText(url);
      copied = true;
    } catch {
      // No clipboard (permissions, an insecure page): the link is shown to copy by hand.
    }
    setMade({ ok: true, url, copied });
  };

  return (
    <section className="weights-share" aria-label="Share">
      <h4>Share</h4>
      <div className="weights-row">
        <button type="button" onClick={() => void make()}>
          Make a share link
        </button>
        {made?.ok && <input className="weights-link" type="text" readOnly value={made.url} aria-label="Share link" onFocus={(e) => e.target.select()} />}
      </div>
      {made?.ok && <p role="status">{made.copied ? "Copied to the clipboard. " : ""}Opening the link shows this step with these numbers.</p>}
      {made?.ok === false && <p role="alert">No link: {made.reason}.</p>}
    </section>
  );
}
