// The "reset this stored item" of an error notice: the item's text is set aside (setAside.ts), the
// item removed, and the page loaded afresh, so whatever had read the bad value starts clean.

import type { Messages } from "../i18n/en.ts";
import type { StoredReset } from "../components/ErrorBoundary.tsx";
import { forgetItem, setAside } from "../kit/setAside.ts";
import { TRAINING_KEY, WEIGHTS_KEY } from "../kit/storageKeys.ts";
import { browserStorage } from "../kit/storage.ts";

function resetItem(key: string): void {
  const storage = browserStorage();
  try {
    const text = storage?.getItem(key);
    if (text !== null && text !== undefined) setAside(storage, key, text);
  } catch {
    // Storage unreadable: there is nothing to set aside.
  }
  forgetItem(storage, key);
  window.location.reload();
}

export function savedEditsReset(t: Messages): StoredReset {
  return { label: t.faults.boundary.savedEdits, reset: () => resetItem(WEIGHTS_KEY) };
}

export function savedRunReset(t: Messages): StoredReset {
  return { label: t.faults.boundary.savedRun, reset: () => resetItem(TRAINING_KEY) };
}
