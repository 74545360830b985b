// A link to exactly this view: the lesson, the step, the choices and the weights (the edits as a
// difference from the preset, or a whole imported model when it fits in a link).

import { useState } from "react";
import { useStore } from "zustand";
import type { ModelChoice } from "../../model/defaults.ts";
import { useAppStore } from "../storeContext.ts";
import { encodeView } from "../urlState.ts";
import { useT } from "../i18n/index.ts";
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
  const page = useAppStore();
  const lesson = useStore(page, (s) => s.lesson);
  const [made, setMade] = useState<Made | null>(null);
  const sh = useT().editor.share;

  const make = async () => {
    const encoded = await encodeShared(sharedWeightsOf(current, choice));
    if (!encoded.ok) return setMade({ ok: false, reason: encoded.reason });
    const { sentence, step, pair } = player.getState();
    // The weights go in even without edits: the link then also says which model to start from. The
    // link opens in the page's language, with the player's pair.
    const hash = encodeView({ lesson, choice, sentence, step, weights: encoded.text, lang: page.getState().lang, pair });
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
    <section className="weights-share" aria-label={sh.heading}>
      <h4>{sh.heading}</h4>
      <div className="weights-row">
        <button type="button" onClick={() => void make()}>
          {sh.make}
        </button>
        {made?.ok && <input className="weights-link" type="text" readOnly value={made.url} aria-label={sh.link} onFocus={(e) => e.target.select()} />}
      </div>
      {made?.ok && (
        <p role="status">
          {made.copied ? sh.copied : ""}
          {sh.opens}
        </p>
      )}
      {made?.ok === false && <p role="alert">{sh.none(made.reason)}</p>}
    </section>
  );
}
