// Applies a share link's weights once a player is on the page: the first player to see them takes
// them out of the page store (so the address drops `w=`), applies them, and posts what happened.
// The page then shows the architecture (and language pair) the weights belong to: a link's address
// leaves out the choices that equal the defaults of the build that made it, so after the defaults
// change it may name another architecture than its weights.

import { useEffect } from "react";
import { useStore } from "zustand";
import { useAppStore } from "../app/storeContext.ts";
import { useT } from "../i18n/index.ts";
import { useModelContext } from "../model/modelContext.ts";
import { sameChoice } from "../model/sources.ts";
import { applySharedWeights } from "./shareLink.ts";

export function useIncomingLink(): void {
  const page = useAppStore();
  const targets = useModelContext();
  const pending = useStore(page, (s) => s.linkWeights);
  const { linkRefused } = useT().editor.model;
  useEffect(() => {
    // Another player (or StrictMode's second run of this effect) may have taken them already.
    if (pending === null || page.getState().linkWeights !== pending) return;
    page.getState().setLinkWeights(null);
    const { notify } = targets.store.getState();
    applySharedWeights(pending, targets).then((result) => {
      if (result.ok) {
        const { choice, pair } = page.getState();
        // Only what differs changes, and the link's step stays (setChoice and setPair would start over).
        page.setState({ ...(sameChoice(choice, result.choice) ? {} : { choice: { ...result.choice } }), ...(result.pair && result.pair !== pair ? { pair: result.pair } : {}) });
      }
      notify(result.ok ? { tone: "info", text: result.message } : { tone: "error", text: linkRefused(result.reason) });
    });
  }, [pending, page, targets, linkRefused]);
}
