// The weight editor under a player. The player names what an editor is given and leaves a slot;
// the app shell, which composes features, fills it with the editor (editor/EditWeights.tsx), so the
// player imports no other feature. Without a provider (a test of the player alone) there is none.

import { createContext, type ComponentType } from "react";
import type { Trace } from "../../core/trace.ts";
import type { ModelChoice } from "../../model/defaults.ts";
import type { CurrentModel } from "../model/useCurrentModel.ts";
import type { PlayerStore } from "../playerStore.ts";
import type { ParamRequest } from "../kit/paramRequest.ts";

export interface EditorSlotProps {
  /** Open on the playground, collapsed in a lesson. */
  readonly initiallyOpen: boolean;
  readonly current: CurrentModel;
  readonly trace: Trace | null;
  /** The player's store: the editor's step and share link read its sentence and cursor. */
  readonly player: PlayerStore;
  readonly choice: ModelChoice;
  /** The parameter the reader pressed last in the formulas: the editor opens on it. */
  readonly request?: ParamRequest | null;
}

export const EditorSlot = createContext<ComponentType<EditorSlotProps> | null>(null);
