// Decoding and what the playground's model knows: lesson 6's sampling player opens sampling at τ = 2 on
// its first decoder step (English and Chinese), the playground reads and writes dec=sample&T=…&seed=…
// in the address, refuses a bad temperature and keeps the last good one, and its word list adds a word
// to the sentence, with no serious axe violation.

import { join } from "node:path";
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures.ts";
import { seriousViolations, VIEWPORTS, waitForContent } from "./helpers.ts";
import { SCREENSHOTS } from "./site.ts";

/** The lesson player that samples: the one whose decoding menu says so. */
function samplingPlayer(page: Page) {
  return page.locator(".player:not(.comparison)").filter({ has: page.locator(".decoding-tau") }).first();
}

const LESSON_6 = [
  { lang: "en", hash: "#/lesson/decoders", tau: "τ = 2", drawn: "next token, drawn with seed 3", theme: "light" },
  { lang: "zh", hash: "#/zh/lesson/decoders", tau: "τ = 2", drawn: "用种子 3 抽取", theme: "dark" },
] as const;

for (const { lang, hash, tau, drawn, theme } of LESSON_6) {
  test(`lesson 6 (${lang}) opens its decoder players on the first decoder step, and its sampling player samples at τ = 2 with seed 3`, async ({ openPage }) => {
    const page = await openPage({ viewport: VIEWPORTS.desktop, colorScheme: theme });
    await page.goto(`/${hash}`);
    await waitForContent(page);
    // The status line under each player's buttons: "Step 5 of 8 Decoder, t′ = 1: reads <sos>, …".
    const statuses = await page.locator(".player:not(.comparison) .player-status").allInnerTexts();
    expect(statuses.length, "lesson 6's players").toBeGreaterThanOrEqual(4);
    for (const status of statuses) expect(status, "a decoder player of lesson 6 opens on").toMatch(/t′ = 1/u);
    const player = samplingPlayer(page);
    await player.scrollIntoViewIfNeeded();
    await player.locator(".formula-panel .katex").first().waitFor();
    expect(await player.locator(".decoding select").inputValue(), "the sampling player's menu").toBe("sample");
    // textContent: innerText would give the captions in the capitals CSS sets them in.
    const formulas = (await player.locator(".formula-panel").textContent()) ?? "";
    expect(formulas, "the formulas say the token was drawn").toContain(drawn);
    expect(await player.locator("figure, .player-figure").filter({ hasText: tau }).count(), "output pictures naming τ = 2").toBeGreaterThan(0);
    await player.screenshot({ path: join(SCREENSHOTS, `decoding-lesson6-${lang}-1280-${theme}.png`) });
  });
}

test("the playground reads dec=sample&T=0.8&seed=3 from the address, refuses a temperature of 0, and greedy takes the fields out again", async ({ page }) => {
  await page.goto("/#/playground?dec=sample&T=0.8&seed=3");
  await waitForContent(page);
  const menu = page.getByRole("combobox", { name: "Decoding" });
  await expect(menu, "the address's sampling reaches the menu").toHaveValue("sample");
  const field = page.getByRole("textbox", { name: "Temperature τ, as a number" });
  await expect(field).toHaveValue("0.8");
  await field.fill("0");
  await expect(page.getByRole("alert").filter({ hasText: "Still using 0.8." })).toBeVisible();
  expect(await page.evaluate(() => location.hash), "a refused temperature stays out of the address").toContain("T=0.8");
  await field.fill("1.5");
  await page.waitForFunction(() => location.hash.includes("T=1.5"));
  expect(await seriousViolations(page)).toEqual([]);
  await page.screenshot({ path: join(SCREENSHOTS, "decoding-playground-1280-light.png") });
  await menu.selectOption("greedy");
  await page.waitForFunction(() => !location.hash.includes("dec="));
});

test("the Chinese playground opens on English → Chinese, lists the words its model reads, and a word pressed joins the sentence", async ({ openPage }) => {
  const page = await openPage({ viewport: VIEWPORTS.phone });
  await page.goto("/#/zh/playground");
  await waitForContent(page);
  await expect(page.getByRole("combobox", { name: "语言对" })).toHaveValue("en-zh");
  // Folded at first, so that the formulas stay on screen: the summary names the count.
  await page.locator(".model-facts summary").click();
  const words = page.getByRole("toolbar", { name: /它能读的词/u });
  await words.scrollIntoViewIfNeeded();
  await words.getByRole("button", { name: "china", exact: true }).click();
  await expect(page.getByRole("textbox", { name: "句子" })).toHaveValue("I love China china");
  const tabStops = await words.evaluate((el) => [...el.querySelectorAll("button")].filter((b) => b.tabIndex === 0).length);
  expect(tabStops, "the word list's tab stops").toBe(1);
  await expect(page.locator(".model-facts")).toContainText("留出集准确率");
  expect(await seriousViolations(page)).toEqual([]);
  await page.locator(".model-facts").screenshot({ path: join(SCREENSHOTS, "model-facts-zh-390-light.png") });
});
