// What the page says when saved edits come back only in part, or not at all: the stored text is set
// aside (never dropped), and the notice above the players offers to download it or delete it.

import { forgetSetAside, readSetAside, setAside } from "../kit/setAside.ts";
import { downloadText } from "../kit/download.ts";
import type { Messages } from "../i18n/en.ts";
import { DEFAULT_INPUTS, type Notice } from "./modelStore.ts";
import { MAX_STORED_NUMBERS, saveInputs, STORAGE_KEY, type Loaded } from "./persist.ts";

type StorageLike = Pick<Storage, "getItem" | "setItem" | "removeItem">;

/** Sets the troubled text aside and returns the notice that says so, or null when all came back. */
export function restoreNotice(loaded: Loaded, storage: StorageLike | undefined, dismiss: () => void): Notice | null {
  const { trouble, text } = loaded;
  if (!trouble || text === undefined) return null;
  const kept = setAside(storage, STORAGE_KEY, text);
  // Once the text is safe aside, what could be read is stored in its place, so the next visit is clean.
  if (kept) saveInputs(storage, { ...DEFAULT_INPUTS, ...loaded.inputs }, loaded.undo ?? null);
  const actions = kept
    ? [
        {
          label: (t: Messages) => t.faults.stored.download,
          run: () => downloadText(readSetAside(storage, STORAGE_KEY) ?? text, "seq2seq-lab-set-aside-edits.json", "application/json"),
        },
        {
          label: (t: Messages) => t.faults.stored.delete,
          run: () => {
            forgetSetAside(storage, STORAGE_KEY);
            dismiss();
          },
        },
      ]
    : [];
  return {
    tone: "error",
    text: (t) => {
      const s = t.faults.stored;
      const what =
        trouble.kind === "unreadable"
          ? s.unreadable(s.problem(trouble.problem))
          : [trouble.discarded > 0 ? s.partly(trouble.discarded) : "", trouble.imported ? (trouble.imported.tooLarge ? s.importedTooLarge(trouble.imported.name, MAX_STORED_NUMBERS) : s.importedUnreadable(trouble.imported.name, trouble.imported.reason)) : ""].filter(Boolean).join(" ");
      return `${what} ${kept ? s.setAside : s.notSetAside}`;
    },
    actions,
  };
}
