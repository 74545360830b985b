// The concept checks of the learning chapter (lessons 17–21), in English and Chinese; concepts.ts
// spreads them into CONCEPTS.

import { o, type Bilingual } from "./conceptTypes.ts";

export const LEARNING_CONCEPTS: Readonly<Record<string, Bilingual>> = {
  crossEntropy: {
    en: {
      question: "At one step the model gives the right word p = 0.01. What does the cross-entropy loss of that step do compared with p = 0.5?",
      options: [
        o("It is much larger: −log 0.01 = 4.61 against −log 0.5 = 0.69", true, "The loss grows without bound as the right word's probability goes to 0: a confident mistake costs most."),
        o("It is about the same: both are wrong", false, "Cross-entropy is not right-or-wrong; it reads the probability of the right word."),
        o("It is smaller, because 0.01 is close to 0", false, "The loss is −log p, which is large when p is small."),
      ],
    },
    zh: {
      question: "某一步模型给正确的词的概率是 p = 0.01。与 p = 0.5 相比，这一步的交叉熵损失怎样？",
      options: [
        o("大得多：−log 0.01 = 4.61，而 −log 0.5 = 0.69", true, "正确词的概率趋于 0 时，损失无限增大：自信的错误代价最大。"),
        o("差不多：两者都错了", false, "交叉熵不是只看对错，它读的是正确词的概率。"),
        o("更小，因为 0.01 接近 0", false, "损失是 −log p，p 越小损失越大。"),
      ],
    },
  },
  perplexity: {
    en: {
      question: "A model's mean loss per token is log 4 on a test set. What is its perplexity, and what does it mean?",
      options: [
        o("4: on average it is as unsure as a uniform choice among four words", true, "Perplexity is exp(mean loss per token), the inverse geometric mean of the right words' probabilities."),
        o("log 4 ≈ 1.39: the loss itself", false, "Perplexity is the exponential of the mean loss, not the loss."),
        o("1/4: the probability of the whole sentence", false, "The sentence's probability is a product over its words; perplexity is per word and is at least 1."),
      ],
    },
    zh: {
      question: "某模型在测试集上每个词元的平均损失是 log 4。它的困惑度是多少，含义是什么？",
      options: [
        o("4：平均来说，它就像在四个词中均匀地选一个那样不确定", true, "困惑度是 exp（每词元平均损失），即正确词概率的几何平均的倒数。"),
        o("log 4 ≈ 1.39：就是损失本身", false, "困惑度是平均损失的指数，不是损失。"),
        o("1/4：整句的概率", false, "整句的概率是各词概率的乘积；困惑度按词计算，至少为 1。"),
      ],
    },
  },
  teacherForcing: {
    en: {
      question: "Under teacher forcing, what does the decoder read at step t′ during training?",
      options: [
        o("The reference's word $y_{t'-1}$, whatever it predicted at the step before", true, "That is what makes the loss a fixed function of the weights and every step a useful lesson."),
        o("Its own most likely word from the step before", false, "That is free running, as at translation time."),
        o("The whole target sentence at once", false, "A recurrent decoder reads one previous word per step; only a Transformer's masked pass computes all steps at once, and each still sees only the words before it."),
      ],
    },
    zh: {
      question: "在教师强制下，训练时解码器在第 t′ 步读入什么？",
      options: [
        o("参考译文的词 $y_{t'-1}$，不管它上一步预测了什么", true, "这样损失是权重的固定函数，每一步都能学到东西。"),
        o("它自己上一步最可能的词", false, "那是自由运行，和翻译时一样。"),
        o("一次读入整个目标句", false, "循环解码器每步只读一个前面的词；只有 Transformer 的带掩码计算一次算出所有步，而每一步仍然只看得到它前面的词。"),
      ],
    },
  },
  exposureBias: {
    en: {
      question: "What is exposure bias?",
      options: [
        o("A model trained only on right prefixes meets its own mistakes first at translation time, and its errors compound", true, "After one wrong word it is in a state training never showed it."),
        o("The model sees some training sentences more often than others", false, "That is a sampling question, not exposure bias."),
        o("The attention weights favour the first source words", false, "Exposure bias is about what the decoder reads, not where it attends."),
      ],
    },
    zh: {
      question: "什么是曝光偏差？",
      options: [
        o("只在正确前缀上训练的模型，翻译时才第一次遇到自己的错误，错误会累积", true, "错了一个词之后，它就处在训练中从没见过的状态。"),
        o("模型看到某些训练句子的次数比别的多", false, "那是采样的问题，不是曝光偏差。"),
        o("注意力权重偏向源句开头的词", false, "曝光偏差讲的是解码器读入什么，而不是它关注哪里。"),
      ],
    },
  },
  bpttSum: {
    en: {
      question: "The encoder uses the same $W_h$ at every one of its T steps. What is ∂L/∂$W_h$?",
      options: [
        o("The sum over the steps of each step's term $\\delta_t h_{t-1}^{\\top}$", true, "A weight used several times collects one term per use: the chain rule adds them."),
        o("The last step's term only", false, "Every step used $W_h$, so every step contributes."),
        o("The product of the steps' terms", false, "Products appear along the chain of states; the uses of one weight add."),
      ],
    },
    zh: {
      question: "编码器在 T 步中每一步都用同一个 $W_h$。∂L/∂$W_h$ 是什么？",
      options: [
        o("各步的项 $\\delta_t h_{t-1}^{\\top}$ 之和", true, "一个权重被用了几次，就收集几项：链式法则把它们加起来。"),
        o("只有最后一步的项", false, "每一步都用了 $W_h$，每一步都有贡献。"),
        o("各步的项之积", false, "乘积出现在状态链上；同一个权重的多次使用是相加的。"),
      ],
    },
  },
  lstmHighway: {
    en: {
      question: "Why can an LSTM's gradient travel back over many steps where an RNN's vanishes?",
      options: [
        o("Along the memory cell, ∂$C_t$/∂$C_{t-1}$ is diag($f_t$): no weight matrix and no tanh′, so with $f_t$ ≈ 1 it passes unchanged", true, "The forget gate lets the network choose to keep its gradient."),
        o("An LSTM has more parameters", false, "Size alone does not help; the RNN's Jacobian is bounded by its $W_h$ whatever the size."),
        o("The LSTM clips its gradients", false, "Clipping is a training choice, and it only shortens gradients."),
      ],
    },
    zh: {
      question: "为什么 LSTM 的梯度能往回传很多步，而 RNN 的会消失？",
      options: [
        o("沿着记忆单元，∂$C_t$/∂$C_{t-1}$ 是 diag($f_t$)：没有权重矩阵，也没有 tanh′，$f_t$ ≈ 1 时梯度原样传回", true, "遗忘门让网络可以选择保留梯度。"),
        o("LSTM 的参数更多", false, "规模本身没有帮助；无论多大，RNN 的雅可比都受它的 $W_h$ 限制。"),
        o("LSTM 会裁剪自己的梯度", false, "裁剪是训练时的选择，而且只会让梯度变短。"),
      ],
    },
  },
  clipping: {
    en: {
      question: "Gradient clipping with threshold τ = 5 meets a gradient of norm 50. What does it do?",
      options: [
        o("Multiplies the whole gradient by 5/50 = 0.1, keeping its direction", true, "g ← g · min(1, τ/‖g‖): the length is capped, the direction kept."),
        o("Sets every entry above 5 to 5", false, "That is clipping by value, which changes the direction; the book clips by norm."),
        o("Skips the update", false, "The update still happens, with the shortened gradient."),
      ],
    },
    zh: {
      question: "阈值 τ = 5 的梯度裁剪遇到范数为 50 的梯度。它做什么？",
      options: [
        o("把整个梯度乘以 5/50 = 0.1，方向不变", true, "g ← g · min(1, τ/‖g‖)：长度被限制，方向保留。"),
        o("把每个大于 5 的分量设为 5", false, "那是按值裁剪，会改变方向；本书按范数裁剪。"),
        o("跳过这次更新", false, "更新照常进行，只是用缩短后的梯度。"),
      ],
    },
  },
  learningRate: {
    en: {
      question: "One SGD step with η = 100 makes the running sentence's loss 90 times larger. Why?",
      options: [
        o("The gradient describes the loss only near the current weights; a step that long lands where it no longer does", true, "Too large a learning rate overshoots; in lesson 21's table η up to 10 still helps."),
        o("The gradient was computed wrongly", false, "The same gradient with η = 1 lowers the loss."),
        o("Larger steps always lower the loss faster", false, "Only while the step stays where the gradient is a good guide."),
      ],
    },
    zh: {
      question: "η = 100 的一步 SGD 让例句的损失变大了几十倍。为什么？",
      options: [
        o("梯度只在当前权重附近描述损失；步子这么大，落到了它不再适用的地方", true, "学习率太大会越过头；在第 21 课的表中，η 取较小的值时这一步仍有帮助。"),
        o("梯度算错了", false, "同一个梯度在 η = 1 时让损失下降。"),
        o("步子越大，损失下降越快", false, "只有在步子还停留在梯度可以指引的范围内时才是这样。"),
      ],
    },
  },
};
