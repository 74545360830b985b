// What the weight editor's gradients and its "Take one step" say, in English and Chinese; en.ts and
// zh.ts include these as `learnStep`. Numbers are written by `num`: four decimals, or three
// significant digits in powers of ten when that would show nothing (0.0000031) or too much (4.5e6),
// with the typographic minus.

/** A number for a sentence: "0.0827", "−0.0031", "3.10e−6", "4.51e+6", "∞", "NaN". */
export function num(x: number): string {
  if (Number.isNaN(x)) return "NaN";
  if (!Number.isFinite(x)) return x > 0 ? "∞" : "−∞";
  const a = Math.abs(x);
  const s = a !== 0 && (a < 1e-3 || a >= 1e5) ? x.toExponential(2) : x.toFixed(4);
  return s.replace(/-/gu, "−");
}

/** A change, always signed: "−0.0036", "+0.1200". */
export const signed = (x: number): string => (x > 0 ? `+${num(x)}` : num(x));

const kept = (n: number) => (n === 1 ? "1 step kept" : `${n} steps kept`);

export const learnStepEn = {
  showGradients: "Show gradients",
  legend: (symbol: string, max: string) => `Colours show ∂L/∂${symbol}: purple above 0, orange below, full colour at ±${max}.`,
  gradientGrid: (title: string) => `${title}, gradients ∂L/∂θ`,
  readout: (name: string, value: string, grad: string) => `${name} = ${value}, ∂L/∂${name} = ${grad}`,
  cellGradient: (grad: string) => `, ∂L/∂θ ${grad}`,
  heading: "One step of gradient descent",
  region: "Gradient descent on this sentence",
  known: (source: string, target: string) => `The loss L is −Σ log p of the target, teacher-forced, for “${source}” → “${target}”, its translation in the corpus.`,
  greedy: (source: string, target: string) =>
    `“${source}” has no known translation here, so the target is the model's own greedy output “${target}”: a step makes the model surer of what it already says.`,
  noSentence: "There is no sentence to learn from: type one in the player.",
  failed: (why: string) => `No gradient for this sentence: ${why}.`,
  loss: (loss: string, norm: string) => `L = ${loss}, ‖∂L/∂θ‖ = ${norm}`,
  rate: "Learning rate η",
  take: "Take one step",
  undo: "Undo step",
  kept,
  stepped: (before: string, after: string, change: string) => `L: ${before} → ${after} (${change})`,
  wentUp: "The loss went up: the step overshot the minimum along the gradient. A smaller η goes less far.",
  undone: (n: number) => `Step undone: the weights are back as they were before it (${kept(n)}).`,
  unchanged: "The weights are unchanged.",
  rateEmpty: "Type a learning rate: a number above 0, such as 0.1.",
  rateNotNumber: (text: string) => `“${text}” is not a number; the learning rate must be a number above 0, such as 0.1. Nothing was changed.`,
  rateNotPositive: (text: string) => `The learning rate must be above 0, and ${text} is not: a step along +∂L/∂θ would raise the loss. Nothing was changed.`,
  rateNotFinite: (text: string) => `${text} is not a finite learning rate. Nothing was changed.`,
  diverged: {
    gradientNotFinite: () => "Not taken: the gradient is not a finite number (NaN or ∞), so no step can follow it.",
    gradientExploding: (norm: string, limit: string) => `Not taken: the gradient is exploding (‖∂L/∂θ‖ = ${norm}, above ${limit}).`,
    weightsNotFinite: (eta: string) => `Not taken: a weight became ∞ after the step: the learning rate ${eta} is too large.`,
    lossNotFinite: (loss: string, eta: string) => `Not taken: the loss became ${loss} after the step: the learning rate ${eta} is too large.`,
    lossExploded: (before: string, after: string, eta: string) =>
      `Not taken: the loss would grow from ${before} to ${after}, more than a hundredfold: the learning rate ${eta} is too large.`,
  },
};

export type LearnStepWords = typeof learnStepEn;

const keptZh = (n: number) => `保留了 ${n} 步`;

export const learnStepZh: LearnStepWords = {
  showGradients: "显示梯度",
  legend: (symbol, max) => `颜色表示 ∂L/∂${symbol}：大于 0 为紫色，小于 0 为橙色，±${max} 时颜色最深。`,
  gradientGrid: (title) => `${title}，梯度 ∂L/∂θ`,
  readout: (name, value, grad) => `${name} = ${value}，∂L/∂${name} = ${grad}`,
  cellGradient: (grad) => `，∂L/∂θ ${grad}`,
  heading: "梯度下降走一步",
  region: "在这个句子上做梯度下降",
  known: (source, target) => `损失 L 是在教师强制下目标句的 −Σ log p，句对为 “${source}” → “${target}”（语料中的译文）。`,
  greedy: (source, target) => `“${source}” 在这里没有已知的译文，所以目标句用模型自己的贪心输出 “${target}”：走一步会让模型对它已经给出的译文更有把握。`,
  noSentence: "没有可以学习的句子：请在播放器里输入一个句子。",
  failed: (why) => `无法为这个句子计算梯度：${why}。`,
  loss: (loss, norm) => `L = ${loss}，‖∂L/∂θ‖ = ${norm}`,
  rate: "学习率 η",
  take: "走一步",
  undo: "撤销这一步",
  kept: keptZh,
  stepped: (before, after, change) => `L：${before} → ${after}（${change}）`,
  wentUp: "损失变大了：这一步沿梯度走过了最低点。η 小一些，走得就近一些。",
  undone: (n) => `已撤销这一步：权重回到了这一步之前的样子（${keptZh(n)}）。`,
  unchanged: "权重没有改变。",
  rateEmpty: "请输入学习率：一个大于 0 的数，例如 0.1。",
  rateNotNumber: (text) => `“${text}” 不是数字；学习率必须是大于 0 的数，例如 0.1。没有做任何改变。`,
  rateNotPositive: (text) => `学习率必须大于 0，而 ${text} 不是：沿 +∂L/∂θ 走一步会让损失变大。没有做任何改变。`,
  rateNotFinite: (text) => `${text} 不是有限的学习率。没有做任何改变。`,
  diverged: {
    gradientNotFinite: () => "没有走这一步：梯度不是有限的数（NaN 或 ∞），无法沿它走。",
    gradientExploding: (norm, limit) => `没有走这一步：梯度爆炸了（‖∂L/∂θ‖ = ${norm}，超过 ${limit}）。`,
    weightsNotFinite: (eta) => `没有走这一步：走完后有权重变成了 ∞：学习率 ${eta} 太大了。`,
    lossNotFinite: (loss, eta) => `没有走这一步：走完后损失变成了 ${loss}：学习率 ${eta} 太大了。`,
    lossExploded: (before, after, eta) => `没有走这一步：损失会从 ${before} 增长到 ${after}，超过一百倍：学习率 ${eta} 太大了。`,
  },
};
