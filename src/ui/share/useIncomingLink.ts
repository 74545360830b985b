// Applies a share link's weights once a player is on the page: the first player to see them takes
// them out of the page store (so the address drops `w=`), applies them, and posts what happened,
// with an Undo when they replaced the reader's own edits or imported model.
// The page then shows the architecture (and language pair) the weights belong to: a link's address
// leaves out the choices that equal the defaults of the build that made it, so after the defaults
// change it may name another architecture than its weights.

import { useEffect } from "react";
import { useStore } from "zustand";
import { useAppStore } from "../storeContext.ts";
import type { Messages } from "../i18n/en.ts";
import { useT } from "../i18n/index.ts";
import { useModelContext } from "../model/modelContext.ts";
import { sameChoice } from "../../model/choice.ts";
import { undoLast } from "../model/undo.ts";
import { applySharedWeights, linkMessage, replacedSomething } from "./shareLink.ts";

export function useIncomingLink(): void {
  const page = useAppStore();
  const targets = useModelContext();
  const pending = useStore(page, (s) => s.linkWeights);
  const { linkRefused } = useT().editor.model;
  useEffect(() => {
    // Another player (or StrictMode's second run of this effect) may have taken them already.
    if (pending === null || page.getState().linkWeights !== pending) return;
    page.getState().setLinkWeights(null);
    const models = targets.store;
    const { notify } = models.getState();
    applySharedWeights(pending, targets).then((result) => {
      if (!result.ok) return notify({ tone: "error", text: linkRefused(result.reason) });
      const { choice, pair } = page.getState();
      // Only what differs changes, and the link's step stays (setChoice and setPair would start over).
      page.setState({ ...(sameChoice(choice, result.choice) ? {} : { choice: { ...result.choice } }), ...(result.pair && result.pair !== pair ? { pair: result.pair } : {}) });
      const undo = {
        label: (t: Messages) => t.faults.undo.button,
        run: () => {
          undoLast(models, page);
          notify({ tone: "info", text: (t) => t.faults.undo.undone });
        },
      };
      const said = result.said;
      notify({ tone: "info", text: (t) => linkMessage(said, t), ...(replacedSomething(said) ? { actions: [undo] } : {}) });
    });
  }, [pending, page, targets, linkRefused]);
}
