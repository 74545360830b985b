// The Transformer chapter's pictures, as lessons use them (the app shell loads this module lazily).
import "./transformer.css";

export { TransformerPlayer } from "./TransformerPlayer.tsx";
export { QkvTable } from "./QkvTable.tsx";
export { MultiHeadView } from "./MultiHeadView.tsx";
export { PositionalEncodingView } from "./PositionalEncodingView.tsx";
export { RecurrentVsTransformer } from "./RecurrentVsTransformer.tsx";
