// Bad input and faults (issue 13) on the built site under its Content-Security-Policy (every
// watched context fails its test on a violation, fixtures.ts): the policy itself, never-visited
// routes offline, a Reset while the main thread is busy, a stored run whose history holds null, a
// 150,000-word model, a 10,000-character word, numbers that overflow, and an unknown lesson.

import { readFile } from "node:fs/promises";
import { join } from "node:path";
import type { Page } from "@playwright/test";
import { writeBigVocabulary, writeHugeWeights } from "./faultModels.ts";
import { expect, test, watch } from "./fixtures.ts";
import { VIEWPORTS, measure, waitForContent, waitForHeading } from "./helpers.ts";
import { DIST, SCREENSHOTS, readLessons, startPreview } from "./site.ts";

const chartPoints = (page: Page) => page.locator(".training-loss svg").getAttribute("data-points").then(Number);

test("opening the built site shows the Content-Security-Policy in the page and the frame-ancestors header, and the inline theme script runs under it", async ({ page }) => {
  const response = await page.goto("/#/playground");
  await waitForContent(page);
  const policy = (await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', "content")) ?? "";
  for (const directive of ["default-src 'self'", "object-src 'none'", "base-uri 'none'"]) expect(policy, "the page's policy").toContain(directive);
  expect(policy, "script-src hashes the inline script").toMatch(/script-src 'self' 'sha256-[\w+/=]+'/u);
  expect(response?.headers()["content-security-policy"], "the header policy").toBe("frame-ancestors 'self'");
  expect(response?.headers()["x-content-type-options"], "the nosniff header").toBe("nosniff");
  expect(await page.getAttribute("html", "data-theme"), "the theme the inline script sets").toBe("light");
});

test("going offline after the first visit opens never-visited lessons, the playground with its preset and #/train from the service worker's precache", async ({ browser }) => {
  const lessons = readLessons();
  const last = lessons.at(-1)!;
  const server = await startPreview();
  // Watched like every page, into a list of its own: once the server stops, requests fail on purpose.
  const context = await browser.newContext({ baseURL: server.origin, serviceWorkers: "allow" });
  const problems: string[] = [];
  await watch(context, server.origin, problems);
  try {
    const precached = /const PRECACHE = (\{.*\});/u.exec(await readFile(join(DIST, "sw.js"), "utf8"))?.[1];
    expect(precached, "sw.js has no precache list").toBeTruthy();
    const files = (JSON.parse(precached!) as { files: string[] }).files;
    const page = await context.newPage();
    await page.goto(`/${lessons[0]!.hash}`);
    await waitForContent(page);
    // Installed, and every file of the list in its cache (the page's own requests are cached too, so a
    // count would not do). Polled with expect.poll: page.waitForFunction takes the Promise an async
    // function returns as a truthy answer and would not wait at all.
    const cached = () =>
      page.evaluate(async (list) => {
        if (!navigator.serviceWorker.controller) return "no worker controls the page";
        const name = (await caches.keys()).find((k) => k.startsWith("seq2seq-lab-"));
        if (!name) return "no cache";
        const cache = await caches.open(name);
        const missing: string[] = [];
        for (const file of list) if (!(await cache.match(new URL(file, location.href).href))) missing.push(file);
        return missing.length ? `${missing.length} files missing, e.g. ${missing.slice(0, 3).join(", ")}` : "all cached";
      }, files);
    await expect.poll(cached, { timeout: 120_000, intervals: [1000] }).toBe("all cached");
    await server.close();
    // From here every request fails at the network: what opens comes from the cache.
    problems.length = 0;
    for (const [hash, title] of [[last.hash, last.title], ["#/playground", "Playground"], ["#/train", "Train a model"]] as const) {
      await page.evaluate((h) => (location.hash = h), hash);
      await waitForHeading(page, title);
      await waitForContent(page);
      expect(await page.locator(".error-notice").allInnerTexts(), `${hash} offline shows no error notice`).toEqual([]);
    }
    await page.evaluate(() => (location.hash = "#/playground"));
    await page.locator(".player svg.player-svg").first().waitFor();
    // The untrained demo stands in while the preset loads; offline, the preset must still replace it.
    await expect(page.locator(".player-untrained"), "the playground's trained preset did not load offline").toHaveCount(0, { timeout: 30_000 });
  } finally {
    await context.close();
    await server.close();
  }
  // Whatever failed at the network while offline is expected; what matters is what the page showed.
  expect(problems.filter((p) => !/^(failed request|console error: Failed to load resource)/u.test(p))).toEqual([]);
});

test("pressing Reset on #/train while the main thread is busy for 2.5 s leaves no old epoch on the chart and does not save the old run", async ({ page }) => {
  await page.goto("/#/train");
  await waitForContent(page);
  await page.getByRole("combobox", { name: "Hidden size" }).selectOption("8");
  for (const [name, value] of [["Learning rate", "0.005"], ["Epochs at most", "100"]] as const) {
    await page.getByRole("textbox", { name }).fill(value);
    await page.getByRole("textbox", { name }).press("Enter");
  }
  await page.getByRole("button", { name: "Start" }).click();
  await page.waitForFunction(() => Number(document.querySelector(".training-loss svg")?.getAttribute("data-points")) >= 2, null, { timeout: 90_000 });
  // Reset, then hold the main thread (the case) while the worker keeps posting epochs of the old run.
  await page.evaluate(() => {
    [...document.querySelectorAll("button")].find((b) => b.textContent === "Reset")!.click();
    const until = performance.now() + 2500;
    while (performance.now() < until);
  });
  // The worker answers the reset with the new run's first state (step 0), after everything it posted
  // before: once the page shows that state, every old message has been handled.
  await page.waitForFunction(() => {
    const reset = [...document.querySelectorAll("button")].find((b) => b.textContent === "Reset");
    return reset && !reset.disabled && document.querySelector(".training-step")?.textContent === "Step 0";
  });
  // The saves are tasks of their own (setTimeout 0): one queued now runs after them.
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 0)));
  expect(await chartPoints(page), "epochs of the old run on the chart").toBe(0);
  expect(await page.evaluate(() => localStorage.getItem("seq2seq-lab:training")), "the run saved after Reset").toBeNull();
  await page.reload();
  await waitForContent(page);
  expect(await page.getByRole("button", { name: "Continue it" }).count(), "a reload offers to continue the run that was reset").toBe(0);
});

