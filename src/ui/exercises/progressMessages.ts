// The words of the progress controls (export, reset with its confirmation) in English and Chinese,
// in the exercises' own chunk like messages.ts.

import type { Lang } from "../i18n/index.ts";

export interface ProgressMessages {
  readonly exportLabel: string;
  readonly json: string;
  readonly csv: string;
  readonly confirmReset: (solved: number) => string;
  readonly confirmYes: string;
  readonly confirmNo: string;
  readonly resetDone: string;
}

const en: ProgressMessages = {
  exportLabel: "Download your progress in every lesson:",
  json: "JSON",
  csv: "CSV",
  confirmReset: (n) => `Forget the ${n} solved ${n === 1 ? "exercise" : "exercises"} of this lesson? This cannot be undone.`,
  confirmYes: "Forget them",
  confirmNo: "Keep them",
  resetDone: "This lesson's progress is reset.",
};

const zh: ProgressMessages = {
  exportLabel: "下载你在所有课中的进度：",
  json: "JSON",
  csv: "CSV",
  confirmReset: (n) => `清除本课已完成的 ${n} 道练习的记录吗？此操作无法撤销。`,
  confirmYes: "清除",
  confirmNo: "保留",
  resetDone: "本课的进度已清除。",
};

export const PROGRESS_MESSAGES: Readonly<Record<Lang, ProgressMessages>> = { en, zh };
