// Applies a share link's weights: the URL sync (src/ui/app/urlSync.ts) reads `w=` from the address,
// drops it, and hands it here once, whatever players the page holds. This puts the weights in the
// model store, posts what happened, with an Undo when they replaced the reader's own edits or
// imported model, and makes the page show the architecture (and language pair) the weights belong
// to: a link's address leaves out the choices that equal the defaults of the build that made it, so
// after the defaults change it may name another architecture than its weights.

import type { Messages } from "../i18n/en.ts";
import { sameChoice } from "../../model/choice.ts";
import { pageModelContext } from "../model/modelContext.ts";
import { undoLast } from "../model/undo.ts";
import type { PlayerStore } from "../playerStore.ts";
import { pageStore } from "../store.ts";
import { applySharedWeights, linkMessage, replacedSomething, type LinkTargets } from "./shareLink.ts";

/** Applies `w=` text to the model store and `page`'s choice and pair. Never throws; resolves once done. */
export async function applyIncomingLink(text: string, page: PlayerStore, targets: LinkTargets): Promise<void> {
  const models = targets.store;
  const { notify } = models.getState();
  const result = await applySharedWeights(text, targets);
  if (!result.ok) {
    const reason = result.reason;
    return notify({ tone: "error", text: (t) => t.editor.model.linkRefused(reason) });
  }
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
}

/** The running page's: the link goes to the page's model store and the page's store. */
export function applyPageLink(text: string): Promise<void> {
  return applyIncomingLink(text, pageStore.getState().player, pageModelContext());
}
