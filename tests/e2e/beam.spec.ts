// Lesson 16's beam player in Chromium: it opens on the trained preset's finished tree (English and
// Chinese), stepping moves the formula panel and the live region, a bad K is refused while the last
// good one stays (in the field's words and in the address), the address carries K, α and the step
// both ways, a phone never scrolls sideways, and a projector shows the numbers at 20 px or more on
// one 1080p screen.

import { join } from "node:path";
import type { Locator, Page } from "@playwright/test";
import { expect, test } from "./fixtures.ts";
import { seriousViolations, themedPage, VIEWPORTS, waitForContent } from "./helpers.ts";
import { SCREENSHOTS } from "./site.ts";

const beamPlayer = (page: Page): Locator => page.locator(".beam-player").first();
const formulaTitle = (player: Locator) => player.locator(".formula-panel .formula-title");
const hash = (page: Page) => page.evaluate(() => location.hash);

/** The first beam player, scrolled to, with its tree drawn and (where the formulas are not a phone's hidden tab) typeset. */
async function showPlayer(page: Page, formulas = true): Promise<Locator> {
  await waitForContent(page);
  const player = beamPlayer(page);
  await player.scrollIntoViewIfNeeded();
  await player.locator(".beam-tree-box svg text").first().waitFor();
  if (formulas) await player.locator(".formula-panel .katex").first().waitFor();
  return player;
}

async function openLesson(page: Page, path: string, formulas = true): Promise<Locator> {
  await page.goto(`/${path}`);
  return showPlayer(page, formulas);
}

for (const { lang, path, best, label } of [
  { lang: "en", path: "#/lesson/decoding", best: "je t' aime <eos>", label: "Beam width K" },
  { lang: "zh", path: "#/zh/lesson/decoding", best: "我 爱 中国 <eos>", label: "束宽 K" },
] as const) {
  test(`lesson 16 (${lang}) opens its beam player on the trained preset's finished tree, with the best translation and no serious axe violation`, async ({ page }) => {
    const player = await openLesson(page, path);
    await expect(player.locator(".beam-best")).toContainText(best);
    await expect(player.getByRole("textbox", { name: label })).toHaveValue("3");
    // The tree is drawn: the kept and finished hypotheses carry their marks and numbers.
    const words = await player.locator(".beam-tree-box svg text").allTextContents();
    expect(words.filter((w) => w.startsWith("■")).length, "finished hypotheses in the tree").toBeGreaterThan(0);
    expect(words.some((w) => /^log P −\d/u.test(w)), "log P on the nodes").toBe(true);
    expect(await seriousViolations(page)).toEqual([]);
    await player.screenshot({ path: join(SCREENSHOTS, `beam-${lang}-1280-light.png`) });
  });
}

test("stepping the beam player with the keys moves its formula panel and live region through expand, score and prune", async ({ page }) => {
  const player = await openLesson(page, "#/lesson/decoding");
  await expect(formulaTitle(player)).toHaveText("t′ = 4, prune: keep the K best");
  await player.focus();
  await page.keyboard.press("ArrowLeft");
  await expect(formulaTitle(player)).toHaveText("t′ = 4, score: log P and log P / n^α of each candidate");
  await expect(player.locator(".formula-panel")).toContainText("score");
  await page.keyboard.press("Home");
  await expect(formulaTitle(player)).toHaveText("t′ = 1, expand: every hypothesis in the beam × every word");
  await expect(player.getByRole("status")).toContainText("Step 1: every hypothesis is extended by every word");
  await page.keyboard.press("ArrowRight");
  await expect(formulaTitle(player)).toHaveText("t′ = 1, score: log P and log P / n^α of each candidate");
  await expect.poll(() => hash(page)).toContain("step=1");
});

