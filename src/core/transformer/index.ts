// The Transformer core (seed 004; Vaswani et al. 2017): attention, multi-head attention in its three
// kinds, positional encoding, layer norm, FFN, encoder and decoder layers, the traced forward pass,
// and the teacher-forced loss with its hand-written gradient. Rows are tokens; Y = X W everywhere.

export * from "./types.ts";
export * from "./matrix.ts";
export * from "./positional.ts";
export * from "./embedding.ts";
export * from "./attention.ts";
export * from "./multihead.ts";
export * from "./layernorm.ts";
export * from "./ffn.ts";
export * from "./addnorm.ts";
export * from "./encoderLayer.ts";
export * from "./decoderLayer.ts";
export * from "./output.ts";
export * from "./stack.ts";
export * from "./shapes.ts";
export * from "./init.ts";
export * from "./teacherForcing.ts";
export * from "./gradients.ts";
export * from "./trace.ts";
export * from "./forward.ts";
export * from "./formulas.ts";
export * from "./entries.ts";
