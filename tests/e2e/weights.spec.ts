// Live weights: dragging a weight on the playground changes the translation, the edit survives a
// reload, a share link opened in a fresh browser shows the same numbers, a forged link is refused with
// a notice, the figure exports as SVG and PNG with its colours inlined, and a parameter pressed in the
// formulas opens the editor on it.

import { readFile } from "node:fs/promises";
import { join } from "node:path";
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures.ts";
import { VIEWPORTS, seriousViolations, settle, waitForContent } from "./helpers.ts";
import { SCREENSHOTS, readLessons } from "./site.ts";

const PLAYGROUND = "#/playground";

/** The playground at its last step, with the weight editor loaded. */
async function openPlayground(page: Page, hash = PLAYGROUND, source?: "demo"): Promise<void> {
  await page.goto(`/${hash}`);
  await waitForContent(page);
  if (source) await page.getByRole("combobox", { name: "Start from" }).selectOption(source);
  await page.getByRole("combobox", { name: "Parameter" }).waitFor();
  await lastStep(page);
}

async function lastStep(page: Page): Promise<void> {
  const last = page.getByRole("button", { name: "Last step" });
  if (await last.isEnabled()) await last.click();
  await page.locator(".player-output").filter({ hasText: /^Output:/u }).waitFor();
}

const output = (page: Page) => page.locator(".player-output").first().innerText();
/**
 * The formulas' text, once the panel has caught up with the trace (off screen it waits for edits to
 * pause) and KaTeX, which loads once the panel is near the screen, has typeset it.
 */
async function formulas(page: Page): Promise<string> {
  await page.locator(".formula-panel:not([aria-busy])").first().waitFor({ state: "attached" });
  await page.locator(".formula-panel").first().scrollIntoViewIfNeeded();
  await page.locator(".formula-panel .katex").first().waitFor();
  // A new step retypesets the panel in the next frames: read it once two reads agree and it holds formulas.
  const read = () => page.locator(".formula-panel").first().innerText();
  let text = await read();
  await expect.poll(async () => {
    const next = await read();
    const settled = next === text && (await page.locator(".formula-panel").first().locator(".katex").count()) > 0;
    text = next;
    return settled;
  }, { message: "the formula panel settles", intervals: [100, 200, 400] }).toBe(true);
  return text;
}

/** Drags the cell of `token` in b_out upward by `px` pixels, `times` times, through real mouse events. */
async function dragBias(page: Page, token: string, px: number, times: number): Promise<void> {
  await page.getByRole("combobox", { name: "Parameter" }).selectOption("param:decoder.output.b_out");
  const grid = page.getByRole("grid", { name: /^b_out/u });
  const cell = grid.getByRole("gridcell", { name: new RegExp(`^${token}, b: `, "u") });
  await cell.scrollIntoViewIfNeeded();
  for (let k = 0; k < times; k++) {
    const box = await cell.boundingBox();
    if (!box) throw new Error(`the cell of ${token} has no box`);
    const x = box.x + box.width / 2;
    const y = box.y + box.height / 2;
    await page.mouse.move(x, y);
    await page.mouse.down();
    for (let step = 1; step <= 10; step++) await page.mouse.move(x, y - (px * step) / 10);
    await page.mouse.up();
  }
}

