// The kinds of trouble the dictionaries word (faults.ts, editor.storage), as types. They live here,
// beside the words, so that i18n imports nothing of the UI: model/persist.ts and model/modelStore.ts
// produce these values and import the types from here.

/** Why a stored record could not be read at all (faults.stored). */
export type StoredProblem =
  | { readonly kind: "syntax" }
  | { readonly kind: "tooDeep" }
  | { readonly kind: "notObject" }
  | { readonly kind: "unknownVersion"; readonly version: string }
  | { readonly kind: "newer"; readonly version: number };

/**
 * What storage said, for the editor's status line, which words it in the reader's language
 * (`editor.storage` in the dictionaries): saved, nothing to keep, full, blocked, refused (with the
 * browser's reason), no storage at all, or saved edits that could not be restored (with the problem).
 */
export type StorageKind = "saved" | "savedButModel" | "empty" | "full" | "blocked" | "refused" | "none" | "notRestored";

export interface StorageStatus {
  readonly kind: StorageKind;
  /** The browser's reason, for "refused". */
  readonly detail?: string;
  /** Why the saved edits were not restored, for "notRestored". */
  readonly problem?: StoredProblem;
}

/** What the last undoable action was, for its Undo button (faults.undo words it). */
export type UndoAction = "resetWeight" | "resetParam" | "resetModel" | "changeParam" | "randomiseModel" | "link" | "import" | "forget";
