// Own sentence pairs on #/train (issue 18, item 4): a small Tatoeba-format file loaded through the
// file input trains a few epochs in the worker, the page reports held-out exact match and BLEU, a bad
// file is refused naming its line while the corpus and scores stay, and Send to the player opens
// the player on one of the file's sentences, translated with the model's own words. A second test
// loads 10,000 generated pairs and reports the main thread's long tasks meanwhile (not asserted).

import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures.ts";
import { measure, seriousViolations, waitForContent } from "./helpers.ts";
import { SCREENSHOTS } from "./site.ts";

const FIXTURE = join(import.meta.dirname, "..", "fixtures", "corpus", "tiny-en-fr.tsv");
const FILE_LABEL = "Sentence-pair file (.tsv, .txt)";
/** Every French word of the fixture, as the normaliser writes them, and <unk>. */
const FRENCH = new Set(readFileSync(FIXTURE, "utf8").split("\n").flatMap((l) => (l.split("\t")[1] ?? "").toLowerCase().replace(/([.!?])/gu, " $1").split(/\s+/u)).concat(["<unk>"]).filter((w) => w !== ""));

async function typeSetting(page: Page, name: string, value: string): Promise<void> {
  const field = page.getByRole("textbox", { name });
  await field.fill(value);
  await field.press("Enter");
}

test("#/train with own pairs: a TSV file trains a few epochs, held-out exact match and BLEU are shown, a bad file keeps them, and the player shows the model's words", async ({ page }) => {
  await page.goto("/#/train");
  await waitForContent(page);
  // Enough epochs for the 21 training pairs to be learned (the run usually stops earlier, at its target).
  await typeSetting(page, "Epochs at most", "30");
  await page.getByLabel(FILE_LABEL).setInputFiles(FIXTURE);
  const status = page.locator(".training-own-status");
  await expect(status).toContainText("Training on tiny-en-fr.tsv: 21 pairs, 2 held out; vocabularies of 19 source and 21 target words");
  await page.getByRole("button", { name: "Start" }).click();
  await expect(page.locator(".training-stop")).toHaveText(/^Stopped /u, { timeout: 120_000 });
  const scores = page.locator(".training-scores");
  await expect(scores).toContainText(/^Held-out after epoch \d+: \d+\.\d % translated exactly, corpus BLEU \d+\.\d\./u);
  const scoresText = await scores.innerText();
  await page.screenshot({ path: join(SCREENSHOTS, "train-own-1280-light.png"), fullPage: true });

  // A file with a line without a tab: refused with its line; the corpus, the scores and the model stay.
  await page.getByLabel(FILE_LABEL).setInputFiles({ name: "bad.tsv", mimeType: "text/tab-separated-values", buffer: Buffer.from("I see you.\tJe te vois.\nno tab on this line\n") });
  await expect(page.getByRole("alert")).toHaveText("Line 2 has no tab: each line must be source<TAB>target. Not loaded; the corpus and model you had stay.");
  await expect(status).toContainText("Training on tiny-en-fr.tsv");
  await expect(scores).toHaveText(scoresText);
  await expect(page.getByRole("button", { name: "Send to the player" })).toBeEnabled();
  expect.soft(await seriousViolations(page), "serious axe violations with own pairs loaded").toEqual([]);
  await page.screenshot({ path: join(SCREENSHOTS, "train-own-refused-1280-light.png"), fullPage: true });

  const example = await page.getByRole("textbox", { name: "Sentence", exact: true }).inputValue();
  await page.getByRole("button", { name: "Send to the player" }).click();
  await page.waitForFunction(() => window.location.hash.startsWith("#/playground"));
  await waitForContent(page);
  await expect(page.locator(".player-sentence input")).toHaveValue(example);
  // The player lists the model's own 16 source words (19 with <sos>, <eos>, <unk>).
  await expect(page.getByText("Words it reads (16)")).toBeVisible();
  const last = page.getByRole("button", { name: "Last step" });
  if (await last.isEnabled()) await last.click();
  const output = (await page.locator(".player-output").first().innerText()).replace(/^Output:\s*/u, "").replace(/\s*\(stopped:.*\)$/u, "").trim();
  const words = output.split(/\s+/u).filter((w) => w !== "");
  expect(words.length, "the player's translation has words").toBeGreaterThan(0);
  for (const w of words) expect(FRENCH.has(w), `"${w}" is a word of the model's own vocabulary`).toBe(true);
  expect(await page.locator(".player-unk").count(), "the player reads the sentence without unknown words").toBe(0);
  await page.screenshot({ path: join(SCREENSHOTS, "train-own-sent-to-player-1280-light.png"), fullPage: true });
});

test("#/train with 10,000 own pairs: read in a worker and trained in the worker (long main-thread tasks reported)", async ({ page }) => {
  const subjects = ["i", "you", "he", "she", "we", "they", "tom", "mary"];
  const verbs = ["see", "like", "help", "know", "call"];
  const objects = Array.from({ length: 250 }, (_, i) => `thing${i}`);
  const lines: string[] = [];
  for (let i = 0; lines.length < 10_000; i++) {
    const [s, v, o] = [subjects[i % 8]!, verbs[Math.floor(i / 8) % 5]!, objects[Math.floor(i / 40) % 250]!];
    lines.push(`${s} ${v} the ${o}.\t${s.toUpperCase()} ${v}-t ${o} !\tgenerated`);
  }
  await page.goto("/#/train");
  await waitForContent(page);
  await page.getByRole("combobox", { name: "Hidden size" }).selectOption("8");
  await page.evaluate(() => {
    const win = window as unknown as { __longTasks: number[] };
    win.__longTasks = [];
    new PerformanceObserver((list) => win.__longTasks.push(...list.getEntries().map((e) => e.duration))).observe({ type: "longtask" });
  });
  await page.getByLabel(FILE_LABEL).setInputFiles({ name: "ten-thousand.tsv", mimeType: "text/plain", buffer: Buffer.from(`${lines.join("\n")}\n`) });
  await expect(page.locator(".training-own-status")).toContainText("Training on ten-thousand.tsv: 9,000 pairs, 1,000 held out", { timeout: 60_000 });
  await page.getByRole("button", { name: "Start" }).click();
  await page.waitForFunction(() => /Step [1-9]/u.test(document.querySelector(".training-step")?.textContent ?? ""), undefined, { timeout: 60_000 });
  await page.waitForTimeout(3000);
  await page.getByRole("button", { name: "Pause" }).click();
  const longTasks = await page.evaluate(() => (window as unknown as { __longTasks: number[] }).__longTasks);
  measure(`own data, 10,000 pairs: ${longTasks.length} long tasks on the main thread from loading through 3 s of training (longest ${longTasks.length ? Math.round(Math.max(...longTasks)) : 0} ms)`);
  expect(Number((await page.locator(".training-step").innerText()).match(/Step (\d+)/u)?.[1]), "training made updates").toBeGreaterThan(0);
});
