// Undo of the last reset, randomise, import or link, for the buttons that offer it: the model store
// brings back its inputs, and a player showing an imported model takes on that model's choices again
// (the import being undone may have changed them).

import type { PlayerStore } from "../playerStore.ts";
import { sameChoice } from "../../model/choice.ts";
import type { ModelStore } from "./modelStore.ts";

export function undoLast(models: ModelStore, page: PlayerStore): void {
  models.getState().undoLast();
  const { source, imported } = models.getState();
  if (source !== "imported" || !imported) return;
  const { choice } = page.getState();
  if (!sameChoice(choice, imported.choice)) page.setState({ choice: { ...imported.choice } });
}
