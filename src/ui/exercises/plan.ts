// Which exercises end which lesson: numeric kinds (src/exercises) where the lesson has formulas,
// concept checks everywhere. `anchor` is the id of the lesson's formula that a hint links to
// (a <span id> before the formula in content/en and content/zh). Kinds added later go at the end of a
// lesson's list, so that the stored progress of the earlier slots keeps its meaning.

export type Item = { readonly kind: string } | { readonly concept: string };

export interface LessonExercises {
  readonly anchor?: string;
  readonly items: readonly Item[];
}

const k = (kind: string): Item => ({ kind });
const c = (concept: string): Item => ({ concept });

export const PLAN: Readonly<Record<string, LessonExercises>> = {
  "encoder-decoder": { items: [c("contextRole"), c("lengths"), k("out.p")], anchor: "formula-encoder-decoder" },
  "rnn-encoder": { anchor: "formula-rnn", items: [k("rnn.h"), k("shape.count"), c("rnnShared")] },
  lstm: { anchor: "formula-lstm", items: [k("lstm.gate"), k("lstm.C"), c("lstmForget"), k("lstm.h")] },
  gru: { anchor: "formula-gru", items: [k("gru.h"), k("gru.n"), c("gruForms")] },
  bidirectional: { anchor: "formula-bidirectional", items: [k("shape.wout"), k("shape.count"), c("bidirectional")] },
  decoders: { anchor: "formula-decoders", items: [k("out.p"), k("shape.wout"), c("decoderVariants")] },
  attention: { anchor: "formula-attention", items: [k("score.dot"), k("score.scaled"), k("score.general"), k("score.additive"), k("att.softmax"), k("att.context"), c("attentionWeights"), k("score.additive.bias")] },
  "worked-example": { anchor: "formula-worked-example", items: [k("score.dot"), k("att.softmax"), k("att.context"), c("workedQuery")] },
  "symbols-and-sources": { items: [c("cellName"), c("woutName"), k("lstm.C")] },
  qkv: { anchor: "formula-qkv", items: [k("tf.cross"), k("score.scaled"), c("qkvRoles")] },
  "encoder-self-attention": { anchor: "formula-self-attention", items: [k("tf.cross"), k("tf.pe"), c("selfAttention")] },
  "masked-self-attention": { anchor: "formula-masked", items: [k("tf.masked"), k("tf.masked"), c("causalMask")] },
  "cross-attention": { anchor: "formula-cross", items: [k("tf.cross"), k("tf.masked"), c("crossAttention")] },
  "multi-head": { anchor: "formula-multi-head", items: [c("heads"), c("headsWhy"), k("tf.cross"), k("tf.count")] },
  "recurrent-to-transformer": { anchor: "formula-recurrent-to-transformer", items: [k("tf.pe"), k("rnn.h"), c("recurrentVsTransformer"), k("tf.count")] },
  decoding: { anchor: "formula-decoding", items: [k("out.p"), c("greedy"), c("temperature")] },
  loss: { anchor: "formula-loss", items: [k("loss.nll"), k("out.p"), c("crossEntropy"), c("perplexity")] },
  "teacher-forcing": { anchor: "formula-teacher-forcing", items: [k("loss.nll"), c("teacherForcing"), c("exposureBias")] },
  "backpropagation-through-time": { anchor: "formula-bptt", items: [k("grad.logits"), k("grad.score"), k("grad.rnn"), c("bpttSum")] },
  "vanishing-gradients": { anchor: "formula-vanishing", items: [k("grad.vanish"), c("lstmHighway"), c("clipping")] },
  optimizers: { anchor: "formula-sgd", items: [k("update.sgd"), k("update.momentum"), k("update.adam"), c("learningRate")] },
};
