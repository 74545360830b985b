// Said plainly wherever untrained weights are shown, so that no reader takes the output for a
// translation the model learned.

export const UNTRAINED_TEXT = "These weights are random and untrained: the translation is not meant to be right yet.";

export function UntrainedNote() {
  return (
    <p className="player-untrained" role="note">
      {UNTRAINED_TEXT}
    </p>
  );
}
