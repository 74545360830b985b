// Lesson 19's training-step player in Chromium: the keys step it from the forward pass through
// every backward node to the update (English and Chinese), the address carries the step by its id
// and a reopened address restores it (an unknown id opens the first step), presentation mode shows
// it and steps it (and a link opens it on its step), no serious axe violation, and a phone never scrolls sideways (light and dark).

import { join } from "node:path";
import type { Locator, Page } from "@playwright/test";
import { expect, test } from "./fixtures.ts";
import { seriousViolations, VIEWPORTS, waitForContent } from "./helpers.ts";
import { SCREENSHOTS } from "./site.ts";

const player = (page: Page): Locator => page.locator(".ts-player").first();
const title = (p: Locator) => p.locator(".ts-formulas-title");
const hash = (page: Page) => page.evaluate(() => location.hash);

async function openLesson(page: Page, path: string): Promise<Locator> {
  await page.goto(`/${path}`);
  await waitForContent(page);
  const p = player(page);
  await p.scrollIntoViewIfNeeded();
  await p.locator(".ts-picture").waitFor();
  await p.locator(".ts-formulas .katex").first().waitFor();
  return p;
}

const LANGS = [
  { lang: "en", path: "#/lesson/backpropagation-through-time", forward: "Forward pass", loss: "The loss", update: "The update", cell2: "Backward, t′ = 2 (t'): cell", status: "After the update the loss goes from" },
  { lang: "zh", path: "#/zh/lesson/backpropagation-through-time", forward: "前向传播", loss: "损失", update: "更新", cell2: "反向，t′ = 2 (爱)：单元", status: "更新后，损失从" },
] as const;

for (const l of LANGS) {
  test(`lesson 19 (${l.lang}): the keys step the training-step player from the forward pass through every backward node to the update, with no serious axe violation`, async ({ page }) => {
    const p = await openLesson(page, l.path);
    await expect(title(p)).toContainText(l.forward);
    await p.focus();
    await page.keyboard.press("ArrowRight");
    await expect(title(p)).toContainText(l.loss);
    expect(await hash(page)).toContain("tstep=loss");
    // Backpropagation, one node at a time: the first node is the last decoder step's output layer.
    await page.keyboard.press("ArrowRight");
    expect(await hash(page)).toMatch(/tstep=back\.dec\.\d+\.out$/u);
    await expect(p.locator(".ts-node.ts-now")).toHaveCount(1);
    // Its arrows are drawn (a straight one has an empty box, so the count and width are checked, not visibility).
    const widths = await p.locator(".ts-edge-now").evaluateAll((els) => els.map((e) => Number(e.getAttribute("stroke-width"))));
    expect(widths.length).toBeGreaterThan(0);
    expect(Math.min(...widths)).toBeGreaterThan(0);
    let guard = 0;
    while (!(await hash(page)).includes("tstep=update") && guard++ < 60) await page.keyboard.press("ArrowRight");
    expect(await hash(page)).toContain("tstep=update");
    await expect(title(p)).toContainText(l.update);
    await expect(p.getByRole("status")).toContainText(l.status);
    await expect(p.locator(".ts-formulas")).toContainText("→");
    await page.keyboard.press("Home");
    await expect(title(p)).toContainText(l.forward);
    await page.keyboard.press("End");
    await expect(title(p)).toContainText(l.update);
    expect(await seriousViolations(page)).toEqual([]);
    await p.screenshot({ path: join(SCREENSHOTS, `trainstep-${l.lang}-1280-light.png`) });
  });

  test(`lesson 19 (${l.lang}): the address carries the training step, a reopened address restores it, and an unknown id opens the first step`, async ({ page, openPage }) => {
    let p = await openLesson(page, `${l.path}?tstep=back.dec.2.cell`);
    await expect(title(p)).toHaveText(l.cell2);
    await p.focus();
    await page.keyboard.press("ArrowLeft");
    const moved = await hash(page);
    expect(moved).toMatch(/tstep=back\.dec\.2\.(att|out)$/u);
    const shown = await title(p).textContent();
    const reopened = await openPage();
    await expect(title(await openLesson(reopened, moved))).toHaveText(shown ?? "");
    p = await openLesson(page, `${l.path}?tstep=back.dec.99.cell`);
    await expect(title(p)).toContainText(l.forward);
    // An old address without the field still opens the lesson on the first step.
    p = await openLesson(page, `${l.path}?step=3`);
    await expect(title(p)).toContainText(l.forward);
  });

  test(`lesson 19 (${l.lang}): presentation mode shows the training-step player and steps it`, async ({ page }) => {
    const p = await openLesson(page, `${l.path}?tstep=loss`);
    await p.focus();
    await page.keyboard.press("p");
    const overlay = page.locator(".presentation");
    await overlay.locator(".ts-picture").waitFor();
    await overlay.locator(".ts-formulas .katex").first().waitFor();
    await expect(overlay.locator(".ts-formulas-title")).toContainText(l.loss);
    await page.keyboard.press("ArrowRight");
    await expect(overlay.locator(".ts-formulas-title")).not.toContainText(l.loss);
    expect(await hash(page)).toMatch(/tstep=back\.dec\.\d+\.out/u);
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: join(SCREENSHOTS, `trainstep-${l.lang}-present.png`) });
    await page.keyboard.press("Escape");
    await expect(overlay).toHaveCount(0);
  });

  test(`lesson 19 (${l.lang}): a link with present=1 and a tstep opens the presentation on that step`, async ({ page }) => {
    await page.goto(`/${l.path}?tstep=back.dec.2.cell&present=1`);
    const overlay = page.locator(".presentation");
    await overlay.locator(".ts-formulas .katex").first().waitFor();
    await expect(overlay.locator(".ts-formulas-title")).toHaveText(l.cell2);
  });
}

for (const scheme of ["light", "dark"] as const) {
  test(`on a phone (${scheme}) the training-step player never scrolls the page sideways, at the first step, a node and the update`, async ({ openPage }) => {
    const page = await openPage({ viewport: VIEWPORTS.phone, colorScheme: scheme });
    for (const step of ["forward", "back.dec.3.att", "update"]) {
      const p = await openLesson(page, `#/zh/lesson/backpropagation-through-time?tstep=${step}`);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, `${step}: sideways scroll`).toBeLessThanOrEqual(0);
      await p.screenshot({ path: join(SCREENSHOTS, `trainstep-zh-390-${scheme}-${step}.png`) });
    }
  });
}
