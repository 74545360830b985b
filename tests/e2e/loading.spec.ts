// How the site loads: a figure whose code fails to arrive, the service worker offline, the first
// lesson's download budget and its largest contentful paint.

import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Route } from "@playwright/test";
import { expect, test } from "./fixtures.ts";
import { heading, largestContentfulPaint, measure, waitForContent, waitForHeading } from "./helpers.ts";
import { DIST, ROOT, readLessons, startPreview } from "./site.ts";
import { BUDGET_BYTES, describeBudget, measureBudget } from "../../scripts/budget.mjs";

const lessons = readLessons();
const [first, second] = lessons;
if (!first || !second) throw new Error("the browser tests need at least 2 lessons in content/en");

test("a figure whose code fails to load shows a notice with the error, the lesson stays readable, and Try again recovers", async ({ browser }) => {
  const manifest = JSON.parse(readFileSync(join(DIST, ".vite", "manifest.json"), "utf8")) as Record<string, { file: string } | undefined>;
  const playerFile = manifest["src/ui/player/index.ts"]?.file;
  expect(playerFile, "the manifest has no player chunk").toBeTruthy();
  const withFigure = lessons.find((l) => l.hasFigure) ?? first;
  // Not watched for problems: the blocked chunk is a failed request on purpose.
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const block = (route: Route) => route.abort();
    await page.route(`**/${playerFile}`, block);
    await page.goto(`/${withFigure.hash}`);
    // A figure fetches its code once it comes near the window.
    await page.locator("[data-figure]").first().scrollIntoViewIfNeeded();
    const notice = page.getByRole("alert").filter({ hasText: "Something went wrong in this figure" }).first();
    await notice.waitFor();
    expect(await page.locator(".prose p").count(), "the lesson's prose is gone").toBeGreaterThan(3);
    await page.unroute(`**/${playerFile}`, block);
    await notice.getByRole("button", { name: "Try again" }).click();
    await page.waitForFunction(() => !document.querySelector('[data-figure] [role="alert"]') && !document.querySelector(".figure-loading"));
  } finally {
    await context.close();
  }
});

test("the first lesson's player fetches its code only once it comes within a screen of the window; P before that presents it, and so does a link with present=1", async ({ page }) => {
  const manifest = JSON.parse(readFileSync(join(DIST, ".vite", "manifest.json"), "utf8")) as Record<string, { file: string } | undefined>;
  const playerFile = manifest["src/ui/player/index.ts"]?.file;
  expect(playerFile, "the manifest has no player chunk").toBeTruthy();
  const fetched: string[] = [];
  page.on("request", (r) => fetched.push(new URL(r.url()).pathname));
  const playerFetched = () => fetched.some((p) => p.endsWith(`/${playerFile}`));
  // Leaving a page while the player's model is still arriving would cut that request short.
  let inFlight = 0;
  page.on("request", () => inFlight++);
  page.on("requestfinished", () => inFlight--);
  page.on("requestfailed", () => inFlight--);
  // Quiet means no request for half a second: a preset's fetch can start just after the last one ends.
  const quiet = () =>
    expect
      .poll(
        async () => {
          if (inFlight > 0) return inFlight;
          await page.waitForTimeout(500);
          return inFlight;
        },
        { message: "requests still in flight" },
      )
      .toBe(0);
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(`/${first.hash}`, { waitUntil: "networkidle" });
  const frame = page.locator('[data-figure="Player"]').first();
  // The placeholder holds about the player's height, so the page hardly changes length when it arrives.
  const placeholder = await frame.evaluate((el) => ({ top: el.getBoundingClientRect().top, height: el.getBoundingClientRect().height, pending: el.querySelector(".figure-pending") !== null }));
  expect(placeholder.top, "lesson 1's player is no longer more than a screen below the fold: pick another check").toBeGreaterThan(2 * 800);
  expect(placeholder.pending, "the player rendered without being near the window").toBe(true);
  expect(placeholder.height, "the placeholder is much shorter than a player").toBeGreaterThan(600);
  expect(playerFetched(), "the player's chunk was fetched at the top of the lesson").toBe(false);
  // P at the top of the page presents the first figure, loaded for the purpose.
  await page.keyboard.press("p");
  await page.getByRole("dialog").waitFor();
  expect(playerFetched()).toBe(true);
  expect(page.url()).toContain("present=1");
  // Leaving the presentation keeps the player on the page, not its placeholder.
  await page.keyboard.press("Escape");
  await page.getByRole("dialog").waitFor({ state: "detached" });
  expect(await frame.locator(".player").count(), "the player went back to its placeholder after presenting").toBe(1);
  expect(await frame.locator(".figure-pending").count()).toBe(0);
  // A link that presents loads the figure at once, wherever it is on the page.
  await quiet();
  await page.goto("about:blank");
  await page.goto(`/${first.hash}?present=1`);
  await page.getByRole("dialog").waitFor();
  // Scrolled to as a reader would: the frame keeps its place and the player appears in it.
  await quiet();
  await page.goto("about:blank");
  await page.goto(`/${first.hash}`, { waitUntil: "networkidle" });
  await frame.locator(".figure-pending").waitFor();
  await page.evaluate((top) => window.scrollTo(0, top - 800), placeholder.top);
  await frame.locator(".player").waitFor();
  expect(await frame.evaluate((el) => el.getBoundingClientRect().top), "the player's frame moved when its code arrived").toBeCloseTo(800, 0);
  await quiet();
});

