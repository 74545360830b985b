// Fonts come from our own origin, as woff2, and only the ones a page needs: KaTeX's for the math,
// Noto Sans SC's unicode-range chunks for Chinese, and none of the Chinese font for English readers.

import { readdirSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures.ts";
import { settle, waitForContent } from "./helpers.ts";
import { DIST, SCREENSHOTS, readLessons } from "./site.ts";

const [, second] = readLessons();
if (!second) throw new Error("the browser tests need at least 2 lessons in content/en");

/** Records the URL of every font the page requests and, with `orChineseFont`, of any other file of the Chinese font. */
function recordFonts(page: Page, { orChineseFont = false } = {}): string[] {
  const fonts: string[] = [];
  page.on("request", (r) => {
    if (r.resourceType() === "font" || (orChineseFont && /noto-sans-sc/.test(r.url()))) fonts.push(r.url());
  });
  return fonts;
}

/** The Han characters of an element's text, and the glyphs Chromium drew for it with the bundled Noto Sans SC (DevTools protocol). */
async function hanGlyphs(page: Page, selector: string): Promise<{ han: number; drawn: number }> {
  const text = (await page.locator(selector).first().textContent()) ?? "";
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("DOM.enable");
  await cdp.send("CSS.enable");
  const { root } = await cdp.send("DOM.getDocument", { depth: -1 });
  const { nodeId } = await cdp.send("DOM.querySelector", { nodeId: root.nodeId, selector });
  const { fonts } = await cdp.send("CSS.getPlatformFontsForNode", { nodeId });
  await cdp.detach();
  // A face that lacks the characters still "draws" them, as its own empty boxes: count the bundled font's glyphs only.
  const drawn = fonts.filter((f) => f.isCustomFont && /Noto Sans SC/u.test(f.familyName)).reduce((n, f) => n + f.glyphCount, 0);
  return { han: [...text.matchAll(/\p{Script=Han}/gu)].length, drawn };
}

test("KaTeX fonts load on demand from our own origin, as woff2 only", async ({ page, baseURL }) => {
  const fonts = recordFonts(page);
  await page.goto(`/${second.hash}`);
  await waitForContent(page);
  expect(fonts.length, "no font was requested on a page full of math").toBeGreaterThan(0);
  const total = readdirSync(join(DIST, "assets")).filter((f) => /^KaTeX_.*\.woff2$/.test(f)).length;
  expect(fonts.length, `all ${total} KaTeX fonts were fetched: they should load on demand`).toBeLessThan(total);
  for (const url of fonts) expect(url.startsWith(`${baseURL}/`) && url.endsWith(".woff2"), `font from ${url}`).toBe(true);
});

test("中文 lessons draw Chinese with the bundled Noto Sans SC, fetched in unicode-range chunks from our own origin only", async ({ page, baseURL }) => {
  const fonts = recordFonts(page);
  await page.goto("/#/zh/lesson/encoder-decoder");
  await waitForContent(page);
  await page.waitForFunction(() => [...document.fonts].some((f) => f.family.replace(/"/g, "") === "Noto Sans SC" && f.status === "loaded"));
  const drawable = await page.evaluate(() => document.fonts.check('16px "Noto Sans SC"', "编码器解码器"));
  expect(drawable, "Noto Sans SC cannot draw 编码器解码器").toBe(true);
  const family = await page.locator("h1").evaluate((el) => getComputedStyle(el).fontFamily);
  expect(family, "the title's font stack").toContain("Noto Sans SC");
  const noto = fonts.filter((u) => /noto-sans-sc/.test(u));
  expect(noto.length, "no Noto Sans SC file was fetched").toBeGreaterThan(0);
  expect(noto.length, "Noto Sans SC files fetched: the unicode-range chunks should load on demand").toBeLessThan(60);
  for (const url of noto) expect(url.startsWith(`${baseURL}/`) && url.endsWith(".woff2"), `font from ${url}`).toBe(true);
  // What Chromium actually drew: every Han character of the title and the tagline with the bundled
  // font, none as a fallback box of a Latin font.
  for (const selector of ["h1", ".site-tagline"]) {
    const { han, drawn } = await hanGlyphs(page, selector);
    expect(han, `Han characters in ${selector}`).toBeGreaterThan(0);
    expect(drawn, `glyphs of ${selector} drawn with Noto Sans SC`).toBeGreaterThanOrEqual(han);
  }
  await page.screenshot({ path: join(SCREENSHOTS, "zh-encoder-decoder-1280-light.png") });
  await page.goto("/#/lesson/encoder-decoder");
  await waitForContent(page);
  expect(await page.evaluate(() => document.documentElement.lang), "<html lang> did not return to en").toBe("en");
});

test("an English page on the English → Chinese pair draws the decoder's Chinese words with Noto Sans SC", async ({ page }) => {
  await page.goto("/#/playground?pair=en-zh");
  await waitForContent(page);
  await page.getByRole("button", { name: "Last step" }).click();
  await page.waitForFunction(() => [...document.querySelectorAll(".player svg text")].some((t) => /\p{Script=Han}/u.test(t.textContent ?? "")));
  await page.evaluate(() => document.fonts.ready);
  const marked = await page.evaluate(() => {
    const words = [...document.querySelectorAll(".player svg text")].filter((t) => /\p{Script=Han}/u.test(t.textContent ?? ""));
    words.forEach((t, i) => t.setAttribute("data-han", String(i)));
    return words.length;
  });
  expect(marked, "Chinese words in the player's pictures").toBeGreaterThan(0);
  for (let i = 0; i < marked; i++) {
    const { han, drawn } = await hanGlyphs(page, `[data-han="${i}"]`);
    expect(drawn, `glyphs of Chinese word ${i} drawn with Noto Sans SC`).toBeGreaterThanOrEqual(han);
  }
});

test("the Chinese words inside a player's formulas (y₃ = “中国”, typeset by KaTeX) are drawn with Noto Sans SC, not as boxes", async ({ page }) => {
  await page.goto("/#/zh/playground");
  await waitForContent(page);
  await page.getByRole("button", { name: "最后一步" }).click();
  const panel = page.getByRole("region", { name: "这一步的公式" });
  await panel.locator(".katex").first().waitFor();
  await page.evaluate(() => document.fonts.ready);
  // The innermost KaTeX spans whose own text holds Han characters (CSS.getPlatformFontsForNode reads a node's own text).
  const marked = await panel.evaluate((el) => {
    const spans = [...el.querySelectorAll(".katex-html span")].filter((s) => [...s.childNodes].some((n) => n.nodeType === 3 && /\p{Script=Han}/u.test(n.textContent ?? "")));
    spans.forEach((s, i) => s.setAttribute("data-han-tex", String(i)));
    return spans.length;
  });
  expect(marked, "Chinese words in the formulas of the last step").toBeGreaterThan(0);
  for (let i = 0; i < marked; i++) {
    const { han, drawn } = await hanGlyphs(page, `[data-han-tex="${i}"]`);
    expect(drawn, `glyphs of formula word ${i} drawn with Noto Sans SC`).toBeGreaterThanOrEqual(han);
  }
});

test("an English Transformer lesson draws the Chinese sentence of its sentence menu (I love China → 我 爱 中国) with Noto Sans SC", async ({ page }) => {
  await page.goto("/#/lesson/masked-self-attention");
  await waitForContent(page);
  const label = page.locator(".tf-choice label").filter({ hasText: /\p{Script=Han}/u }).first();
  await label.scrollIntoViewIfNeeded();
  await page.waitForFunction(() => [...document.fonts].some((f) => f.family.replace(/"/g, "") === "Noto Sans SC" && f.status === "loaded"));
  await page.evaluate(() => document.fonts.ready);
  await label.evaluate((el) => el.setAttribute("data-han-label", ""));
  const { han, drawn } = await hanGlyphs(page, "[data-han-label]");
  expect(han, "Han characters in the sentence menu").toBeGreaterThan(0);
  expect(drawn, "glyphs of the menu's Chinese sentence drawn with Noto Sans SC").toBeGreaterThanOrEqual(han);
});

test("an English lesson without Chinese on it fetches no Chinese font", async ({ page }) => {
  const fonts = recordFonts(page, { orChineseFont: true });
  await page.goto("/#/lesson/rnn-encoder");
  await waitForContent(page);
  await settle(page);
  expect(fonts.filter((u) => /noto-sans-sc/.test(u)), "Chinese font files fetched by an English page").toEqual([]);
});
