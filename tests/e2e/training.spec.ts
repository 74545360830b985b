// Training in the page: #/train trains in a worker while the chart and the epoch counter move, the
// main thread's long tasks meanwhile are reported, a paused model goes to the player and translates
// there as it did on the training page; a run on a bidirectional, current-state-query combination
// says why it stopped and opens the player on exactly that combination; screenshots at both widths
// and themes.

import { join } from "node:path";
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures.ts";
import { WIDTHS_AND_THEMES, heading, measure, seriousViolations, waitForContent } from "./helpers.ts";
import { SCREENSHOTS } from "./site.ts";

const TRAIN = "#/train";

/** Types a number into one of the form's fields and uses it (Enter). */
async function typeSetting(page: Page, name: string, value: string): Promise<void> {
  const field = page.getByRole("textbox", { name });
  await field.fill(value);
  await field.press("Enter");
}

/** A small, fast run: hidden size 8, and enough epochs that it is still running when paused. */
async function startSmallRun(page: Page): Promise<void> {
  await page.getByRole("combobox", { name: "Hidden size" }).selectOption("8");
  // A slow rate: the run must not reach 100 % training accuracy (and stop) before it is paused.
  await typeSetting(page, "Learning rate", "0.005");
  await typeSetting(page, "Epochs at most", "100");
  await page.getByRole("button", { name: "Start" }).click();
}

/** The player's output at its last step, without the note on why decoding stopped. */
async function playerOutput(page: Page): Promise<string> {
  const last = page.getByRole("button", { name: "Last step" });
  if (await last.isEnabled()) await last.click();
  const output = page.locator(".player-output").filter({ hasText: /^Output:/u });
  await output.first().waitFor();
  // The player adds why decoding stopped in parentheses: "je t'aime (stopped: it wrote <eos>)".
  return (await output.first().innerText()).replace(/^Output:\s*/u, "").replace(/\s*\(stopped:.*\)$/u, "").trim();
}

const epochNow = (page: Page) => page.getByRole("progressbar", { name: "Training progress" }).getAttribute("aria-valuenow").then(Number);
const chartPoints = (page: Page) => page.locator(".training-loss svg").getAttribute("data-points").then(Number);

async function waitForEpochs(page: Page, n: number): Promise<void> {
  await page.waitForFunction((k) => Number(document.querySelector(".training-loss svg")?.getAttribute("data-points")) >= k, n, { timeout: 90_000 });
}

type LongTasks = { __longTasks: number[] };

/** Starts recording long tasks (over 50 ms, by the Long Tasks API's definition) from now on. */
function recordLongTasks(page: Page): Promise<void> {
  return page.evaluate(() => {
    const win = window as unknown as LongTasks;
    win.__longTasks = [];
    new PerformanceObserver((list) => win.__longTasks.push(...list.getEntries().map((e) => e.duration))).observe({ type: "longtask" });
  });
}

async function pause(page: Page): Promise<void> {
  await page.getByRole("button", { name: "Pause" }).click();
  await page.getByRole("button", { name: "Resume" }).waitFor();
}

test("#/train: training moves the chart and the epoch counter (long main-thread tasks reported), and Send to the player translates as the training page did", async ({ page }) => {
  await page.goto(`/${TRAIN}`);
  await waitForContent(page);
  expect(await heading(page), "the training page's title").toBe("Train a model");
  await recordLongTasks(page);
  await startSmallRun(page);
  await waitForEpochs(page, 2);
  await page.waitForTimeout(2000);
  const longTasks = await page.evaluate(() => (window as unknown as LongTasks).__longTasks);
  // Reported, not asserted: a long task's length depends on how busy the machine is, and the
  // project puts no timing in a test. The design keeps every message's main-thread work ~1 ms.
  measure(`training page: ${longTasks.length} long tasks on the main thread while training (longest ${longTasks.length ? Math.round(Math.max(...longTasks)) : 0} ms)`);
  expect(await epochNow(page), "the epoch counter did not advance").toBeGreaterThanOrEqual(2);
  expect(await page.locator("path.series-trainLoss").getAttribute("d"), "the loss chart has no line").toMatch(/^M/u);
  await pause(page);
  await expect(page.locator(".training-stop"), "the reason the run stopped").toHaveText("Paused by you; Resume continues from here.");
  expect.soft(await seriousViolations(page), "serious axe violations on the paused training page").toEqual([]);
  const translation = (await page.locator(".training-translation").innerText()).replace(/^Translation: /u, "");
  await page.getByRole("button", { name: "Send to the player" }).click();
  await page.waitForFunction(() => window.location.hash.startsWith("#/playground"));
  await waitForContent(page);
  expect(await playerOutput(page), "the player's translation, against the training page's").toBe(translation);
  expect(await page.locator(".player-untrained").count(), "the player calls the trained weights untrained").toBe(0);
  await page.screenshot({ path: join(SCREENSHOTS, "train-sent-to-player-1280-light.png"), fullPage: true });
});

