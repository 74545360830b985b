// Applies a share link's weights once a player is on the page: the first player to see them takes
// them out of the page store (so the address drops `w=`), applies them, and posts what happened.

import { useEffect } from "react";
import { useStore } from "zustand";
import { useAppStore } from "../app/storeContext.ts";
import { useT } from "../i18n/index.ts";
import { useModelContext } from "../model/modelContext.ts";
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
    applySharedWeights(pending, targets).then((result) =>
      notify(result.ok ? { tone: "info", text: result.message } : { tone: "error", text: linkRefused(result.reason) }),
    );
  }, [pending, page, targets, linkRefused]);
}