test("opening #/train with a stored run whose history holds null and whose settings are out of range says so, and Continue it continues", async ({ page }) => {
  await page.goto("/#/train");
  await waitForContent(page);
  // A run as a damaged or hand-edited storage might hold it, around a preset's model.
  await page.evaluate(async () => {
    const index = (await (await fetch("./models/index.json")).json()) as { models: { file: string }[] };
    const model = (await (await fetch(`./models/${index.models[0]!.file}`)).json()) as { decoder: { cell: string; variant: string; attention?: { score: string } } };
    const settings = { corpus: "en-fr", cell: model.decoder.cell, variant: model.decoder.variant, score: model.decoder.attention?.score ?? "dot", hidden: 16, optimizer: "adam", learningRate: 1e9, epochs: 0, batchSize: 0, seed: 1 };
    const point = { epoch: 1, trainLoss: 2, trainAccuracy: 0, heldOutLoss: 2.1, heldOutAccuracy: 0 };
    localStorage.setItem("seq2seq-lab:training", JSON.stringify({ version: 1, settings, history: [null, point], epoch: 1, step: 14, model }));
  });
  await page.reload();
  await waitForContent(page);
  const notice = page.locator(".training-repairs").first();
  await expect(notice, "the notice names the refused settings").toContainText("Learning rate, Epochs at most, batch size");
  await expect(notice, "the notice counts the unreadable points").toContainText("1 point of the saved chart could not be read");
  await page.getByRole("button", { name: "Continue it" }).click();
  await page.waitForFunction(() => Number(document.querySelector(".training-loss svg")?.getAttribute("data-points")) === 1);
  expect(await page.locator(".error-notice").count(), "error notices on the page").toBe(0);
  await page.screenshot({ path: join(SCREENSHOTS, "faults-train-repaired-1280-light.png"), fullPage: true });
});

