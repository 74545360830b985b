// The words of the kinds and slips added with the LSTM hidden state, the additive score's biases and
// the Transformer's parameter counts, in English and Chinese; messages.ts spreads them into its
// `kinds` and `slips`.

import type { Lang } from "../i18n/index.ts";

export const MORE: Readonly<Record<Lang, { readonly kinds: Readonly<Record<string, string>>; readonly slips: { readonly noTanh: string; readonly prevCell: string; readonly dkForDmodel: string } }>> = {
  en: {
    kinds: {
      "lstm.h": "Compute an entry of the LSTM's new hidden state $\\sh{h_t} = o_t \\odot \\tanh(\\sC{C_t})$.",
      "score.additive.bias":
        "A model exported from PyTorch keeps the biases of its Linear layers: $\\se{e_{t'j}} = v^\\top \\tanh(W_s q + b_s + W_h \\sh{h_j} + b_h) + b_v$. Compute this additive score.",
      "tf.count": "How many numbers does this part of a Transformer layer hold? (This model's attention has no biases; its feed-forward layer has $b_1$ and $b_2$.)",
    },
    slips: {
      noTanh: "$\\tanh$ is left out ($o_t \\odot C_t$)",
      prevCell: "the old memory cell $C_{t-1}$ is used instead of $C_t$",
      dkForDmodel: "$d_k$ is taken for $d_{\\text{model}}$ (one head's width for the whole layer's)",
    },
  },
  zh: {
    kinds: {
      "lstm.h": "计算 LSTM 新隐藏状态 $\\sh{h_t} = o_t \\odot \\tanh(\\sC{C_t})$ 的一个分量。",
      "score.additive.bias": "从 PyTorch 导出的模型保留了线性层的偏置：$\\se{e_{t'j}} = v^\\top \\tanh(W_s q + b_s + W_h \\sh{h_j} + b_h) + b_v$。计算这个加性得分。",
      "tf.count": "Transformer 层的这一部分共有多少个数？（这个模型的注意力没有偏置；前馈层有 $b_1$ 和 $b_2$。）",
    },
    slips: {
      noTanh: "漏掉 $\\tanh$（算成 $o_t \\odot C_t$）",
      prevCell: "用旧的记忆单元 $C_{t-1}$ 代替 $C_t$",
      dkForDmodel: "把 $d_k$ 当作 $d_{\\text{model}}$（用一个头的宽度代替整层的宽度）",
    },
  },
};
