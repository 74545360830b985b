// Reverse-mode gradients of the teacher-forced cross-entropy, by hand-written backpropagation through
// time over the forward trace: one backward file beside each forward concept (cells, attention,
// output, decoder, encoder and context). `lossAndGradients` is the entry point.

export { lossAndGradients, lossOf, forcedTrace, decoderSteps, sourceTokens, type LossAndGradients, type LossOptions, type Pair, type Reduction } from "./loss.ts";
export { sumTerms, scaleGrads, type Grads, type GradTerm } from "./terms.ts";
export { cellBackward, type CellGrad } from "./cells.ts";
export { attentionBackward, type AttentionGrad } from "./attention.ts";
export { readoutBackward, type ReadoutGrad } from "./output.ts";
