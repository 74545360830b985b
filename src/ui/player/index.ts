// The player and its comparisons, as lessons and the playground embed them.
export { Player, type PlayerProps, type PlayerFocus } from "./Player.tsx";
export { PlayerPlaceholder as DecoderComparison, PlayerPlaceholder as ScoreComparison, PlayerPlaceholder as GruComparison, PlayerPlaceholder as Seed003Example } from "./Placeholder.tsx";
