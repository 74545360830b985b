// Reverse-mode gradients of the teacher-forced cross-entropy, by hand-written backpropagation through
// time over the forward trace. Each formula's backward step lives beside its forward step (cells/,
// attention/, output.ts); this folder walks the trace (decoder.ts, encoder.ts) and sums the terms.
// `lossAndGradients` is the entry point; the per-formula backward steps are re-exported here too.

export { lossAndGradients, lossOf, sentenceBackward, stateGradients, type LossAndGradients, type LossOptions, type Reduction, type StateGradient } from "./loss.ts";
export { sumTerms, scaleGrads, type BackwardRecorder, type Grads, type GradTerm, type StateGradientRecorder } from "./terms.ts";
export { cellBackward, type CellGrad } from "../cells/index.ts";
export { attentionBackward, type AttentionGrad } from "../attention/index.ts";
export { readoutBackward, type ReadoutGrad } from "../output.ts";
