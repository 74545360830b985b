// Lesson 18's TeacherForcingComparison in Chinese (the English words and the type are in teacherForcing.ts).

import type { TeacherForcingMessages } from "./teacherForcing.ts";

export const teacherForcingZh: TeacherForcingMessages = {
  region: "教师强制与自由运行并排对比",
  model: "模型",
  models: { untrained: "未训练的（随机权重）", partly: "部分训练的", trained: "训练好的（预设）" },
  source: "句子",
  reference: "正确译文",
  emptySource: "请输入至少一个词的句子。",
  emptyReference: "请输入正确译文，至少一个词。",
  unknownReference: (words) => `模型写不出 ${words}：正确译文只能用它词表里的词。`,
  keptLast: "图中保留上一个能比较的句子对。",
  partlyHint: (n) => `部分训练的模型：按训练好的模型的配方只训练 ${n} 次更新，在你的浏览器里计算。`,
  training: (done, total) => `正在训练部分训练的模型：已完成 ${done} / ${total} 次更新……`,
  partlyFailed: (reason) => `无法得到部分训练的模型（${reason}），下面显示未训练的模型。`,
  loading: "正在加载训练好的模型……",
  failed: (reason) => `训练好的模型无法加载（${reason}），下面显示未训练的模型。`,
  forced: "教师强制",
  forcedHow: "读入正确的上一个词 yₜ′₋₁",
  free: "自由运行",
  freeHow: "读入它自己上一步的输出",
  columns: { t: "t′", input: "读入", top: "最可能的词", pRight: "p(正确词)", nll: "−log p" },
  sum: "Σ −log p",
  sumPartial: (n) => `Σ −log p（仅第 1–${n} 步）`,
  divergedMark: "≠",
  diverged: (right) => `（不是正确的词 ${right}）`,
  stopped: (t) => `它在第 ${t} 步写出 <eos> 并停止。`,
  output: "输出",
  agree: "两个解码器读入的词相同：自由运行的解码器每一步都写出了正确的词，所以训练时和使用时看到的输入一样。",
  drift: (t) => `从第 ${t} 步起，自由运行的解码器读入的不是正确的词（标为 ≠）：它的输入偏离了教师强制训练时的输入。这就是曝光偏差。`,
  caption: (name) => `${name}：每个解码步读入的词、最可能的下一个词，以及正确词的概率`,
};
