// The formula ids that trace records carry, with the formula each one names (TeX for KaTeX), so a
// page can show a record's formula beside its numbers. Notation: notation.md, Transformer section;
// sources: seed 004 and Vaswani et al. 2017.

/** Every formula id a Transformer record or record field refers to, with its TeX. */
export const TRANSFORMER_FORMULAS = {
  "tf.pe": String.raw`PE_{(pos,2i)} = \sin\!\big(pos / 10000^{2i/d_{\text{model}}}\big),\; PE_{(pos,2i+1)} = \cos\!\big(pos / 10000^{2i/d_{\text{model}}}\big)`,
  "tf.embed": String.raw`X = E_{[\text{ids}]}\,\sqrt{d_{\text{model}}} + PE`,
  "tf.project": String.raw`Q = X_q W^Q,\; K = X_{kv} W^K,\; V = X_{kv} W^V`,
  "tf.scores": String.raw`S = Q K^\top / \sqrt{d_k}`,
  "tf.mask": String.raw`M_{ij} = \begin{cases} 0 & j \le i \\ -\infty & j > i \end{cases}`,
  "tf.softmax": String.raw`A = \operatorname{softmax}(S + M) \text{ (row by row)}`,
  "tf.attention": String.raw`\operatorname{Attention}(Q, K, V) = \operatorname{softmax}\!\big(Q K^\top / \sqrt{d_k} + M\big)\, V`,
  "tf.multihead": String.raw`\operatorname{MultiHead}(X_q, X_{kv}) = \operatorname{Concat}(\text{head}_1, \dots, \text{head}_h)\, W^O`,
  "tf.multihead.concat": String.raw`\operatorname{Concat}(\text{head}_1, \dots, \text{head}_h),\; \text{head}_k = \operatorname{Attention}(Q_k, K_k, V_k)`,
  "tf.multihead.output": String.raw`\operatorname{Concat}(\text{head}_1, \dots, \text{head}_h)\, W^O`,
  "tf.residual": String.raw`x + \operatorname{Sublayer}(x)`,
  "tf.layernorm": String.raw`\operatorname{LayerNorm}(x) = \gamma \odot \frac{x - \mu}{\sqrt{\sigma^2 + \varepsilon}} + \beta,\; \varepsilon = 10^{-5}`,
  "tf.addnorm": String.raw`\operatorname{LayerNorm}\big(x + \operatorname{Sublayer}(x)\big)`,
  "tf.ffn": String.raw`\operatorname{FFN}(x) = \max(0,\, x W_1 + b_1)\, W_2 + b_2`,
  "tf.encoder.layer": String.raw`N_1 = \operatorname{LayerNorm}(X + \operatorname{SelfAttn}(X)),\; \text{out} = \operatorname{LayerNorm}(N_1 + \operatorname{FFN}(N_1))`,
  "tf.decoder.layer": String.raw`N_1 = \operatorname{LN}(Y + \operatorname{MaskedSelfAttn}(Y)),\; N_2 = \operatorname{LN}(N_1 + \operatorname{CrossAttn}(N_1, H)),\; \text{out} = \operatorname{LN}(N_2 + \operatorname{FFN}(N_2))`,
  "tf.encoder": String.raw`H = \operatorname{EncoderLayer}_N(\cdots \operatorname{EncoderLayer}_1(X))`,
  "tf.decoder": String.raw`p = \operatorname{softmax}\big(\operatorname{DecoderLayer}_N(\cdots \operatorname{DecoderLayer}_1(Y, H), H)\, W_{\text{out}} + b_{\text{out}}\big)`,
  "tf.output": String.raw`\text{logits} = Y W_{\text{out}} + b_{\text{out}},\; p = \operatorname{softmax}(\text{logits})`,
  "tf.greedy": String.raw`y_{t'} = \arg\max_w\, p_{t'}(w)`,
  "tf.loss": String.raw`\mathcal{L} = -\frac{1}{T+1} \sum_{t=1}^{T+1} \log p_t(y_t)`,
} as const;

export type TransformerFormulaId = keyof typeof TRANSFORMER_FORMULAS;

/** For each record's formula id, the formula id of each of its fields that has its own formula. */
export const FIELD_FORMULAS = {
  "tf.embed": { PE: "tf.pe", X: "tf.embed" },
  "tf.attention": { scores: "tf.scores", mask: "tf.mask", weights: "tf.softmax", output: "tf.attention" },
  "tf.multihead": { Q: "tf.project", K: "tf.project", V: "tf.project", concat: "tf.multihead.concat", output: "tf.multihead.output" },
  "tf.addnorm": { sum: "tf.residual", output: "tf.layernorm" },
  "tf.layernorm": { output: "tf.layernorm" },
  "tf.ffn": { output: "tf.ffn" },
  "tf.output": { logits: "tf.output", p: "tf.output" },
} as const satisfies Partial<Record<TransformerFormulaId, Readonly<Record<string, TransformerFormulaId>>>>;
