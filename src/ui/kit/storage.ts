// The browser's localStorage as every feature reaches it: undefined where touching it throws (a
// sandboxed frame, storage blocked by the reader's settings), so callers decide what to do without it.

/** window.localStorage, or undefined where touching it throws. */
export function browserStorage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}
