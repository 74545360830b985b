// Placeholder: the player and its comparisons are being built (issue 3). Each stands in with a
// plain notice so that lessons that embed them compile and render.
export { PlayerPlaceholder as Player, PlayerPlaceholder as DecoderComparison, PlayerPlaceholder as ScoreComparison, PlayerPlaceholder as GruComparison, PlayerPlaceholder as Seed003Example } from "./Placeholder.tsx";
