// Moving around the textbook: links that carry choices, Next and Back, the phone's contents menu,
// the theme control and the skip link.

import { expect, test } from "./fixtures.ts";
import { VIEWPORTS, heading, waitForContent, waitForHeading } from "./helpers.ts";
import { readLessons } from "./site.ts";

const [first, second, third] = readLessons();
if (!first || !second || !third) throw new Error("the browser tests need at least 3 lessons in content/en");

test("a link with choices opens that lesson and keeps every choice in the address and the links", async ({ page }) => {
  const hash = `${second.hash}?cell=gru-reset-after&score=general&bi=1&s=you%20love%20me&step=3`;
  await page.goto(`/${hash}`);
  await waitForContent(page);
  expect(await heading(page)).toBe(second.title);
  expect(await page.evaluate(() => location.hash), "the address").toBe(hash);
  const tocHref = await page.locator("#toc a").nth(2).getAttribute("href");
  expect(tocHref, "the contents link").toContain("cell=gru-reset-after");
  expect(tocHref, "the contents link").toContain("s=you%20love%20me");
});

test("clicking Next opens the second lesson and Back returns to the first", async ({ page }) => {
  await page.goto(`/${first.hash}`);
  await waitForContent(page);
  await page.locator('a[rel="next"]').click();
  await waitForHeading(page, second.title);
  expect(await page.evaluate(() => location.hash), "the address did not follow").toBe(second.hash);
  expect(await page.evaluate(() => document.activeElement?.id), "focus did not move to the new title").toBe("page-title");
  await page.goBack();
  await waitForHeading(page, first.title);
});

test.describe(() => {
  test.use({ viewport: VIEWPORTS.phone });

  test("on a phone the Contents button opens the menu, a lesson link navigates, and the menu closes", async ({ page }) => {
    await page.goto(`/${first.hash}`);
    await waitForContent(page);
    const button = page.getByRole("button", { name: "Contents" });
    const toc = page.getByRole("navigation", { name: "Lessons" });
    expect(await toc.isVisible(), "the menu is open before it is asked for").toBe(false);
    await button.click();
    expect(await button.getAttribute("aria-expanded")).toBe("true");
    expect(await toc.isVisible(), "the menu did not open").toBe(true);
    await toc.getByRole("link", { name: third.title }).click();
    await waitForHeading(page, third.title);
    expect(await button.getAttribute("aria-expanded"), "the menu stayed open").toBe("false");
    expect(await toc.isVisible(), "the menu is still visible").toBe(false);
    await page.keyboard.press("Escape");
  });
});

test.describe(() => {
  test.use({ colorScheme: "dark" });

  test("picking Light in the theme control on a dark system applies data-theme and survives a reload", async ({ page }) => {
    await page.goto(`/${first.hash}`);
    await waitForContent(page);
    expect(await page.getAttribute("html", "data-theme"), "the system theme was not followed").toBe("dark");
    await page.getByLabel("Theme").selectOption("light");
    expect(await page.getAttribute("html", "data-theme"), "data-theme did not change").toBe("light");
    await page.reload();
    await waitForContent(page);
    expect(await page.getAttribute("html", "data-theme"), "the pick was forgotten").toBe("light");
    expect(await page.getByLabel("Theme").inputValue(), "the control does not show the pick").toBe("light");
  });
});

test("the skip link is the first Tab stop and moves focus to the main content without changing the route", async ({ page }) => {
  await page.goto(`/${second.hash}`);
  await waitForContent(page);
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to content" });
  expect(await skip.evaluate((el) => el === document.activeElement), "the skip link is not focused first").toBe(true);
  const box = await skip.boundingBox();
  expect(box?.y, "the focused skip link is off screen").toBeGreaterThanOrEqual(0);
  await page.keyboard.press("Enter");
  expect(await page.evaluate(() => document.activeElement?.id), "focus is not on <main>").toBe("main");
  expect(await page.evaluate(() => location.hash), "the route changed").toBe(second.hash);
});
