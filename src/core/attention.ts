// Attention's old path, kept while the UI still imports it: the scores, weights, context and their
// gradients now live in attention/ (index.ts composes them). New code imports attention/index.ts.

export { attend, attentionBackward, scores, type AttentionGrad, type AttentionRecord } from "./attention/index.ts";
