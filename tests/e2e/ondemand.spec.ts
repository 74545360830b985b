// Training on demand: the playground on a choice with no preset trains it in a worker behind a
// labelled progress bar, shows the trained model and says it was trained just now; a reload reads it
// from IndexedDB ("trained earlier", no training). A worker that cannot load and storage that cannot
// be used are said on screen, and never lose the model shown.

import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures.ts";
import { measure, waitForContent } from "./helpers.ts";

// No preset exists for this choice and pair (public/models/index.json), and its recipe stops after a few epochs.
const CHOICE = "cell=gru-reset-before&variant=attention&score=additive&query=current&bi=0&pair=en-zh";
const PLAYGROUND = `/#/playground?${CHOICE}`;
/** The longest a training may take here: the machine is shared, and the test measures nothing. */
const TRAINING = { timeout: 300_000 };

const JUST_NOW = /^Trained just now in your browser \((\d+(?:\.\d)?) s\)/u;
const notice = (page: Page) => page.locator(".ondemand-notice");
const bar = (page: Page) => page.getByRole("progressbar", { name: "Training in your browser" });

/** The player's whole output: the last step shows every word the decoder wrote. */
async function fullOutput(page: Page): Promise<string> {
  await page.getByRole("region", { name: "Encoder–decoder player" }).press("End");
  return (await page.locator(".player-output").first().innerText()).replace(/\s+/gu, " ");
}

/**
 * Records, from the page's first script on, the label of every progress bar that ever appears: a
 * training that ends before the test looks still leaves its bar here, and a reload starts empty.
 */
async function recordProgressBars(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const win = window as unknown as { __bars: string[] };
    win.__bars = [];
    new MutationObserver((records) => {
      for (const r of records)
        for (const n of r.addedNodes) {
          if (!(n instanceof Element)) continue;
          const bars = n.matches("[role=progressbar]") ? [n] : [...n.querySelectorAll("[role=progressbar]")];
          win.__bars.push(...bars.map((b) => b.getAttribute("aria-label") ?? ""));
        }
    }).observe(document, { childList: true, subtree: true });
  });
}

const barsSeen = (page: Page) => page.evaluate(() => (window as unknown as { __bars: string[] }).__bars);

test("opening the playground on a choice with no preset trains it with a progress bar, shows the trained translation, and a reload reads it from the browser's cache without training", async ({ page }) => {
  await recordProgressBars(page);
  await page.goto(PLAYGROUND);
  await waitForContent(page);
  await expect(notice(page)).toContainText(/Until it is done, the player shows untrained random weights\.|^Trained just now/u);

  await expect(notice(page)).toContainText(JUST_NOW, TRAINING);
  const seconds = Number(JUST_NOW.exec(await notice(page).innerText())![1]);
  measure(`on-demand training of GRU (reset before) + additive attention, current state, en-zh in Chromium: ${seconds} s`);
  await expect(bar(page)).toHaveCount(0);
  expect(await barsSeen(page), "the progress bars shown while the model trained").toContain("Training in your browser");
  expect(await fullOutput(page), "the trained model's translation of the running example").toContain("我 爱 中国");
  const source = page.getByRole("combobox", { name: "Start from" });
  await expect(source).toHaveValue("preset");
  await source.selectOption("demo");
  expect(await fullOutput(page), "the untrained demo writes the right translation too: the check above proves nothing").not.toContain("我 爱 中国");
  await source.selectOption("preset");
  await expect(notice(page)).toContainText(JUST_NOW);

  await page.reload();
  await waitForContent(page);
  await expect(notice(page)).toContainText(/^Trained earlier in this browser \(it took \d+(\.\d)? s\), loaded from its cache\./u);
  expect(await fullOutput(page)).toContain("我 爱 中国");
  expect(await barsSeen(page), "a progress bar appeared after the reload: the model was trained again").toEqual([]);
});

test("opening the playground on a choice with no preset when the browser refuses storage still shows the trained model, and says it is not kept", async ({ page }) => {
  await page.addInitScript(() => {
    // As a private window that refuses IndexedDB: every open fails.
    Object.defineProperty(window, "indexedDB", { value: { open: () => { throw new DOMException("storage refused", "SecurityError"); } } });
  });
  await page.goto(PLAYGROUND);
  await waitForContent(page);
  await expect(notice(page)).toContainText(JUST_NOW, TRAINING);
  await expect(notice(page)).toContainText("This browser's storage cannot be used (storage refused): the model is trained and shown, but not kept for the next visit.");
  expect(await fullOutput(page)).toContain("我 爱 中国");
});

test("opening the playground on a choice with no preset when the training worker cannot load keeps the untrained model, labelled, and says training failed", async ({ browser, baseURL }) => {
  // Not a watched context: the blocked worker script is a failed request on purpose.
  const context = await browser.newContext({ baseURL: baseURL!, serviceWorkers: "block" });
  const page = await context.newPage();
  await page.route(/onDemandWorker[^/]*\.js/u, (route) => route.abort());
  await page.goto(PLAYGROUND);
  await waitForContent(page);
  const alert = page.getByRole("alert").filter({ hasText: "Training in your browser failed" });
  await expect(alert).toContainText("The player still shows the untrained random weights.", TRAINING);
  await expect(page.getByText("These weights are random and untrained: the translation is not meant to be right yet.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Try again" })).toBeVisible();
  await expect(bar(page)).toHaveCount(0);
  await context.close();
});