test("once loaded, the site keeps working offline: the service worker serves the shell and the lessons read so far", async ({ browser }) => {
  // A server of its own, which the test stops; requests fail once it is gone, so only page errors count.
  const server = await startPreview();
  const context = await browser.newContext({ baseURL: server.origin, serviceWorkers: "allow" });
  const errors: string[] = [];
  try {
    const page = await context.newPage();
    page.on("pageerror", (e) => errors.push(`page error: ${e.message}`));
    await page.goto(`/${first.hash}`);
    await waitForContent(page);
    // Polled with expect.poll: page.waitForFunction takes the Promise an async function returns as a
    // truthy answer and would not wait for the cache at all.
    const shellCached = () =>
      page.evaluate(async () => {
        if (!navigator.serviceWorker.controller) return false;
        // One cache per build: its name ends in the build's hash (public/sw.js).
        const name = (await caches.keys()).find((k) => k.startsWith("seq2seq-lab-"));
        if (!name) return false;
        const keys = await (await caches.open(name)).keys();
        return keys.some((k) => /\/assets\/index-[^/]*\.js$/.test(k.url)) && keys.some((k) => k.url.endsWith(".css"));
      });
    await expect.poll(shellCached, { timeout: 60_000 }).toBe(true);
    const toc = page.getByRole("navigation", { name: "Lessons" });
    await toc.getByRole("link", { name: second.title }).click();
    await waitForHeading(page, second.title);
    await waitForContent(page);
    await server.close();
    await page.reload();
    await waitForContent(page);
    expect(await heading(page), "the reloaded page is not the second lesson").toBe(second.title);
    expect(await page.locator(".prose p").count(), "the second lesson's body did not render offline").toBeGreaterThan(3);
    await toc.getByRole("link", { name: first.title }).click();
    await waitForHeading(page, first.title);
    await waitForContent(page);
    expect(await page.locator(".prose p").count(), "the first lesson's body did not render offline").toBeGreaterThan(3);
  } finally {
    await context.close();
    await server.close();
  }
  expect(errors).toEqual([]);
});

test(`the first lesson's JS+CSS stays within the ${BUDGET_BYTES / 1000} KB gzip budget`, async () => {
  const budget = await measureBudget(ROOT, DIST);
  measure(describeBudget(budget));
  expect(budget.total, `over budget: ${describeBudget(budget)}`).toBeLessThanOrEqual(budget.budget);
});

test("opening the first lesson at 1280 px in light shows its title; its largest contentful paint is reported", async ({ page }) => {
  await page.goto(`/${first.hash}`);
  await waitForContent(page);
  expect(await heading(page)).toBe(first.title);
  const lcp = await largestContentfulPaint(page);
  measure(`largest contentful paint of ${first.slug} (1280 px, light, local server): ${lcp === undefined ? "none reported" : `${Math.round(lcp)} ms`}`);
});
