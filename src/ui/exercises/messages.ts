// The exercises' words in English and Chinese. They live in the exercises' own chunk (not in the
// shell's dictionaries), so a lesson that never scrolls to its exercises does not download them.

import type { RefusalKind, SlipId } from "../../exercises/index.ts";
import type { Lang } from "../i18n/index.ts";
import { LEARNING } from "./learningMessages.ts";
import { MORE } from "./moreMessages.ts";

export interface ExerciseMessages {
  readonly heading: string;
  readonly intro: (tolerance: string) => string;
  readonly numbered: (n: number) => string;
  readonly answerLabel: string;
  readonly check: string;
  readonly correct: string;
  readonly slip: (name: string) => string;
  readonly wrong: string;
  readonly refusal: Readonly<Record<RefusalKind, string>>;
  readonly slips: Readonly<Record<SlipId, string>>;
  readonly hint: string;
  readonly solution: string;
  readonly answerIs: string;
  readonly kinds: Readonly<Record<string, string>>;
  readonly newNumbers: string;
  readonly reset: string;
  readonly progress: (done: number, total: number) => string;
  readonly linkSeed: (seed: number) => string;
  readonly copyLink: string;
  readonly conceptLegend: string;
  readonly conceptCorrect: string;
  readonly conceptWrong: string;
  readonly loading: string;
}

export const en: ExerciseMessages = {
  heading: "Exercises",
  intro: (tol) =>
    `Your own numbers: compute by hand or with a calculator. Write decimals (0.25 or 0,25), fractions (1/4), percentages (25%) or 2.5e-1. An answer counts as correct within ${tol} of the exact value, so rounding to 3 decimals is enough.`,
  numbered: (n) => `Exercise ${n}`,
  answerLabel: "Your answer for",
  check: "Check",
  correct: "Correct.",
  slip: (name) => `Not quite: this is the value you get when ${name}.`,
  wrong: "Not this value. Check each step against the formula, or open the worked solution.",
  refusal: {
    empty: "Type a number first (nothing was checked).",
    notNumber: "This is not a number we can read (nothing was checked). Try 0.25, 1/4, 25% or 2.5e-1.",
    ambiguous: "Is the comma a decimal point or a thousands separator? Write 1.234 or 1234 (nothing was checked).",
    zeroDenominator: "A fraction cannot have 0 below the line (nothing was checked).",
  },
  slips: { ...MORE.en.slips, ...LEARNING.en.slips,
    noBias: "the bias is left out",
    wrongQuery: "the other decoder state is used as the query ($s_{t'}$ for $s_{t'-1}$ or the other way)",
    transposed: "the weight matrix is transposed",
    wrongAxis: "softmax runs over the wrong axis (down a column instead of along the row)",
    scaleN: "the score is divided by $n$ instead of $\\sqrt{n}$",
    unscaled: "the score is not divided by $\\sqrt{n}$",
    zSwap: "z and 1 − z are swapped",
    resetPlace: "the reset gate is applied in the other form's place",
    concatOrder: "the input is stacked as $[x_t; h_{t-1}]$ instead of $[h_{t-1}; x_t]$",
    gatesSwapped: "the forget and input gates are swapped",
    noPrevCell: "the old memory cell $C_{t-1}$ is left out",
    noSoftmax: "softmax is left out (this is the logit)",
    noMask: "the causal mask is left out",
    unweighted: "the states are averaged without the weights α",
    sinCos: "sine and cosine are swapped",
    posFromOne: "positions are counted from 1 instead of 0",
    notDoubled: "the bidirectional state is counted once, not twice (2n)",
  },
  hint: "Hint: the formula in this lesson",
  solution: "Show the worked solution",
  answerIs: "Answer:",
  kinds: { ...MORE.en.kinds, ...LEARNING.en.kinds,
    "rnn.h": "Compute an entry of the RNN's new state.",
    "lstm.gate": "Compute an entry of an LSTM gate.",
    "lstm.C": "Compute an entry of the LSTM's new memory cell.",
    "gru.h": "Compute an entry of the GRU's new state.",
    "gru.n": "Compute an entry of the GRU's candidate state, in the form shown.",
    "score.dot": "Compute the dot score (the model's query is the state named in the formula).",
    "score.scaled": "Compute the scaled dot score.",
    "score.general": "Compute the general score.",
    "score.additive": "Compute the additive score.",
    "att.softmax": "The table holds the scores of two decoder steps (rows) over three source words (columns). Compute one attention weight.",
    "att.context": "Compute an entry of the context vector.",
    "out.p": "Compute the probability the output layer gives one word of a three-word vocabulary.",
    "tf.masked": "Masked self-attention ($d_k$ = 2): compute a weight of the attention matrix.",
    "tf.cross": "Attention of two queries over three keys ($d_k$ = 2): compute a weight.",
    "tf.pe": "Compute an entry of the sinusoidal positional encoding (positions start at 0, column 0 is a sine).",
    "shape.count": "How many numbers (weights and biases) does one cell of this kind hold?",
    "shape.wout": "A bidirectional encoder, an attention decoder: how many columns does $W_{\\text{out}}$ have?",
  },
  newNumbers: "New numbers",
  reset: "Reset this lesson's progress",
  progress: (done, total) => `${done} of ${total} solved`,
  linkSeed: (seed) => `Numbers of seed ${seed}: a link with ?seed=${seed} gives everyone these numbers.`,
  copyLink: "Link to these numbers",
  conceptLegend: "Choose one answer",
  conceptCorrect: "Right.",
  conceptWrong: "Not this one.",
  loading: "Loading the exercises…",
};