test("importing a 150,000-word model (under the import cap) shows it with a paged weight grid and the other tokens as one bar", async ({ page }) => {
  const file = test.info().outputPath("big-vocabulary.json");
  await writeBigVocabulary(file);
  await page.goto("/#/playground");
  await waitForContent(page);
  await page.getByRole("combobox", { name: "Parameter" }).waitFor();
  await page.evaluate(() => {
    const win = window as unknown as { __long: number[] };
    win.__long = [];
    new PerformanceObserver((list) => win.__long.push(...list.getEntries().map((e) => Math.round(e.duration)))).observe({ type: "longtask" });
  });
  const started = Date.now();
  await page.locator('input[type="file"]').setInputFiles(file);
  await page.getByText(/^Imported big-vocabulary\.json/u).waitFor({ timeout: 120_000 });
  const shown = Date.now() - started;
  await expect(page.locator(".weight-grid tbody tr"), "one page of 64 rows").toHaveCount(64);
  await expect(page.locator(".weight-grid-pager [role=status]"), "which rows the grid shows").toHaveText("Rows 1–64 of 150,000");
  const tasks = await page.evaluate(() => (window as unknown as { __long: number[] }).__long);
  measure(`150,000-word model: imported and shown after ${shown} ms; main-thread long tasks ${JSON.stringify(tasks)} ms`);
  await page.getByRole("button", { name: "Later rows" }).click();
  await page.getByText("Rows 65–128 of 150,000").waitFor();
  await page.getByRole("button", { name: "Last step" }).first().click();
  await page.locator(".player-pictures svg text").filter({ hasText: /^149,99\d other tokens$/u }).first().waitFor();
  await page.screenshot({ path: join(SCREENSHOTS, "faults-big-model-1280-light.png") });
});

test("typing a 10,000-character word is refused with the cap: the page stays as wide as the window and the address carries at most 200 characters", async ({ page }) => {
  await page.goto("/#/playground");
  await waitForContent(page);
  await page.getByRole("textbox", { name: "Sentence" }).fill(`I love ${"w".repeat(10_000)}`);
  await page.getByText(/^That is 10007 characters; a sentence may have at most 200\./u).waitFor();
  expect(await page.evaluate(() => document.documentElement.scrollWidth), "the page's width").toBeLessThanOrEqual(VIEWPORTS.desktop.width);
  expect((await page.evaluate(() => location.hash)).length, "the address's length").toBeLessThan(300);
});

test("importing finite weights whose forward pass overflows: the player says where, and no picture writes a NaN", async ({ page }) => {
  const file = test.info().outputPath("huge-weights.json");
  await writeHugeWeights(file);
  await page.goto("/#/playground");
  await waitForContent(page);
  await page.getByRole("combobox", { name: "Parameter" }).waitFor();
  await page.locator('input[type="file"]').setInputFiles(file);
  const note = page.locator(".player-overflow");
  await expect(note, "where the numbers overflow").toHaveText(/^The numbers leave the finite range at Decoder, t′ = \d+: .*: logits\[\d+\] is (-?Infinity|NaN)\./u);
  const last = page.getByRole("button", { name: "Last step" }).first();
  await last.click();
  await expect(last).toBeDisabled();
  const nan = await page.evaluate(() =>
    [...document.querySelectorAll(".player svg *")].flatMap((el) =>
      [...el.attributes].filter((a) => /^(d|x\d?|y\d?|cx|cy|r|width|height|points|transform|opacity)$/u.test(a.name) && /NaN|Infinity/u.test(a.value)).map((a) => `<${el.tagName} ${a.name}="${a.value.slice(0, 40)}">`),
    ),
  );
  expect(nan, "geometry that is not a number").toEqual([]);
  await page.screenshot({ path: join(SCREENSHOTS, "faults-overflow-1280-light.png") });
});

test("opening an unknown lesson in the address shows a not-found page in the reader's language, with links", async ({ page }) => {
  await page.goto("/#/zh/lesson/no-such-lesson");
  await waitForHeading(page, "没有这一课");
  await page.getByRole("main").getByRole("link", { name: "练习场" }).click();
  await page.waitForFunction(() => location.hash.startsWith("#/zh/playground"));
});
