// The words of the learning chapter's kinds and slips (lessons 17–21), in English and Chinese;
// messages.ts spreads them into its `kinds` and `slips`.

import type { Lang } from "../i18n/index.ts";

type LearningSlip = "noLog" | "noOnehot" | "signFlipped" | "noCentering" | "noTanhDerivative" | "wrongSign" | "noMomentum" | "noBiasCorrection";

export const LEARNING: Readonly<Record<Lang, { readonly kinds: Readonly<Record<string, string>>; readonly slips: Readonly<Record<LearningSlip, string>> }>> = {
  en: {
    kinds: {
      "loss.nll": "The decoder's logits at one step are $z_{t'}$ over a three-word vocabulary, and the right word is number $y_{t'}$. Compute this step's loss $\\ell_{t'} = -\\log p_{t'}(y_{t'})$ (natural logarithm).",
      "grad.logits": "Compute one entry of the gradient of this step's loss with respect to the logits, $\\partial \\ell_{t'} / \\partial z_{t'} = p_{t'} - \\mathbf{1}_{y}$.",
      "grad.score": "The gradient reaching this step's context is $\\bar c_{t'}$. Send it back through $\\sc{c_{t'}} = \\sum_j \\sa{\\alpha_{t'j}} \\sh{h_j}$ and the softmax to one score.",
      "grad.rnn": "An RNN step computed $\\sh{h_t} = \\tanh(W_h \\sh{h_{t-1}} + W_x \\sx{x_t} + b)$, and the gradient $\\bar h_t$ reaches it. Compute one entry of the gradient it sends to the previous state.",
      "grad.vanish": "A one-unit RNN, $h_s = \\tanh(W_h h_{s-1} + W_x x_s + b)$, went through three steps. How much of a gradient at $h_3$ reaches $h_0$?",
      "update.sgd": "One step of plain gradient descent on one weight.",
      "update.momentum": "One step of SGD with momentum (PyTorch's form) on one weight whose velocity after the previous steps is $v$.",
      "update.adam": "The first step of Adam ($\\beta_1 = 0.9$, $\\beta_2 = 0.999$, $\\epsilon = 10^{-8}$, starting from $m = v = 0$) on one weight.",
    },
    slips: {
      noLog: "the logarithm is left out (this is the probability $p_{t'}(y_{t'})$)",
      noOnehot: "the one-hot answer is not subtracted (this is $p$ alone)",
      signFlipped: "the sign is flipped ($\\mathbf{1}_y - p$ instead of $p - \\mathbf{1}_y$)",
      noCentering: "the weighted mean $\\sum_j \\alpha_{t'j} \\bar\\alpha_{t'j}$ is not subtracted (the softmax's Jacobian is left half done)",
      noTanhDerivative: "the derivative of $\\tanh$, $1 - h^2$, is left out",
      wrongSign: "the step goes with the gradient instead of against it",
      noMomentum: "the velocity is left out (this is plain gradient descent)",
      noBiasCorrection: "the bias correction is left out ($m$ and $v$ without their hats)",
    },
  },
  zh: {
    kinds: {
      "loss.nll": "解码器某一步在三个词的词表上的 logit 是 $z_{t'}$，正确的词是第 $y_{t'}$ 个。计算这一步的损失 $\\ell_{t'} = -\\log p_{t'}(y_{t'})$（自然对数）。",
      "grad.logits": "计算这一步的损失对 logit 的梯度 $\\partial \\ell_{t'} / \\partial z_{t'} = p_{t'} - \\mathbf{1}_{y}$ 的一个分量。",
      "grad.score": "到达这一步上下文的梯度是 $\\bar c_{t'}$。把它经过 $\\sc{c_{t'}} = \\sum_j \\sa{\\alpha_{t'j}} \\sh{h_j}$ 和 softmax 传回到一个分数。",
      "grad.rnn": "一个 RNN 步算出了 $\\sh{h_t} = \\tanh(W_h \\sh{h_{t-1}} + W_x \\sx{x_t} + b)$，梯度 $\\bar h_t$ 到达这里。计算它传给上一个状态的梯度的一个分量。",
      "grad.vanish": "一个只有一个单元的 RNN，$h_s = \\tanh(W_h h_{s-1} + W_x x_s + b)$，走了三步。$h_3$ 处的梯度有多少能到达 $h_0$？",
      "update.sgd": "对一个权重做一步普通梯度下降。",
      "update.momentum": "对一个权重做一步带动量的 SGD（PyTorch 的写法），它在前几步之后的速度是 $v$。",
      "update.adam": "对一个权重做 Adam 的第一步（$\\beta_1 = 0.9$，$\\beta_2 = 0.999$，$\\epsilon = 10^{-8}$，从 $m = v = 0$ 开始）。",
    },
    slips: {
      noLog: "漏掉了对数（这是概率 $p_{t'}(y_{t'})$）",
      noOnehot: "没有减去独热的答案（这只是 $p$）",
      signFlipped: "符号反了（算成 $\\mathbf{1}_y - p$ 而不是 $p - \\mathbf{1}_y$）",
      noCentering: "没有减去加权平均 $\\sum_j \\alpha_{t'j} \\bar\\alpha_{t'j}$（softmax 的雅可比只做了一半）",
      noTanhDerivative: "漏掉了 $\\tanh$ 的导数 $1 - h^2$",
      wrongSign: "沿着梯度走了，而不是逆着梯度",
      noMomentum: "漏掉了速度（这是普通梯度下降）",
      noBiasCorrection: "漏掉了偏差校正（$m$ 和 $v$ 没有戴帽子）",
    },
  },
};
