// A page store's fields and its playground player's, in one object: what the address carries, for
// tests that compare a whole view at once.

import type { PlayerState } from "../../src/ui/playerStore.ts";
import type { PageFields, PageStore } from "../../src/ui/store.ts";

export function pageView(page: PageStore): PageFields & PlayerState {
  const { player, ...fields } = page.getState();
  return { ...fields, ...player.getState() };
}