test("a beam width of 0 is refused with a reason, K = 3 stays in use and in the address, and K = 2 is written to it", async ({ page }) => {
  const player = await openLesson(page, "#/lesson/decoding");
  const field = player.getByRole("textbox", { name: "Beam width K" });
  await field.fill("0");
  await expect(player.getByRole("alert")).toContainText("0 is too small");
  await expect(player.getByRole("alert")).toContainText("Still using 3.");
  expect(await hash(page), "a refused K stays out of the address").not.toContain("K=");
  await expect(player.locator(".beam-best")).toContainText("je t' aime");
  await field.fill("2");
  await expect.poll(() => hash(page)).toContain("K=2");
  await expect(player.getByRole("alert")).toHaveCount(0);
});

test("the address's K, alpha and step open the beam player there, and survive a reload", async ({ page }) => {
  const player = await openLesson(page, "#/lesson/decoding?K=2&alpha=1&step=4");
  await expect(player.getByRole("textbox", { name: "Beam width K" })).toHaveValue("2");
  await expect(player.getByRole("textbox", { name: "Length penalty α" })).toHaveValue("1");
  await expect(formulaTitle(player)).toHaveText("t′ = 2, score: log P and log P / n^α of each candidate");
  // The score line divides by n^α = 2^1: the address's α is in the numbers.
  await expect(player.locator(".formula-panel annotation").filter({ hasText: "2^{1}" })).toHaveCount(1);
  await page.reload();
  const again = await showPlayer(page);
  await expect(formulaTitle(again)).toHaveText("t′ = 2, score: log P and log P / n^α of each candidate");
  expect(await hash(page)).toBe("#/lesson/decoding?K=2&alpha=1&step=4");
});

test("on a 390 px phone the beam player's page never scrolls sideways: the tree scrolls in its own focusable box", async ({ openPage }) => {
  const page = await openPage({ viewport: VIEWPORTS.phone });
  const player = await openLesson(page, "#/lesson/decoding", false);
  const widths = await page.evaluate(() => ({ page: document.documentElement.scrollWidth, view: document.documentElement.clientWidth }));
  expect(widths.page, "the page's width").toBeLessThanOrEqual(widths.view);
  const box = player.locator(".beam-tree-box");
  expect(await box.getAttribute("tabindex")).toBe("0");
  expect(await box.evaluate((el) => el.scrollWidth > el.clientWidth), "the tree is wider than its box").toBe(true);
  await player.screenshot({ path: join(SCREENSHOTS, "beam-en-390-light.png") });
});

for (const { lang, path, title } of [
  { lang: "en", path: "#/lesson/decoding?step=7", title: "t′ = 3, score: log P and log P / n^α of each candidate" },
  // The Chinese search runs to the length limit, twelve steps: a presentation shows the last four.
  { lang: "zh", path: "#/zh/lesson/decoding", title: "t′ = 12，剪枝：保留最好的 K 个" },
] as const) {
  test(`presented on a 1080p projector (${lang}), the beam player fits one screen with its numbers 20 px tall or more`, async ({ openPage }) => {
    const page = await themedPage(openPage, "projector", { viewport: { width: 1920, height: 1080 } });
    await openLesson(page, path);
    await beamPlayer(page).focus();
    await page.keyboard.press("p");
    const overlay = page.locator(".presentation");
    await overlay.locator(".formula-panel .katex").first().waitFor();
    await expect(overlay.locator(".formula-title")).toHaveText(title);
    const sizes = await overlay.evaluate((el) => ({
      numbers: [...el.querySelectorAll("svg text[data-v]")].map((t) => t.getBoundingClientRect().height),
      formulas: [...el.querySelectorAll(".formula-num")].map((t) => parseFloat(getComputedStyle(t).fontSize)),
      height: el.scrollHeight,
    }));
    expect(sizes.numbers.length).toBeGreaterThan(0);
    expect(Math.min(...sizes.numbers), "the tree's numbers").toBeGreaterThanOrEqual(20);
    expect(Math.min(...sizes.formulas), "the formulas' numbers").toBeGreaterThanOrEqual(20);
    expect(sizes.height, "one screen").toBeLessThanOrEqual(1080);
    await page.screenshot({ path: join(SCREENSHOTS, `beam-${lang}-1920-projector.png`) });
  });
}
