// Lesson 20's GradientFlow widget in Chinese (the English words and the type are in gradients.ts).

import { sub, tenTo, type GradientsMessages } from "./gradients.ts";

export const gradientsZh: GradientsMessages = {
  region: "梯度消失与梯度爆炸（实时计算）",
  task: (T, n, bias) =>
    `任务：把 ${T} 个符号倒序。三个未训练的模型（固定随机种子，n = ${n}）；解码器从 s₀ = h${sub(T)} 出发，除此之外不读源句，所以梯度只能经过 t 之后的每一步才能回到 hₜ。LSTM 的遗忘门和 GRU 的更新门一开始是打开的（偏置 ${bias}）。`,
  scale: "循环权重的缩放 k",
  scaleHint: "k 乘以每个单元矩阵中作用于 hₜ₋₁ 的那些列（编码器和解码器）。",
  cells: { rnn: "RNN", lstm: "LSTM", "gru-reset-after": "GRU" },
  chartLabel: (k) => `‖∂L/∂hₜ‖ 随编码器步 t 的变化，对数纵轴，三条曲线（RNN、LSTM、GRU），缩放 k = ${k}。图后的摘要给出数值。`,
  xAxis: "编码器步 t",
  yAxis: "‖∂L/∂hₜ‖（对数刻度）",
  summary: (cell, T, first, e) => {
    const last = `‖∂L/∂h${sub(T)}‖`;
    if (e === null) return `${cell}：‖∂L/∂h₁‖ = ${first}，无法与 ${last} 比较（0、∞ 或 NaN）`;
    return `${cell}：‖∂L/∂h₁‖ = ${first}，${e < 0 ? `是 ${last} 的 ${tenTo(e)}` : e === 0 ? `与 ${last} 相当` : `是 ${last} 的 ${tenTo(e)} 倍`}`;
  },
  notDrawn: (t) => `未画出（0、∞ 或 NaN）：t = ${t}。`,
  table: "全部范数（表格）",
  tableCaption: (k) => `k = ${k} 时的 ‖∂L/∂hₜ‖`,
  step: "t",
  clip: "按范数裁剪梯度",
  threshold: "‖g‖ 的裁剪阈值",
  clipCaption: "全局梯度范数 ‖g‖ = ‖∂L/∂θ‖（所有参数），裁剪前后",
  columns: { model: "模型", before: "裁剪前 ‖g‖", after: "裁剪后 ‖g‖", acted: "裁剪" },
  clipped: "✂ 已裁剪",
  notClipped: "无需裁剪",
  clipOff: "关闭",
  notPositive: (text) => `“${text}”不是有效阈值：裁剪需要一个大于 0 的数。`,
};
