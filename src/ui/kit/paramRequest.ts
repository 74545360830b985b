// A parameter the reader asked to see in the weight editor (by pressing it in a player's formulas),
// by its param: id; shared by the player, which makes requests, and the editor, which follows them.

export interface ParamRequest {
  /** "param:encoder.weights.W_f" (src/core/entryIds.ts, paramId). */
  readonly id: string;
  /** Tells one press from the next: pressing the same parameter again scrolls to it again. */
  readonly seq: number;
}
