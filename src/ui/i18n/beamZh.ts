// The beam player's words in Chinese (the English ones are in messages.ts): a file of its own, so that
// it travels with src/ui/i18n/zh.ts in the Chinese chunk and English pages never fetch it.

import type { BeamMessages } from "./beam.ts";

export const beamZh: BeamMessages = {
  region: "束搜索播放器",
  formulas: "束搜索公式",
  settings: "束搜索设置",
  width: "束宽 K",
  alpha: "长度惩罚 α",
  widthNotWhole: (text) => `“${text}”不能作束宽：K 是假设的个数，必须是整数。`,
  widthBelowOne: (text) => `${text} 太小：束里至少保留 1 个假设（K = 1 就是贪心解码）。`,
  widthAboveVocab: (text, max) => `${text} 太大：K 最多为 ${max}，即这个模型能写出的词数。`,
  alphaNotNumber: (text) => `“${text}”不是数：α 是 0 到 10 之间的数。`,
  alphaNegative: (text) => `${text} 是负数：α 必须大于或等于 0（α = 0 时只按 log P 打分）。`,
  alphaTooLarge: (text, max) => `${text} 太大：高于 ${max} 时得分只奖励长度。请用不超过 ${max} 的值。`,
  widthCapped: (asked, max) => `链接要求 K = ${asked}，超过模型的 ${max} 个词：搜索保留 ${max} 个。`,
  phases: { expand: "扩展", score: "打分", prune: "剪枝" },
  title: (t, phase) => ({ expand: `t′ = ${t}，扩展：束中每个假设 × 每个词`, score: `t′ = ${t}，打分：每个候选的 log P 与 log P / n^α`, prune: `t′ = ${t}，剪枝：保留最好的 K 个` })[phase],
  said: (t, phase, words, score) =>
    ({ expand: `第 ${t} 步：每个假设都接上每个词；最可能的是“${words}”。`, score: `第 ${t} 步：已打分；最好的候选“${words}”得分 ${score}。`, prune: `第 ${t} 步：剪到最好的 K 个；最好的是“${words}”，得分 ${score}。` })[phase],
  stepHead: (t) => `t′ = ${t}`,
  more: (n) => `另有 ${n} 个被剪掉`,
  score: "得分",
  legend: "● 保留（留在束中）· ■ 完成（以 <eos> 结尾）· × 剪掉",
  treeLabel: (source, best) => `“${source}”的束搜索树：每一列是一个解码步；最好的译文是“${best}”。树后的表格列出同样的假设。`,
  treeBox: "束搜索树（在自己的框内滚动）",
  tableCaption: (t) => `t′ = ${t} 时的假设`,
  tables: "用表格看这棵树",
  columns: { rank: "名次", hypothesis: "假设", logp: "log p", logP: "log P", score: "得分", status: "状态" },
  status: { kept: "● 保留", finished: "■ 完成", pruned: "× 剪掉", candidate: "尚未剪枝" },
  best: (words, score) => `最好：“${words}”（得分 ${score}）`,
  notStarted: "请输入至少含一个词的句子。",
  keysHint: "播放器获得焦点时的按键：→ 下一阶段，← 上一阶段，空格 播放或暂停，Home 第一步，End 最后一步，P 演示。",
  expandCaption: "扩展：束中的每个假设，乘以词表中的每个词",
  logpCaption: (t) => `第 ${t} 步最可能候选的词的对数概率`,
  sumCaption: (words) => `“${words}”的 log P：各词对数概率之和`,
  bestCaption: (words) => `最好的假设“${words}”：它的 log P`,
  scoreCaption: "它的得分：log P 除以长度 n 的幂",
  pruneCaption: (kept, finished, pruned) => `剪枝：保留 ${kept} 个，完成 ${finished} 个，剪掉 ${pruned} 个`,
  ignoredWidth: (value) => `此图忽略 K="${value}"：应为 1 到 64 之间的整数。`,
  ignoredAlpha: (value) => `此图忽略 alpha="${value}"：应为 0 到 10 之间的数。`,
};
