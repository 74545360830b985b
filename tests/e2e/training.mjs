// The browser checks of training in the page: #/train trains in a worker while the chart and the
// epoch counter move, the main thread has no long task meanwhile, a paused model goes to the player
// and translates there as it did on the training page; screenshots at both widths and themes.
/* global document, window, PerformanceObserver -- used inside page.evaluate, which runs in the browser */

import { join } from "node:path";
import { VIEWPORTS, openPage, seriousViolations, waitForContent } from "./browser.mjs";

const SCREENSHOTS = join("test-results", "screenshots");
const TRAIN = "#/train";

function expect(condition, message) {
  if (!condition) throw new Error(message);
}

/** A small, fast run: hidden size 8, and enough epochs that it is still running when paused. */
async function startSmallRun(page) {
  await page.getByRole("combobox", { name: "Hidden size" }).selectOption("8");
  // A slow rate: the run must not reach 100 % training accuracy (and stop) before it is paused.
  await page.getByRole("combobox", { name: "Learning rate" }).selectOption("0.005");
  await page.getByRole("combobox", { name: "Epochs at most" }).selectOption("100");
  await page.getByRole("button", { name: "Start" }).click();
}

const epochNow = (page) => page.getByRole("progressbar", { name: "Training progress" }).getAttribute("aria-valuenow").then(Number);
const chartPoints = (page) => page.locator(".training-chart svg").getAttribute("data-points").then(Number);

async function waitForEpochs(page, n) {
  await page.waitForFunction((k) => Number(document.querySelector(".training-chart svg")?.getAttribute("data-points")) >= k, n, { timeout: 90_000 });
}

/** Starts recording long tasks (over 50 ms, by the Long Tasks API's definition) from now on. */
function recordLongTasks(page) {
  return page.evaluate(() => {
    window.__longTasks = [];
    new PerformanceObserver((list) => window.__longTasks.push(...list.getEntries().map((e) => e.duration))).observe({ type: "longtask" });
  });
}

async function pause(page) {
  await page.getByRole("button", { name: "Pause" }).click();
  await page.getByRole("button", { name: "Resume" }).waitFor();
}

export function trainingChecks(ctx) {
  return [
    {
      name: "#/train: training moves the chart and the epoch counter (long main-thread tasks reported), and Send to the player translates as the training page did",
      async run() {
        const { context, page, problems } = await openPage(ctx.browser, ctx.origin);
        try {
          await page.goto(`${ctx.origin}/${TRAIN}`);
          await waitForContent(page);
          expect((await page.locator("h1").innerText()).trim() === "Train a model", "the training page has no 'Train a model' title");
          await recordLongTasks(page);
          await startSmallRun(page);
          await waitForEpochs(page, 2);
          await page.waitForTimeout(2000);
          const longTasks = await page.evaluate(() => window.__longTasks);
          ctx.measures.push(`training page: ${longTasks.length} long tasks on the main thread while training (longest ${longTasks.length ? Math.round(Math.max(...longTasks)) : 0} ms)`);
          // Reported, not asserted: a long task's length depends on how busy the machine is, and the
          // project puts no timing in a test. The design keeps every message's main-thread work ~1 ms.
          expect((await epochNow(page)) >= 2, "the epoch counter did not advance");
          expect((await page.locator("path.series-trainLoss").getAttribute("d"))?.startsWith("M"), "the loss chart has no line");
          await pause(page);
          problems.push(...(await seriousViolations(page)));
          const translation = (await page.locator(".training-translation").innerText()).replace(/^Translation: /u, "");
          await page.getByRole("button", { name: "Send to the player" }).click();
          await page.waitForFunction(() => window.location.hash.startsWith("#/playground"));
          await waitForContent(page);
          const last = page.getByRole("button", { name: "Last step" });
          if (await last.isEnabled()) await last.click();
          const output = page.locator(".player-output").filter({ hasText: /^Output:/u });
          await output.waitFor();
          // The player adds why decoding stopped in parentheses: "je t'aime (stopped: it wrote <eos>)".
          const shown = (await output.first().innerText()).replace(/^Output:\s*/u, "").replace(/\s*\(stopped:.*\)$/u, "").trim();
          expect(shown === translation, `the player shows "${shown}", the training page showed "${translation}"`);
          expect((await page.locator(".player-untrained").count()) === 0, "the player calls the trained weights untrained");
          await page.screenshot({ path: join(SCREENSHOTS, "train-sent-to-player-1280-light.png"), fullPage: true });
        } catch (error) {
          problems.push(String(error.message ?? error));
        } finally {
          await context.close();
        }
        return problems;
      },
    },
    {
      name: "#/train renders at 1280 and 390 px in light and dark after two epochs with no console error or serious axe violation",
      async run() {
        const problems = [];
        for (const [width, viewport] of [["1280", VIEWPORTS.desktop], ["390", VIEWPORTS.phone]]) {
          for (const theme of ["light", "dark"]) {
            const { context, page, problems: seen } = await openPage(ctx.browser, ctx.origin, { viewport, colorScheme: theme });
            try {
              await page.goto(`${ctx.origin}/${TRAIN}`);
              await waitForContent(page);
              await startSmallRun(page);
              await waitForEpochs(page, 2);
              await pause(page);
              expect((await chartPoints(page)) >= 2, "the chart has fewer than two points");
              seen.push(...(await seriousViolations(page)));
              await page.screenshot({ path: join(SCREENSHOTS, `train-${width}-${theme}.png`), fullPage: true });
            } catch (error) {
              seen.push(String(error.message ?? error));
            } finally {
              await context.close();
            }
            problems.push(...seen.map((p) => `[${width} ${theme}] ${p}`));
          }
        }
        return problems;
      },
    },
  ];
}
