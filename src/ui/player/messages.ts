// The words of the player's decoding control and of the playground's "what the model knows" panel,
// in English and Chinese; en.ts and zh.ts take them as their `decoding` and `modelFacts` sections.

import type { DecodingKind } from "../../core/decoding.ts";

const pct = (x: number) => `${(x * 100).toFixed(0)} %`;

export const decodingEn = {
  label: "Decoding",
  kinds: { greedy: "Greedy (argmax)", sample: "Sampling (τ, seed)" } satisfies Record<DecodingKind, string>,
  temperature: "Temperature τ",
  temperatureNumber: "Temperature τ, as a number",
  seed: "Seed",
  seedNumber: "Sampling seed",
  notNumber: (text: string) => `“${text}” is not a number: a temperature is a number greater than 0.`,
  notPositive: (text: string) => `${text} is not a temperature: τ must be greater than 0 (logits are divided by it).`,
  tooSmall: (text: string, min: number) => `${text} is too close to 0: below ${min} sampling is greedy decoding. Use ${min} or more.`,
  tooLarge: (text: string, max: number) => `${text} is too large: above ${max} every word is equally likely. Use at most ${max}.`,
  /** Formula captions. */
  // Captions are set in capitals: a τ here would read as a capital tau (Τ).
  tempered: "distribution at the sampling temperature",
  drawn: (seed: number) => `next token, drawn with seed ${seed}`,
  /** The output picture. */
  outputAt: (t: number, temperature: string) => `Output distribution at τ = ${temperature}, t′ = ${t}`,
  outputLabel: (t: number, token: string, temperature: string) => `The most likely tokens at decoder step ${t}, probabilities at temperature ${temperature}; the token drawn is ${token}. Ticks mark p at τ = 1.`,
  drawnMark: "◀ drawn",
  /** The number table's column and mark. */
  pAt: (temperature: string) => `p at τ = ${temperature}`,
  drawnWord: "drawn",
  ticks: "bars: p at τ · ticks: p at τ = 1",
  /** Notes on a lesson's props. */
  ignoredTemperature: (value: string) => `This figure ignores temperature="${value}": expected a number from 0.01 to 100.`,
  ignoredSeed: (value: string) => `This figure ignores seed="${value}": expected a whole number.`,
  ignoredStep: (value: string) => `This figure ignores step="${value}": expected a step id such as enc.f.1, ctx or dec.1 that this sentence has.`,
};

export type DecodingMessages = typeof decodingEn;

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

export const modelFactsEn = {
  region: "What the model knows",
  accuracy: "Held-out accuracy:",
  accuracyValue: (x: number) => `${pct(x)} of the held-out sentences (never seen in training) translated exactly`,
  beforeEdits: "measured before your edits to the weights",
  notMeasuredDemo: "not measured: these weights are random and untrained",
  notMeasuredImported: "not measured: the imported model file does not say",
  notMeasuredPreset: "not measured for this model",
  loading: "the trained model is still loading",
  vocabulary: (n: number) => `Words it reads (${n})`,
  vocabularyHint: "Press a word to add it to the end of the sentence; ← and → move between the words. Any other word is read as <unk>.",
};

export type ModelFactsMessages = typeof modelFactsEn;

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
