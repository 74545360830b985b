// The player and its comparisons, as lessons and the playground embed them. Each is safe to render
// with any props a lesson writes (widgetProps.ts) and with any sentence a reader types.
export { Player, type PlayerProps, type PlayerFocus } from "./Player.tsx";
export { DecoderComparison } from "./DecoderComparison.tsx";
export { ScoreComparison } from "./ScoreComparison.tsx";
export { GruComparison } from "./GruComparison.tsx";
export { Seed003Example } from "./seed003/Seed003Example.tsx";
export { BeamPlayer } from "./beam/BeamPlayer.tsx";
export { EditorSlot, type EditorSlotProps } from "./editorSlot.ts";