test("dragging a weight on the playground changes the translation, and a reload keeps the edit", async ({ page }) => {
  await openPlayground(page);
  const before = await output(page);
  await dragBias(page, "chat", 300, 4);
  await page.waitForFunction((text) => document.querySelector(".player-output")?.textContent !== text, before);
  const after = await output(page);
  expect(after, "the translation did not change").not.toBe(before);
  expect(await page.locator(".weights-summary").innerText(), "the editor's summary").toMatch(/1 weight edited/u);
  await page.screenshot({ path: join(SCREENSHOTS, "weights-dragged-1280-light.png"), fullPage: true });
  await page.reload();
  await waitForContent(page);
  await page.getByRole("combobox", { name: "Parameter" }).waitFor();
  await lastStep(page);
  expect(await output(page), "the output after a reload").toBe(after);
  const stored = await page.evaluate(() => localStorage.getItem("seq2seq-lab:weights"));
  expect(stored?.slice(0, 40), "what storage holds").toMatch(/^\{"version":1,/u);
});

// The playground opens on the trained preset; the plain RNN with the additive score has no preset (it
// would be trained on demand), and the reader chooses the untrained demo instead, so that link carries
// the demo's edits.
for (const { name, hash, source, token, shown, shot } of [
  { name: "the trained preset's", hash: PLAYGROUND, source: undefined, token: "chien", shown: "Showing the trained preset with the link's 1 edited number.", shot: "weights-shared-1280-light.png" },
  { name: "the untrained demo's", hash: `${PLAYGROUND}?cell=rnn&score=additive`, source: "demo" as const, token: "oiseau", shown: "Showing the untrained model with the link's 1 edited number.", shot: "weights-shared-demo-1280-light.png" },
]) {
  test(`a share link of ${name} edits opened in a fresh browser shows the same view and the same numbers`, async ({ openPage }) => {
    const page = await openPage({ label: "sender" });
    const other = await openPage({ label: "receiver" });
    await openPlayground(page, hash, source);
    await dragBias(page, token, 250, 3);
    expect(await page.locator(".weights-summary").innerText(), "the sender's editor says").toMatch(/1 weight edited/u);
    await page.getByRole("button", { name: "Previous step" }).click();
    const numbers = await formulas(page);
    const text = await output(page);
    await page.getByRole("button", { name: "Make a share link" }).click();
    const link = await page.getByRole("textbox", { name: "Share link" }).inputValue();
    expect(link.includes("&w=") || link.includes("?w="), `the link has no weights: ${link.slice(0, 80)}`).toBe(true);
    await other.goto(link);
    await waitForContent(other);
    await other.getByText(shown, { exact: true }).waitFor();
    await other.waitForFunction((t) => document.querySelector(".player-output")?.textContent === t, text);
    expect(await formulas(other), "the formulas of the shared step").toBe(numbers);
    expect(await other.evaluate(() => location.hash), "the address still carries the weights after they were applied").not.toContain("w=");
    await other.screenshot({ path: join(SCREENSHOTS, shot), fullPage: true });
  });
}

test("a forged, truncated or oversized link shows a notice and the model without it; nothing from the link runs", async ({ page }) => {
  for (const weights of ["AQIBAgAAAAA", "%3Cimg%20src%3Dx%20onerror%3D%22window.hacked%3D1%22%3E", "A".repeat(90_000)]) {
    // A fresh document each time, so each link's notice is its own.
    await page.goto("about:blank");
    await page.goto(`/${PLAYGROUND}?step=2&w=${weights}`);
    await waitForContent(page);
    const notice = page.getByRole("alert").filter({ hasText: "This link's weights were not used" });
    await notice.waitFor();
    await settle(page, ".formula-panel");
    expect(await page.evaluate(() => "hacked" in window), "the link's markup ran").toBe(false);
    expect(await page.getByText(/^Step \d+ of \d+$/u).first().isVisible(), "the player is gone").toBe(true);
  }
});

test("exporting the figure gives an SVG with its colours written in and a PNG", async ({ page }) => {
  await openPlayground(page, `${PLAYGROUND}?step=5`);
  const [svgDownload] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Picture as SVG" }).click()]);
  const svg = await readFile(await svgDownload.path(), "utf8");
  expect(svg.startsWith("<svg") && svg.includes('xmlns="http://www.w3.org/2000/svg"'), "the SVG file does not start with an svg element").toBe(true);
  expect(svg, "the SVG still refers to the page's CSS variables").not.toContain("var(--");
  expect(svg, "no colour was written into the SVG").toMatch(/fill: rgb\(/u);
  const [pngDownload] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Picture as PNG" }).click()]);
  const png = await readFile(await pngDownload.path());
  expect(png.subarray(1, 4).toString("latin1") === "PNG" && png.length > 2000, "the PNG file is not a PNG picture").toBe(true);
});

test("Enter on W_f in a lesson's formulas opens its collapsed editor on the encoder's W_f, focused, with no serious axe violation", async ({ page }) => {
  await page.goto("/#/lesson/lstm");
  await waitForContent(page);
  const player = page.locator(".player").first();
  await player.scrollIntoViewIfNeeded();
  const wf = player.getByRole("button", { name: "W_f (Encoder): open it in the weight editor" });
  await wf.focus();
  await page.keyboard.press("Enter");
  await expect(player.getByRole("combobox", { name: "Parameter" })).toHaveValue("param:encoder.weights.W_f");
  const section = player.locator('.weight-param[data-param="param:encoder.weights.W_f"]');
  await expect(section.locator("td:focus")).toHaveCount(1);
  await expect(player.locator(".player-step-count"), "Enter on a parameter does not step the player").toHaveText(/^Step 1 of/u);
  expect(await seriousViolations(page)).toEqual([]);
});

test.describe(() => {
  test.use({ viewport: VIEWPORTS.phone, colorScheme: "dark" });

  test("on a phone in the dark theme the editor fits, and a lesson's collapsed Edit weights panel opens with no serious axe violation", async ({ page }) => {
    await openPlayground(page);
    // The editor's own width: wide grids scroll inside their frame instead of widening the page.
    const overflow = await page.locator(".edit-weights").evaluate((el) => el.getBoundingClientRect().right - document.documentElement.clientWidth);
    expect(overflow, "how far the editor reaches past the phone's width, in px").toBeLessThanOrEqual(0);
    await page.locator(".edit-weights").screenshot({ path: join(SCREENSHOTS, "weights-editor-390-dark.png") });
    const lessons = readLessons();
    const withPlayer = lessons.find((l) => l.hasFigure) ?? lessons[0];
    await page.goto(`/${withPlayer?.hash}`);
    await waitForContent(page);
    const summary = page.locator(".edit-weights > summary").first();
    await summary.scrollIntoViewIfNeeded();
    expect(await page.locator(".edit-weights").first().evaluate((d) => (d as HTMLDetailsElement).open), "the lesson's panel is open before it is asked for").toBe(false);
    await summary.click();
    await page.getByRole("combobox", { name: "Parameter" }).first().waitFor();
    expect(await seriousViolations(page)).toEqual([]);
  });
});
