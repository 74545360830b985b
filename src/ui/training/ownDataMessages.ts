// The words of the own-data section and the held-out scores, in English and Chinese. Kept out of the
// shell's dictionaries (i18n/en.ts, zh.ts) so that they load with the training page's chunk only.

import { describeOwnDataProblem, type OwnCorpusStats } from "../../core/train/ownCorpus.ts";
import type { OwnDataProblem } from "../../core/train/pairFile.ts";
import type { Lang } from "../kit/lang.ts";

export type OwnProblem = OwnDataProblem | { readonly kind: "readFailed"; readonly detail: string };

const n = (x: number) => x.toLocaleString("en-US");
const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;

const en = {
  title: "Your own sentence pairs",
  intro: "A file of sentence pairs, one per line as source<TAB>target (the Tatoeba / ManyThings format that PyTorch's translation tutorial uses, UTF-8, at most 50 MB; a third column of attribution is ignored). Drop it here or choose it; or paste pairs below.",
  file: "Sentence-pair file (.tsv, .txt)",
  paste: "Or paste pairs, one per line: source, a tab, target",
  usePasted: "Use the pasted pairs",
  pastedName: "pasted pairs",
  /** Between two sentences of a message. */
  sep: " ",
  maxTokens: "Tokens per side at most",
  minCount: "Minimum word count",
  maxPairs: "Pairs at most",
  foldAccents: "Fold accents (é → e)",
  optionsNote: "Sentences are lower-cased and each punctuation mark becomes a word; words seen fewer times than the minimum in the training pairs become <unk>. 10 % of the pairs are held out (seeded). A new value reads the pairs again.",
  reading: "Reading the pairs…",
  loaded: (name: string, s: OwnCorpusStats) =>
    `Training on ${name}: ${n(s.train)} pairs, ${n(s.heldOut)} held out; vocabularies of ${n(s.sourceVocab)} source and ${n(s.targetVocab)} target words with <sos>, <eos>, <unk>.` +
    (s.tooLong > 0 ? ` ${n(s.tooLong)} longer pairs left out.` : "") +
    (s.overMax > 0 ? ` ${n(s.overMax)} pairs past the limit left out.` : ""),
  notSaved: "A run on your own pairs is not saved in this browser; export the model file to keep it.",
  useBundled: "Back to the bundled corpus",
  refused: "Not loaded; the corpus and model you had stay.",
  problem: (p: OwnProblem): string => (p.kind === "readFailed" ? `The pairs could not be read: ${p.detail}.` : describeOwnDataProblem(p)),
  scores: (epoch: number, exact: number, bleu: number) => `Held-out after epoch ${epoch}: ${(exact * 100).toFixed(1)} % translated exactly, corpus BLEU ${(bleu * 100).toFixed(1)}.`,
  scoresNote: "BLEU-4 over the held-out pairs' tokens (0 to 100; 0 when no four words in a row match anywhere).",
};

export type OwnDataMessages = typeof en;

const zh: OwnDataMessages = {
  title: "你自己的句对",
  intro: "句对文件，每行一对：源句<TAB>目标句（PyTorch 翻译教程使用的 Tatoeba / ManyThings 格式，UTF-8，不超过 50 MB；第三列署名会被忽略）。把文件拖到这里或选择文件；也可以在下面粘贴句对。",
  file: "句对文件（.tsv、.txt）",
  paste: "或粘贴句对，每行：源句、制表符、目标句",
  usePasted: "使用粘贴的句对",
  pastedName: "粘贴的句对",
  sep: "",
  maxTokens: "每边最多词数",
  minCount: "最少出现次数",
  maxPairs: "最多句对数",
  foldAccents: "去掉重音（é → e）",
  optionsNote: "句子转为小写，每个标点成为一个词；在训练句对中出现次数少于最少次数的词记为 <unk>。按种子留出 10% 的句对。修改数值后会重新读取句对。",
  reading: "正在读取句对…",
  loaded: (name, s) =>
    `正在用 ${name} 训练：${n(s.train)} 对训练、${n(s.heldOut)} 对留出；源语言词表 ${n(s.sourceVocab)} 词、目标语言词表 ${n(s.targetVocab)} 词（含 <sos>、<eos>、<unk>）。` +
    (s.tooLong > 0 ? `${n(s.tooLong)} 对过长，未使用。` : "") +
    (s.overMax > 0 ? `超出上限的 ${n(s.overMax)} 对未使用。` : ""),
  notSaved: "用你自己的句对训练的结果不会保存在本浏览器中；请导出模型文件保存。",
  useBundled: "换回自带语料",
  refused: "未载入；原来的语料和模型保留。",
  problem: (p) => {
    switch (p.kind) {
      case "readFailed":
        return `无法读取句对：${p.detail}。`;
      case "tooLarge":
        return `文件大小为 ${mb(p.bytes)}，超过 ${mb(p.limit)} 的文件不予读取。`;
      case "notUtf8":
        return `第 ${p.line} 行不是 UTF-8 文本；请把文件存为 UTF-8。`;
      case "noTab":
        return `第 ${p.line} 行没有制表符：每行必须是 源句<TAB>目标句。`;
      case "emptySide":
        return `第 ${p.line} 行：${p.side === "source" ? "源句" : "目标句"}为空。`;
      case "vocabTooLarge":
        return `${p.side === "source" ? "源语言" : "目标语言"}词表有 ${n(p.size)} 词，超过上限 ${n(p.limit)}；请提高最少出现次数（现为 ${p.minCount}），或降低最大长度或句对数。`;
      case "noPairs":
        return `筛选后${p.kept === 0 ? "没有句对" : "只剩 1 对"}（读取 ${n(p.read)} 对，每边最多 ${p.maxTokens} 个词）；至少需要 2 对，一对训练、一对留出。`;
    }
  },
  scores: (epoch, exact, bleu) => `第 ${epoch} 轮后的留出集：${(exact * 100).toFixed(1)}% 翻译完全正确，语料级 BLEU ${(bleu * 100).toFixed(1)}。`,
  scoresNote: "BLEU-4 按留出句对的词计算（0 到 100；任何地方都没有连续四个词相同时为 0）。",
};

export const OWN_DATA_MESSAGES: Readonly<Record<Lang, OwnDataMessages>> = { en, zh };
