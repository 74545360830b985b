// What the lessons say about their figures holds in the figures' default state, English and Chinese:
// every player and comparison of every lesson runs on trained weights once its models have arrived
// (no note says "untrained" or "random"), and lesson 7's attention players write the translation
// the text names, each target word with its largest weight, at least 0.8, on its source word.

import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures.ts";
import { VIEWPORTS, waitForContent } from "./helpers.ts";
import { readLessons } from "./site.ts";

const LANGS = [
  { lang: "en", prefix: "#/" },
  { lang: "zh", prefix: "#/zh/" },
] as const;

/** What a figure's note says when its weights are not trained, in either language. */
const UNTRAINED = /untrained|random weights|weights are random|未经训练|随机权重/iu;

/** Scrolls through the page so that every figure that waits to be in view mounts. */
async function scrollThrough(page: Page): Promise<void> {
  for (let y = 0; ; y += 600) {
    const height = await page.evaluate((top) => (window.scrollTo(0, top), document.documentElement.scrollHeight), y);
    await page.waitForTimeout(50);
    if (y > height) break;
  }
}

for (const { lang, prefix } of LANGS) {
  for (const lesson of readLessons()) {
    test(`${lang} ${lesson.slug}: every figure runs on trained weights once its models have arrived`, async ({ openPage }) => {
      const page = await openPage({ viewport: VIEWPORTS.desktop });
      await page.goto(`/${prefix}lesson/${lesson.slug}`);
      await waitForContent(page);
      await scrollThrough(page);
      if (lesson.hasFigure) expect(await page.locator(".player, .seed003").count(), "players, comparisons and worked examples on the page").toBeGreaterThan(0);
      // A figure shows the untrained demo (and says so) until its trained model has arrived: wait for that, not longer.
      const untrained = async () => (await page.locator("[role='note'], .player-untrained").allInnerTexts()).filter((n) => UNTRAINED.test(n));
      await expect.poll(untrained, { message: "notes saying the weights are untrained", timeout: 60_000 }).toEqual([]);
      await expect.poll(() => page.locator(".player[aria-busy='true']").count(), { message: "figures still loading their models", timeout: 60_000 }).toBe(0);
    });
  }
}

/** Lesson 7's attention players as the text describes them: output, and the source word each target word attends to. */
const LESSON_7 = {
  en: [
    { output: "je t'aime", align: { je: "i", "t'": "you", aime: "love" } },
    { output: "je vois le chat noir", align: { je: "i", vois: "see", le: "the", chat: "cat", noir: "black" } },
    { output: "je t'aime", align: { je: "i", "t'": "you", aime: "love" } },
  ],
  zh: [
    { output: "我 爱 中国", align: { 我: "i", 爱: "love", 中国: "china" } },
    { output: "我 在 家 看见 猫", align: { 我: "i", 在: "at", 家: "home", 看见: "see", 猫: "cat" } },
    { output: "我 爱 中国", align: { 我: "i", 爱: "love", 中国: "china" } },
  ],
} as const;

/** The attention table of a player: its source words and, per decoder step, the word written and α. */
async function attentionRows(player: ReturnType<Page["locator"]>): Promise<{ source: string[]; rows: { token: string; alpha: number[] }[] }> {
  // `has` takes a locator of the page, matched inside each table.
  return player.locator(".player-numbers table").filter({ has: player.page().locator("caption", { hasText: "α" }) }).evaluate((table) => {
    const cells = (row: Element) => [...row.children].map((c) => (c.textContent ?? "").trim());
    const source = cells(table.querySelector("thead tr")!).slice(2).map((w) => w.toLowerCase());
    const rows = [...table.querySelectorAll("tbody tr")].map((r) => {
      const [, token, ...alpha] = cells(r);
      return { token: token!, alpha: alpha.map(Number) };
    });
    return { source, rows };
  });
}

for (const { lang, prefix } of LANGS) {
  test(`${lang} lesson 7: the attention players write what the text says, each word's largest weight (≥ 0.8) on its source word`, async ({ openPage }) => {
    const page = await openPage({ viewport: VIEWPORTS.desktop });
    await page.goto(`/${prefix}lesson/attention`);
    await waitForContent(page);
    await scrollThrough(page);
    const players = page.locator(".player:not(.comparison)").filter({ has: page.locator(".player-numbers") });
    const claims = LESSON_7[lang];
    await expect(players, "lesson 7's players with attention tables").toHaveCount(claims.length);
    for (const [i, claim] of claims.entries()) {
      const player = players.nth(i);
      await expect(player.locator(".player-output").first(), `player ${i + 1}'s output`).toContainText(claim.output);
      const { source, rows } = await attentionRows(player);
      for (const [target, word] of Object.entries(claim.align)) {
        const row = rows.find((r) => r.token === target);
        expect(row, `player ${i + 1} writes “${target}”`).toBeDefined();
        const at = source.indexOf(word);
        expect(at, `“${word}” in player ${i + 1}'s source ${source.join(" ")}`).toBeGreaterThanOrEqual(0);
        expect(row!.alpha[at], `α(${target} → ${word}) in player ${i + 1}`).toBeGreaterThanOrEqual(0.8);
        expect(Math.max(...row!.alpha), `the largest weight of “${target}” is on “${word}”`).toBe(row!.alpha[at]);
      }
    }
  });
}
