// The player's decoding and model-facts words in Chinese (the English ones are in messages.ts): a file
// of its own, so that it travels with src/ui/i18n/zh.ts in the Chinese chunk and English pages never fetch it.

import { pct, type DecodingMessages, type ModelFactsMessages } from "./player.ts";

export const decodingZh: DecodingMessages = {
  label: "解码方式",
  kinds: { greedy: "贪心（argmax）", sample: "采样（τ、种子）" },
  temperature: "温度 τ",
  temperatureNumber: "温度 τ（数值）",
  seed: "种子",
  seedNumber: "采样种子",
  notNumber: (text) => `“${text}”不是数：温度必须是大于 0 的数。`,
  notPositive: (text) => `${text} 不能作温度：τ 必须大于 0（logits 要除以它）。`,
  tooSmall: (text, min) => `${text} 太接近 0：低于 ${min} 时采样就是贪心解码。请用 ${min} 或更大的值。`,
  tooLarge: (text, max) => `${text} 太大：高于 ${max} 时每个词的概率都一样。请用不超过 ${max} 的值。`,
  tempered: "采样温度下的分布",
  drawn: (seed) => `下一个词元（用种子 ${seed} 抽取）`,
  outputAt: (t, temperature) => `τ = ${temperature} 时的输出分布，t′ = ${t}`,
  outputLabel: (t, token, temperature) => `解码第 ${t} 步最可能的词元，概率取温度 ${temperature} 下的值；抽到的词元是 ${token}。刻度线标出 τ = 1 时的 p。`,
  drawnMark: "◀ 抽到",
  pAt: (temperature) => `τ = ${temperature} 时的 p`,
  drawnWord: "抽到",
  ticks: "条形：温度 τ 下的 p · 刻度线：τ = 1 时的 p",
  ignoredTemperature: (value) => `此图忽略 temperature="${value}"：应为 0.01 到 100 之间的数。`,
  ignoredSeed: (value) => `此图忽略 seed="${value}"：应为整数。`,
  ignoredStep: (value) => `此图忽略 step="${value}"：应为这个句子所有的步骤编号，如 enc.f.1、ctx 或 dec.1。`,
};

export const modelFactsZh: ModelFactsMessages = {
  region: "模型知道什么",
  accuracy: "留出集准确率：",
  accuracyValue: (x) => `留出句子（训练时从未见过）中有 ${pct(x)} 被完全译对`,
  beforeEdits: "在你修改权重之前测得",
  notMeasuredDemo: "未测：这些权重是随机的，没有训练过",
  notMeasuredImported: "未测：导入的模型文件没有给出",
  notMeasuredPreset: "此模型未测",
  loading: "训练好的模型还在加载",
  vocabulary: (n) => `它能读的词（${n} 个）`,
  vocabularyHint: "按下一个词即可把它加到句子末尾；← 和 → 在词之间移动。其他的词都按 <unk> 读入。",
};