export const zh: ExerciseMessages = {
  heading: "练习",
  intro: (tol) =>
    `这些是你自己的数字：请手算或用计算器。可以写小数（0.25 或 0,25）、分数（1/4）、百分数（25%）或 2.5e-1。与精确值相差不超过 ${tol} 即算正确，所以保留 3 位小数就够了。`,
  numbered: (n) => `练习 ${n}`,
  answerLabel: "你的答案：",
  check: "检查",
  correct: "正确。",
  slip: (name) => `差一点：这是${name}时得到的值。`,
  wrong: "不是这个值。请对照公式逐步检查，或展开详细解答。",
  refusal: {
    empty: "请先输入一个数（尚未检查）。",
    notNumber: "无法识别这个数（尚未检查）。可以写 0.25、1/4、25% 或 2.5e-1。",
    ambiguous: "逗号是小数点还是千位分隔符？请写 1.234 或 1234（尚未检查）。",
    zeroDenominator: "分数的分母不能是 0（尚未检查）。",
  },
  slips: { ...MORE.zh.slips, ...LEARNING.zh.slips,
    noBias: "漏掉偏置",
    wrongQuery: "用错了作查询的解码器状态（把 $s_{t'-1}$ 和 $s_{t'}$ 弄反）",
    transposed: "把权重矩阵转置",
    wrongAxis: "沿错误的轴做 softmax（按列而不是按行）",
    scaleN: "除以 $n$ 而不是 $\\sqrt{n}$",
    unscaled: "没有除以 $\\sqrt{n}$",
    zSwap: "把 z 和 1 − z 弄反",
    resetPlace: "把重置门放在另一种形式的位置",
    concatOrder: "把输入拼成 $[x_t; h_{t-1}]$ 而不是 $[h_{t-1}; x_t]$",
    gatesSwapped: "把遗忘门和输入门弄反",
    noPrevCell: "漏掉旧的记忆单元 $C_{t-1}$",
    noSoftmax: "漏掉 softmax（这是 logit）",
    noMask: "漏掉因果掩码",
    unweighted: "不乘权重 α 直接求平均",
    sinCos: "把正弦和余弦弄反",
    posFromOne: "位置从 1 而不是从 0 开始数",
    notDoubled: "双向状态只算一次宽度（应为 2n）",
  },
  hint: "提示：本课中的公式",
  solution: "展开详细解答",
  answerIs: "答案：",
  kinds: { ...MORE.zh.kinds, ...LEARNING.zh.kinds,
    "rnn.h": "计算 RNN 新状态的一个分量。",
    "lstm.gate": "计算 LSTM 某个门的一个分量。",
    "lstm.C": "计算 LSTM 新记忆单元的一个分量。",
    "gru.h": "计算 GRU 新状态的一个分量。",
    "gru.n": "按给出的形式，计算 GRU 候选状态的一个分量。",
    "score.dot": "计算点积得分（模型的查询是公式中写出的那个状态）。",
    "score.scaled": "计算缩放点积得分。",
    "score.general": "计算 general（双线性）得分。",
    "score.additive": "计算加性得分。",
    "att.softmax": "表中是两个解码步（行）对三个源词（列）的得分。计算一个注意力权重。",
    "att.context": "计算上下文向量的一个分量。",
    "out.p": "输出层对三个词的词表给出概率：计算其中一个词的概率。",
    "tf.masked": "掩码自注意力（$d_k$ = 2）：计算注意力矩阵的一个权重。",
    "tf.cross": "两个查询对三个键的注意力（$d_k$ = 2）：计算一个权重。",
    "tf.pe": "计算正弦位置编码的一个分量（位置从 0 开始，第 0 列是正弦）。",
    "shape.count": "这种单元的一个单元共有多少个数（权重和偏置）？",
    "shape.wout": "双向编码器、注意力解码器：$W_{\\text{out}}$ 有多少列？",
  },
  newNumbers: "换一组数字",
  reset: "清除本课的进度",
  progress: (done, total) => `已完成 ${done} / ${total}`,
  linkSeed: (seed) => `种子 ${seed} 的数字：带 ?seed=${seed} 的链接让每个人得到同样的数字。`,
  copyLink: "这组数字的链接",
  conceptLegend: "选择一个答案",
  conceptCorrect: "对。",
  conceptWrong: "不是这个。",
  loading: "正在加载练习……",
};

export const MESSAGES: Readonly<Record<Lang, ExerciseMessages>> = { en, zh };
