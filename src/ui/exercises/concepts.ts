// Concept checks: a question, and for every option whether it is right and why, in both languages.

import { o, type Bilingual } from "./conceptTypes.ts";
import { LEARNING_CONCEPTS } from "./learningConcepts.ts";

export const CONCEPTS: Readonly<Record<string, Bilingual>> = {
  ...LEARNING_CONCEPTS,
  contextRole: {
    en: {
      question: "In the plain encoder–decoder of this lesson, what does the decoder receive from the encoder?",
      options: [
        o("One fixed vector c, a summary of the whole source sentence", true, "The encoder compresses the sentence into c (here c = $h_T$), and the decoder starts from it."),
        o("Every source word's embedding, one at each decoder step", false, "That is closer to attention (lesson 7), which looks at every $h_j$; the plain decoder sees only c."),
        o("The target sentence, to copy", false, "The target is what the decoder produces; it is not given to it at translation time."),
      ],
    },
    zh: {
      question: "在本课的基本编码器–解码器中，解码器从编码器得到什么？",
      options: [
        o("一个固定的向量 c，概括整个源句", true, "编码器把句子压缩为 c（这里 c = $h_T$），解码器从它出发。"),
        o("每个源词的嵌入，每个解码步一个", false, "这更接近注意力（第 7 课），它查看每个 $h_j$；基本解码器只看到 c。"),
        o("要照抄的目标句", false, "目标句是解码器要生成的，翻译时并不交给它。"),
      ],
    },
  },
  lengths: {
    en: {
      question: "Can the output sentence have a different length from the input?",
      options: [
        o("Yes: the decoder stops when it produces <eos>", true, "The decoder runs its own steps t' = 1, 2, … until <eos> or a length limit, independent of T."),
        o("No: one output word per input word", false, "That would be a tagger; seq2seq separates the two lengths through c."),
        o("Only if the sentences are padded to the same length", false, "Padding is a batching detail; the model itself decides the length by producing <eos>."),
      ],
    },
    zh: {
      question: "输出句的长度可以和输入句不同吗？",
      options: [
        o("可以：解码器生成 <eos> 时停止", true, "解码器按自己的步 t' = 1, 2, … 运行，直到 <eos> 或长度上限，与 T 无关。"),
        o("不可以：每个输入词对应一个输出词", false, "那是序列标注；seq2seq 通过 c 把两种长度分开。"),
        o("只有把句子补齐到同样长度时才可以", false, "补齐只是批处理的细节；长度由模型生成 <eos> 决定。"),
      ],
    },
  },
  rnnShared: {
    en: {
      question: "The RNN reads $x_1$, …, $x_T$. Which weights does it use at step t = 3?",
      options: [
        o("The same $W_h$, $W_x$ and b as at every step", true, "The cell is applied again and again with shared weights; only $h_{t-1}$ and $x_t$ change."),
        o("A third set of weights, one set per position", false, "Then the model could not read sentences longer than it had weights for."),
        o("$W_h$ only: $W_x$ is used at step 1", false, "Every step reads a new word $x_t$ through $W_x$."),
      ],
    },
    zh: {
      question: "RNN 依次读入 $x_1$, …, $x_T$。第 t = 3 步用哪些权重？",
      options: [
        o("与每一步相同的 $W_h$、$W_x$ 和 b", true, "同一个单元以共享的权重反复使用；变化的只有 $h_{t-1}$ 和 $x_t$。"),
        o("第三组权重，每个位置一组", false, "那样模型就无法读比权重组数更长的句子。"),
        o("只用 $W_h$：$W_x$ 只在第 1 步使用", false, "每一步都通过 $W_x$ 读入一个新词 $x_t$。"),
      ],
    },
  },
  lstmForget: {
    en: {
      question: "An LSTM's forget gate $f_t$ is close to 1 in every entry, and $i_t$ close to 0. What happens to $C_t$?",
      options: [
        o("$C_t$ ≈ $C_{t-1}$: the memory passes through unchanged", true, "$C_t$ = $f_t$ ⊙ $C_{t-1}$ + $i_t$ ⊙ $\\tilde{C}_t$; with f ≈ 1 and i ≈ 0 only the old cell remains."),
        o("$C_t$ ≈ 0: the memory is forgotten", false, "A forget gate near 1 keeps the memory; near 0 it erases it."),
        o("$C_t$ ≈ $\\tilde{C}_t$: the candidate replaces the memory", false, "That needs f ≈ 0 and i ≈ 1."),
      ],
    },
    zh: {
      question: "LSTM 的遗忘门 $f_t$ 各分量都接近 1，$i_t$ 接近 0。$C_t$ 会怎样？",
      options: [
        o("$C_t$ ≈ $C_{t-1}$：记忆原样通过", true, "$C_t$ = $f_t$ ⊙ $C_{t-1}$ + $i_t$ ⊙ $\\tilde{C}_t$；f ≈ 1、i ≈ 0 时只剩旧记忆。"),
        o("$C_t$ ≈ 0：记忆被遗忘", false, "遗忘门接近 1 是保留记忆；接近 0 才是擦除。"),
        o("$C_t$ ≈ $\\tilde{C}_t$：候选值取代记忆", false, "那需要 f ≈ 0 且 i ≈ 1。"),
      ],
    },
  },
  gruForms: {
    en: {
      question: "What separates the GRU's reset-before and reset-after forms?",
      options: [
        o("Where $r_t$ multiplies: $h_{t-1}$ before $W_n$, or $W_{nh}$ $h_{t-1}$ + $b_{nh}$ after it", true, "Reset-before forms r ⊙ $h_{t-1}$ and then multiplies by $W_n$; reset-after scales the product $W_{nh}$ $h_{t-1}$ + $b_{nh}$."),
        o("Whether $z_t$ or 1 − $z_t$ keeps the old state", false, "Both forms write $h_t$ = (1 − $z_t$) ⊙ ñ_t + $z_t$ ⊙ $h_{t-1}$."),
        o("Reset-after has no reset gate", false, "Both have $r_t$; they apply it in different places."),
      ],
    },
    zh: {
      question: "GRU 的“先重置”和“后重置”两种形式区别在哪里？",
      options: [
        o("$r_t$ 乘在哪里：乘 $W_n$ 之前的 $h_{t-1}$，或之后的 $W_{nh}$ $h_{t-1}$ + $b_{nh}$", true, "先重置形式先算 r ⊙ $h_{t-1}$ 再乘 $W_n$；后重置形式缩放乘积 $W_{nh}$ $h_{t-1}$ + $b_{nh}$。"),
        o("保留旧状态的是 $z_t$ 还是 1 − $z_t$", false, "两种形式都写作 $h_t$ = (1 − $z_t$) ⊙ ñ_t + $z_t$ ⊙ $h_{t-1}$。"),
        o("后重置形式没有重置门", false, "两者都有 $r_t$，只是作用的位置不同。"),
      ],
    },
  },
  bidirectional: {
    en: {
      question: "In a bidirectional encoder, what is $h_t$?",
      options: [
        o("[h→_t; h←_t]: both directions' states at position t, stacked (width 2n)", true, "The backward state h←_t has read $x_T$ … $x_t$, so $h_t$ sees the whole sentence."),
        o("The average of the two directions' states (width n)", false, "The states are concatenated, not averaged: the width doubles."),
        o("The backward pass's state only", false, "Both directions contribute; each has its own weights."),
      ],
    },
    zh: {
      question: "在双向编码器中，$h_t$ 是什么？",
      options: [
        o("[h→_t; h←_t]：位置 t 上两个方向的状态拼接（宽度 2n）", true, "反向状态 h←_t 已读过 $x_T$ … $x_t$，所以 $h_t$ 看到了整个句子。"),
        o("两个方向状态的平均（宽度 n）", false, "两者是拼接而不是平均：宽度加倍。"),
        o("只有反向的状态", false, "两个方向都有贡献，各有自己的权重。"),
      ],
    },
  },
  decoderVariants: {
    en: {
      question: "Which decoder reads the same context c at every step?",
      options: [
        o("Context at every step: $s_{t'}$ = g($s_{t'-1}$, $y_{t'-1}$, c)", true, "Its cell input is $[y_{t'-1}; c]$ at every step."),
        o("Context as initial state: $s_0$ = c, then $s_{t'}$ = g($s_{t'-1}$, $y_{t'-1}$)", false, "That decoder sees c only through $s_0$."),
        o("Attention: $c_{t'}$ = $Σ_j$ $\\alpha _{t'j}$ $h_j$", false, "Attention computes a new context at each step."),
      ],
    },
    zh: {
      question: "哪种解码器在每一步都读入同一个上下文 c？",
      options: [
        o("每步都用上下文：$s_{t'}$ = g($s_{t'-1}$, $y_{t'-1}$, c)", true, "它的单元输入在每一步都是 $[y_{t'-1}; c]$。"),
        o("上下文作初始状态：$s_0$ = c，然后 $s_{t'}$ = g($s_{t'-1}$, $y_{t'-1}$)", false, "这种解码器只通过 $s_0$ 看到 c。"),
        o("注意力：$c_{t'}$ = $Σ_j$ $\\alpha _{t'j}$ $h_j$", false, "注意力在每一步计算新的上下文。"),
      ],
    },
  },
  attentionWeights: {
    en: {
      question: "For one decoder step t', what do the weights $\\alpha _{t'1}$, …, $\\alpha _{t'T}$ add up to?",
      options: [
        o("1: they are a softmax over the source positions", true, "$\\alpha _{t'·}$ = softmax($e_{t'·}$), so $c_{t'}$ is a weighted average of the $h_j$."),
        o("T, one per source word", false, "Each weight lies in (0, 1) and together they make a distribution."),
        o("Anything: they are the raw scores", false, "The raw scores are $e_{t'j}$; the weights are their softmax."),
      ],
    },
    zh: {
      question: "对一个解码步 t'，权重 $\\alpha _{t'1}$, …, $\\alpha _{t'T}$ 之和是多少？",
      options: [
        o("1：它们是对源位置的 softmax", true, "$\\alpha _{t'·}$ = softmax($e_{t'·}$)，所以 $c_{t'}$ 是 $h_j$ 的加权平均。"),
        o("T，每个源词一个", false, "每个权重在 (0, 1) 之间，合起来是一个分布。"),
        o("任意值：它们就是原始得分", false, "原始得分是 $e_{t'j}$；权重是它们的 softmax。"),
      ],
    },
  },
  workedQuery: {
    en: {
      question: "Seed 003's worked example scores with the new state $s_{t'}$. What does the default model here use?",
      options: [
        o("The previous state $s_{t'-1}$ (seed 002's order)", true, "query: \"previous\" is the default; a model may choose \"current\" like seed 003."),
        o("The new state $s_{t'}$, like seed 003", false, "That is the other choice, query: \"current\"."),
        o("The context of the previous step", false, "The query is a decoder state, not a context."),
      ],
    },
    zh: {
      question: "种子 003 的示例用新状态 $s_{t'}$ 打分。这里默认的模型用什么？",
      options: [
        o("前一个状态 $s_{t'-1}$（种子 002 的顺序）", true, "默认是 query: \"previous\"；模型也可以像种子 003 一样选 \"current\"。"),
        o("新状态 $s_{t'}$，与种子 003 相同", false, "那是另一种选择 query: \"current\"。"),
        o("上一步的上下文", false, "查询是解码器状态，不是上下文。"),
      ],
    },
  },
  cellName: {
    en: {
      question: "Seed 000 writes $c_t$ for the LSTM's memory cell. What does this textbook write?",
      options: [
        o("$C_t$, keeping c for the context vector", true, "The sources use c for both; notation.md separates them."),
        o("$c_t$, as the source does", false, "Then $c_t$ and the context $c_{t'}$ would clash."),
        o("$h_t$", false, "$h_t$ is the hidden state, the LSTM's other vector."),
      ],
    },
    zh: {
      question: "种子 000 把 LSTM 的记忆单元写作 $c_t$。本书写作什么？",
      options: [
        o("$C_t$，c 留给上下文向量", true, "原文两者都用 c；本书的记号把它们分开。"),
        o("$c_t$，与原文相同", false, "那样 $c_t$ 会和上下文 $c_{t'}$ 混淆。"),
        o("$h_t$", false, "$h_t$ 是隐藏状态，是 LSTM 的另一个向量。"),
      ],
    },
  },
  woutName: {
    en: {
      question: "Seed 000 writes $W_o$ twice. Which matrix is $W_{\\text{out}}$ here?",
      options: [
        o("The output projection from $s_{t'}$ to the vocabulary's logits", true, "$p_{t'}$ = softmax($W_{\\text{out}}$ $s_{t'}$ + $b_{\\text{out}}$); $W_o$ stays the output gate."),
        o("The LSTM's output gate", false, "That is $W_o$."),
        o("The attention score's matrix", false, "That is $W_a$ (general) or $W_s$, $W_h$ (additive)."),
      ],
    },
    zh: {
      question: "种子 000 两次写 $W_o$。这里的 $W_{\\text{out}}$ 是哪个矩阵？",
      options: [
        o("从 $s_{t'}$ 到词表 logit 的输出投影", true, "$p_{t'}$ = softmax($W_{\\text{out}}$ $s_{t'}$ + $b_{\\text{out}}$)；$W_o$ 仍是输出门。"),
        o("LSTM 的输出门", false, "那是 $W_o$。"),
        o("注意力得分的矩阵", false, "那是 $W_a$（general）或 $W_s$、$W_h$（加性）。"),
      ],
    },
  },
  qkvRoles: {
    en: {
      question: "In $Q = X_q W^Q$, $K = X_{kv} W^K$, $V = X_{kv} W^V$, what does $\\operatorname{softmax}(Q K^\\top / \\sqrt{d_k})$ weigh?",
      options: [
        o("The rows of V: each output row is a weighted average of the values", true, "Q asks, K labels, V carries the content (seed 004)."),
        o("The rows of Q", false, "Each query gets one row of weights; the weights average the values."),
        o("The columns of $W^O$", false, "$W^O$ mixes the heads after attention."),
      ],
    },
    zh: {
      question: "在 $Q = X_q W^Q$、$K = X_{kv} W^K$、$V = X_{kv} W^V$ 中，$\\operatorname{softmax}(Q K^\\top / \\sqrt{d_k})$ 给什么加权？",
      options: [
        o("V 的各行：每个输出行是值的加权平均", true, "Q 提问，K 作标签，V 携带内容（种子 004）。"),
        o("Q 的各行", false, "每个查询得到一行权重；这些权重对值求平均。"),
        o("$W^O$ 的各列", false, "$W^O$ 在注意力之后混合各个头。"),
      ],
    },
  },
  selfAttention: {
    en: {
      question: "In encoder self-attention, where do the queries, keys and values come from?",
      options: [
        o("All three from the same encoder input X", true, "$X_q$ = $X_{kv}$ = the encoder input: every word attends to every word."),
        o("Queries from the decoder, keys and values from the encoder", false, "That is cross-attention (lesson 13)."),
        o("Queries from the encoder, keys from the decoder", false, "No attention kind mixes them that way."),
      ],
    },
    zh: {
      question: "在编码器自注意力中，查询、键和值来自哪里？",
      options: [
        o("三者都来自同一个编码器输入 X", true, "$X_q$ = $X_{kv}$ = 编码器输入：每个词关注每个词。"),
        o("查询来自解码器，键和值来自编码器", false, "那是交叉注意力（第 13 课）。"),
        o("查询来自编码器，键来自解码器", false, "没有哪种注意力这样组合。"),
      ],
    },
  },
  causalMask: {
    en: {
      question: "Why does the decoder's self-attention add M with −∞ above the diagonal?",
      options: [
        o("So that position i cannot attend to later positions j > i", true, "$e^{-\\infty} = 0$: the weights of future words are exactly 0, as at generation time."),
        o("To make the scores smaller and the softmax smoother", false, "That is the $\\sqrt{d_k}$ scaling."),
        o("So that every word attends only to itself", false, "Words at or before i keep their weights."),
      ],
    },
    zh: {
      question: "为什么解码器自注意力要加上对角线以上为 −∞ 的 M？",
      options: [
        o("让位置 i 不能关注之后的位置 j > i", true, "$e^{-\\infty} = 0$：未来词的权重恰为 0，与生成时一致。"),
        o("让得分变小、softmax 更平滑", false, "那是除以 $\\sqrt{d_k}$ 的作用。"),
        o("让每个词只关注自己", false, "位置 i 及之前的词保留各自的权重。"),
      ],
    },
  },
  crossAttention: {
    en: {
      question: "In cross-attention, how many weights does each decoder position get?",
      options: [
        o("One per source (encoder) position", true, "Keys and values come from the encoder output, so the weight matrix is $T_{dec}$ × $T_{src}$."),
        o("One per decoder position", false, "That is the decoder's self-attention."),
        o("One in total", false, "Each query row is a full distribution over the keys."),
      ],
    },
    zh: {
      question: "在交叉注意力中，每个解码器位置得到多少个权重？",
      options: [
        o("每个源（编码器）位置一个", true, "键和值来自编码器输出，所以权重矩阵是 $T_{dec}$ × $T_{src}$。"),
        o("每个解码器位置一个", false, "那是解码器的自注意力。"),
        o("一共一个", false, "每个查询行都是对所有键的完整分布。"),
      ],
    },
  },
  heads: {
    en: {
      question: "With $d_{\\text{model}}$ = 8 and h = 2 heads, what is $d_k$?",
      options: [
        o("4: each head has width $d_{\\text{model}}$ / h", true, "The heads work side by side; their outputs are concatenated back to width 8 and mixed by $W^O$."),
        o("8: every head has the full width", false, "Then the concatenation would be 16 wide."),
        o("16", false, "Heads split the width; they do not multiply it."),
      ],
    },
    zh: {
      question: "$d_{\\text{model}}$ = 8、h = 2 个头时，$d_k$ 是多少？",
      options: [
        o("4：每个头的宽度是 $d_{\\text{model}}$ / h", true, "各头并排工作，输出拼接回宽度 8，再由 $W^O$ 混合。"),
        o("8：每个头都是全宽", false, "那样拼接后宽度是 16。"),
        o("16", false, "头是分割宽度，不是乘以宽度。"),
      ],
    },
  },
  headsWhy: {
    en: {
      question: "Why use several heads rather than one wide head?",
      options: [
        o("Each head can attend to different positions for different reasons", true, "One head might follow word order, another agreement; a single softmax gives one distribution per query."),
        o("Several heads need fewer parameters", false, "$W^Q, W^K, W^V, W^O$ are $d_{\\text{model}} \\times d_{\\text{model}}$ either way."),
        o("Heads replace the positional encoding", false, "Attention alone cannot tell positions apart; the encoding is still added."),
      ],
    },
    zh: {
      question: "为什么用几个头而不是一个宽的头？",
      options: [
        o("每个头可以因不同原因关注不同位置", true, "一个头可能跟随词序，另一个关注一致关系；单个 softmax 每个查询只给一个分布。"),
        o("几个头需要的参数更少", false, "无论哪种，$W^Q, W^K, W^V, W^O$ 都是 $d_{\\text{model}} \\times d_{\\text{model}}$。"),
        o("多头取代位置编码", false, "只靠注意力分不出位置；位置编码仍然要加。"),
      ],
    },
  },
  positions: {
    en: {
      question: "Why does the Transformer add a positional encoding to its inputs?",
      options: [
        o("Attention alone does not know the order of the words", true, "Permuting the rows of X permutes the outputs the same way; PE(pos, ·) tells positions apart."),
        o("To make the vectors longer", false, "PE is added, not concatenated: the width stays $d_{\\text{model}}$."),
        o("To replace the embeddings", false, "The embeddings carry the words; PE is added to them."),
      ],
    },
    zh: {
      question: "为什么 Transformer 要给输入加上位置编码？",
      options: [
        o("只靠注意力不知道词的顺序", true, "打乱 X 的行，输出也同样被打乱；PE(pos, ·) 让位置可以区分。"),
        o("为了让向量更长", false, "PE 是相加而不是拼接：宽度仍是 $d_{\\text{model}}$。"),
        o("为了取代嵌入", false, "嵌入承载词；PE 加在它们上面。"),
      ],
    },
  },
  greedy: {
    en: {
      question: "Greedy decoding picks $y_{t'}$ = argmax $p_{t'}$. What can beam search do that greedy cannot?",
      options: [
        o("Keep several partial translations and prefer a sequence whose total probability is higher", true, "A word with a lower probability now can lead to a better whole sentence."),
        o("Find the single most probable word at each step", false, "That is exactly what greedy does."),
        o("Change the model's probabilities", false, "Every strategy reads the same $p_{t'}$; they choose differently."),
      ],
    },
    zh: {
      question: "贪心解码选 $y_{t'}$ = argmax $p_{t'}$。束搜索能做到什么贪心做不到的？",
      options: [
        o("保留几个部分译文，选总概率更高的序列", true, "现在概率较低的词可能带来更好的整句。"),
        o("在每一步找到最可能的一个词", false, "这正是贪心所做的。"),
        o("改变模型的概率", false, "每种策略读的都是同一个 $p_{t'}$，只是选法不同。"),
      ],
    },
  },
  temperature: {
    en: {
      question: "Sampling with temperature τ draws from softmax(logits / τ). What does τ < 1 do?",
      options: [
        o("Sharpens the distribution toward the most probable words", true, "Dividing by τ < 1 stretches the logits apart; as τ → 0 sampling becomes greedy."),
        o("Flattens the distribution toward uniform", false, "That is τ > 1."),
        o("Nothing: softmax ignores scaling", false, "Softmax ignores a common shift, not a scaling."),
      ],
    },
    zh: {
      question: "温度为 τ 的采样从 softmax(logits / τ) 抽取。τ < 1 有什么作用？",
      options: [
        o("让分布更集中在最可能的词上", true, "除以 τ < 1 会拉开 logit；τ → 0 时采样变成贪心。"),
        o("让分布更接近均匀", false, "那是 τ > 1。"),
        o("没有作用：softmax 不受缩放影响", false, "softmax 不受整体平移影响，但受缩放影响。"),
      ],
    },
  },
  recurrentVsTransformer: {
    en: {
      question: "What does the Transformer encoder compute that the RNN encoder computes one step after another?",
      options: [
        o("Every position's new vector, all at once (no $h_{t-1}$ to wait for)", true, "Self-attention relates all positions in one matrix product, so they run in parallel."),
        o("Nothing: it still reads the words one by one", false, "The encoder has no recurrence; only generation is step by step."),
        o("Only the last position's vector", false, "Every position gets a new vector."),
      ],
    },
    zh: {
      question: "RNN 编码器一步接一步算的东西，Transformer 编码器怎样算？",
      options: [
        o("所有位置的新向量一次算出（不必等 $h_{t-1}$）", true, "自注意力用一次矩阵乘法联系所有位置，所以可以并行。"),
        o("没有区别：它仍逐词读入", false, "编码器没有循环；只有生成是逐步的。"),
        o("只算最后一个位置的向量", false, "每个位置都得到新的向量。"),
      ],
    },
  },
};