test("#/train: a bidirectional GRU with the current-state query on English → Chinese stops at its epoch limit and says so, and Send to the player opens exactly that combination", async ({ page }) => {
  await page.goto(`/${TRAIN}`);
  await waitForContent(page);
  const chosen = { "Language pair": "en-zh", Cell: "gru-reset-after", Decoder: "attention", Score: "dot", Query: "current", "Hidden size": "8" };
  for (const [name, value] of Object.entries(chosen)) await page.getByRole("combobox", { name }).selectOption(value);
  await page.getByRole("checkbox", { name: "Bidirectional encoder" }).check();
  // A refused number keeps the last good one: the run below still trains 2 epochs.
  await typeSetting(page, "Epochs at most", "2");
  await typeSetting(page, "Learning rate", "3");
  await expect(page.getByRole("alert")).toHaveText("“3” is not a number from 0.0001 to 1. Still using 0.02.");
  await typeSetting(page, "Learning rate", "0.02");
  await page.getByRole("button", { name: "Start" }).click();
  await expect(page.locator(".training-stop"), "the reason the run stopped").toHaveText("Stopped at the epoch limit: 2 epochs.", { timeout: 90_000 });
  expect(await epochNow(page)).toBe(2);
  const translation = (await page.locator(".training-translation").innerText()).replace(/^Translation: /u, "");
  await page.getByRole("button", { name: "Send to the player" }).click();
  await page.waitForFunction(() => window.location.hash.startsWith("#/playground"));
  await waitForContent(page);
  for (const [name, value] of Object.entries(chosen)) if (name !== "Hidden size") await expect(page.getByRole("combobox", { name }), name).toHaveValue(value);
  await expect(page.getByRole("checkbox", { name: "Bidirectional encoder" })).toBeChecked();
  expect(await playerOutput(page), "the player's translation, against the training page's").toBe(translation);
  expect(await page.locator(".player-untrained").count(), "the player calls the trained weights untrained").toBe(0);
});

test("#/train renders at 1280 and 390 px in light and dark after two epochs with no console error or serious axe violation", async ({ openPage }) => {
  for (const { width, theme, viewport } of WIDTHS_AND_THEMES) {
    await test.step(`${width} ${theme}`, async () => {
      const page = await openPage({ viewport, colorScheme: theme, label: `${width} ${theme}` });
      await page.goto(`/${TRAIN}`);
      await waitForContent(page);
      await startSmallRun(page);
      await waitForEpochs(page, 2);
      await pause(page);
      expect(await chartPoints(page), "the chart's points").toBeGreaterThanOrEqual(2);
      // The gradient-norm chart has a point for every epoch the loss chart has, and a line per parameter group.
      expect(await page.locator(".training-grads svg").getAttribute("data-points"), "the gradient chart's points").toBe(String(await chartPoints(page)));
      expect(await page.locator(".training-grads path.grad").count(), "one line per parameter group of an attention model").toBe(5);
      expect.soft(await seriousViolations(page), `serious axe violations at ${width} ${theme}`).toEqual([]);
      await page.screenshot({ path: join(SCREENSHOTS, `train-${width}-${theme}.png`), fullPage: true });
      await page.context().close();
    });
  }
});
