// Writes the model store's inputs to storage a moment after they change, not at every step of a
// drag (a write serialises every edit), and at once when the page is hidden or closed.

import type { ModelStore } from "./modelStore.ts";
import { saveInputs } from "./persist.ts";

type StorageLike = Pick<Storage, "getItem" | "setItem" | "removeItem">;

export interface Persistence {
  /** Saves now if anything changed since the last save. */
  flush(): void;
  stop(): void;
}

export function startPersistence(store: ModelStore, storage: StorageLike | undefined, delay = 300, page: Pick<Window, "addEventListener" | "removeEventListener"> | undefined = globalThis.window): Persistence {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let dirty = false;
  const flush = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    if (!dirty) return;
    dirty = false;
    const { source, imported, edits, undo } = store.getState();
    const status = saveInputs(storage, { source, imported, edits }, undo);
    const was = store.getState().storage;
    if (was?.kind !== status.kind || was.detail !== status.detail) store.getState().setStorage(status);
  };
  const unsubscribe = store.subscribe((s, prev) => {
    if (s.source === prev.source && s.imported === prev.imported && s.edits === prev.edits && s.undo === prev.undo) return;
    dirty = true;
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(flush, delay);
  });
  const onHide = () => flush();
  page?.addEventListener("pagehide", onHide);
  page?.addEventListener("visibilitychange", onHide);
  return {
    flush,
    stop() {
      flush();
      unsubscribe();
      page?.removeEventListener("pagehide", onHide);
      page?.removeEventListener("visibilitychange", onHide);
    },
  };
}
