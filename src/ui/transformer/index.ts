// The Transformer chapter's pictures, as lessons use them (the app shell loads this module lazily).
import "./transformer.css";

export { TransformerPlayer } from "./TransformerPlayer.tsx";
export { QkvTable } from "./QkvTable.tsx";
