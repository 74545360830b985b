// The exercise sheet's words in English and Chinese, in the sheet's own chunk.

import type { SeedProblem } from "../../../exercises/seed.ts";
import type { Lang } from "../../i18n/index.ts";

export interface SheetMessages {
  readonly title: string;
  readonly intro: string;
  readonly form: string;
  readonly lessons: string;
  readonly allLessons: string;
  readonly seed: string;
  readonly random: string;
  readonly seedProblem: (problem: SeedProblem, kept: number) => string;
  readonly noLesson: string;
  readonly includeKey: string;
  readonly print: string;
  readonly links: string;
  readonly linksIntro: string;
  readonly classLink: string;
  readonly perLesson: string;
  readonly sheetLink: string;
  readonly sheetHeading: (seed: number) => string;
  readonly nameLine: string;
  readonly lessonHeading: (n: number, title: string) => string;
  readonly tickOne: string;
  readonly keyHeading: (seed: number) => string;
  readonly tolerance: (tol: string) => string;
  readonly exact: string;
  /** Between an option and why it is right. */
  readonly because: string;
  readonly loading: string;
}

const en: SheetMessages = {
  title: "Exercise sheet",
  intro:
    "For a class: choose lessons and a seed. Everyone who opens the class link gets these numbers, and the printed sheet has the same ones, with a separate answer key on a page of its own (print, or save as PDF).",
  form: "The sheet's lessons and seed",
  lessons: "Lessons",
  allLessons: "All lessons",
  seed: "Seed (a whole number from 0 to 999 999)",
  random: "Random seed",
  seedProblem: (problem, kept) =>
    `${problem === "empty" ? "Type a seed" : problem === "notWhole" ? "The seed must be a whole number such as 42" : "The seed must be from 0 to 999 999"}; the sheet below still shows seed ${kept}.`,
  noLesson: "Choose at least one lesson; the sheet below still shows the last choice.",
  includeKey: "Include the answer key",
  print: "Print or save as PDF",
  links: "Links for the class",
  linksIntro: "A student who opens a link gets these numbers, and keeps the seed while moving from lesson to lesson.",
  classLink: "Class link (opens the first chosen lesson):",
  perLesson: "Each lesson's link:",
  sheetLink: "This sheet, with its answer key (for you, not for the class):",
  sheetHeading: (seed) => `Exercises · seed ${seed}`,
  nameLine: "Name: ____________________   Date: ____________",
  lessonHeading: (n, title) => `Lesson ${n} · ${title}`,
  tickOne: "Tick one.",
  keyHeading: (seed) => `Answer key · seed ${seed}`,
  tolerance: (tol) => `A numeric answer counts when it is within ${tol} of the value below (relative above 1), so 3 decimals are enough; counts and widths must be exact.`,
  exact: "exact",
  because: ". ",
  loading: "Loading the sheet…",
};

const zh: SheetMessages = {
  title: "练习题单",
  intro: "供课堂使用：选择课程和种子。打开课堂链接的每个人都会得到这组数字，打印出的题单也是同样的数字，答案另起一页（可打印或另存为 PDF）。",
  form: "题单的课程和种子",
  lessons: "课程",
  allLessons: "全部课程",
  seed: "种子（0 到 999 999 的整数）",
  random: "随机种子",
  seedProblem: (problem, kept) => `${problem === "empty" ? "请输入种子" : problem === "notWhole" ? "种子必须是整数，例如 42" : "种子必须在 0 到 999 999 之间"}；下面的题单仍是种子 ${kept} 的。`,
  noLesson: "请至少选择一课；下面的题单仍是上一次的选择。",
  includeKey: "附上答案",
  print: "打印或另存为 PDF",
  links: "给学生的链接",
  linksIntro: "学生打开链接后得到这组数字，在各课之间切换时种子保持不变。",
  classLink: "课堂链接（打开所选的第一课）：",
  perLesson: "各课的链接：",
  sheetLink: "本题单及答案（供教师使用，不要发给学生）：",
  sheetHeading: (seed) => `练习 · 种子 ${seed}`,
  nameLine: "姓名：____________________   日期：____________",
  lessonHeading: (n, title) => `第 ${n} 课 · ${title}`,
  tickOne: "选一项。",
  keyHeading: (seed) => `答案 · 种子 ${seed}`,
  tolerance: (tol) => `数值答案与下面的值相差不超过 ${tol}（大于 1 时按相对误差）即算正确，所以保留 3 位小数就够了；个数和宽度必须完全正确。`,
  exact: "精确",
  because: "。",
  loading: "正在加载题单……",
};

export const SHEET_MESSAGES: Readonly<Record<Lang, SheetMessages>> = { en, zh };
