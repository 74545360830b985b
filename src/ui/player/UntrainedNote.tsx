// Said plainly wherever untrained weights are shown, so that no reader takes the output for a
// translation the model learned.

import { en } from "../i18n/en.ts";
import { useT } from "../i18n/index.ts";

export const UNTRAINED_TEXT = en.player.untrained;

export function UntrainedNote() {
  return (
    <p className="player-untrained" role="note">
      {useT().player.untrained}
    </p>
  );
}
