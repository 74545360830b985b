// The words of "predict, then reveal" in English and Chinese (kept beside the player's own words so
// the shell's dictionaries stay as they are).

import type { Lang } from "../i18n/index.ts";

export interface PredictMessages {
  readonly toggle: string;
  readonly toggleTip: string;
  readonly region: string;
  readonly attentionQuestion: (t: number) => string;
  readonly gateQuestion: (t: number, word: string, direction?: "forward" | "backward") => string;
  readonly nothing: string;
  readonly reveal: string;
  readonly pickFirst: string;
  readonly right: (option: string, value: string) => string;
  readonly wrong: (picked: string, pickedValue: string, option: string, value: string) => string;
  readonly weights: string;
  readonly gateValues: string;
  readonly gate: (g: string) => string;
}

const quoteEn = (w: string) => `“${w}”`;

export const predictEn: PredictMessages = {
  toggle: "Predict",
  toggleTip: "Predict before each step: pick an answer, then step (or press Reveal) to see the core's",
  region: "Predict, then reveal",
  attentionQuestion: (t) => `Before decoder step t′ = ${t}: which source word will the next target word attend to most?`,
  gateQuestion: (t, word, direction) =>
    `Before encoder step t = ${t} (${quoteEn(word)}${direction ? `, ${direction === "forward" ? "forward" : "backward"} pass` : ""}): which gate will saturate most, with an entry closest to 0 or 1?`,
  nothing: "The next step has nothing to predict: step on.",
  reveal: "Reveal (next step)",
  pickFirst: "Pick an answer first, then reveal.",
  right: (option, value) => `Right: ${option} it is, at ${value}.`,
  wrong: (picked, pickedValue, option, value) => `Not this time: you picked ${picked} (${pickedValue}); the answer is ${option}, at ${value}.`,
  weights: "The step's attention weights α:",
  gateValues: "Each gate's entry closest to 0 or 1:",
  gate: (g) => `gate ${g}`,
};

export const predictZh: PredictMessages = {
  toggle: "预测",
  toggleTip: "先预测再揭晓：先选一个答案，再前进一步（或按“揭晓”）看核心算出的结果",
  region: "先预测再揭晓",
  attentionQuestion: (t) => `解码第 t′ = ${t} 步之前：下一个目标词最关注哪个源词？`,
  gateQuestion: (t, word, direction) =>
    `编码第 t = ${t} 步（“${word}”${direction ? `，${direction === "forward" ? "正向" : "反向"}` : ""}）之前：哪个门最饱和，即某个分量最接近 0 或 1？`,
  nothing: "下一步没有可预测的内容：继续前进。",
  reveal: "揭晓（下一步）",
  pickFirst: "请先选一个答案，再揭晓。",
  right: (option, value) => `对：正是${option}，${value}。`,
  wrong: (picked, pickedValue, option, value) => `这次不对：你选了${picked}（${pickedValue}）；答案是${option}，${value}。`,
  weights: "这一步的注意力权重 α：",
  gateValues: "每个门最接近 0 或 1 的分量：",
  gate: (g) => `门 ${g}`,
};

export const PREDICT: Readonly<Record<Lang, PredictMessages>> = { en: predictEn, zh: predictZh };
