// Stored items that could not be used are set aside, never dropped without a word: their text is
// moved to `<key>:set-aside`, where the reader can download it (to keep or report it) or delete it.
// One slot per key; a newer problem replaces an older set-aside copy. Every access is guarded.

type StorageLike = Pick<Storage, "getItem" | "setItem" | "removeItem">;

export function setAsideKey(key: string): string {
  return `${key}:set-aside`;
}

/** Keeps `text` aside; returns whether storage took it. */
export function setAside(storage: StorageLike | undefined, key: string, text: string): boolean {
  try {
    storage?.setItem(setAsideKey(key), text);
    return storage !== undefined;
  } catch {
    return false;
  }
}

export function readSetAside(storage: StorageLike | undefined, key: string): string | null {
  try {
    return storage?.getItem(setAsideKey(key)) ?? null;
  } catch {
    return null;
  }
}

export function forgetSetAside(storage: StorageLike | undefined, key: string): void {
  try {
    storage?.removeItem(setAsideKey(key));
  } catch {
    // Nothing to clean where storage is unavailable.
  }
}

/** Removes the item itself (the reader's "reset" of a stored item that breaks the page). */
export function forgetItem(storage: StorageLike | undefined, key: string): void {
  try {
    storage?.removeItem(key);
  } catch {
    // As above.
  }
}
