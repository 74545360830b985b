// What the layout tests (layout.spec.ts, layoutClassroom.spec.ts) do on a page: open it, step
// through every step of its players, present it and step through the presentation, and walk the
// whole page down so that every lazy part has arrived. The checks themselves are in layoutProbes.ts.

import { join } from "node:path";
import type { Locator, Page } from "@playwright/test";
import { seriousViolations, waitForContent } from "./helpers.ts";
import { formulasFit, playerInView, present, presentationFits, scrollToTransport, setPlayerStep, settledInView } from "./layoutProbes.ts";
import { SCREENSHOTS, readLessons } from "./site.ts";

/** Every page of the site, as a path after "#/": the lessons, the playground and the training page. */
export const EVERY_PAGE = [...readLessons().map((l) => l.hash.slice(2)), "playground", "train"];

/** Opens `path` (after "#/") and waits until its lesson and figures have rendered. */
export async function open(page: Page, path: string): Promise<void> {
  await page.goto(`/#/${path}`);
  await waitForContent(page);
}

/**
 * Walks the page from its top to its bottom a window at a time, waiting at each stop until what is
 * in view has arrived (figures, the editor, formulas that load KaTeX once near), as a reader
 * scrolling down would see it.
 */
export async function walkDown(page: Page): Promise<void> {
  for (let top = 0; ; ) {
    await page.evaluate((y) => window.scrollTo(0, y), top);
    await page.waitForFunction(settledInView);
    const { height, bottom } = await page.evaluate(() => ({ height: window.innerHeight, bottom: document.documentElement.scrollHeight }));
    top += Math.round(height * 0.8);
    if (top >= bottom) return;
  }
}

/**
 * Steps through every step of every player `selector` finds, checking each from its transport
 * down; screenshots of the first player's first and last-but-one steps when `shot` names them.
 */
export async function everyStep(page: Page, selector: string, shot?: string): Promise<string[]> {
  const problems: string[] = [];
  const players = page.locator(selector);
  const count = await players.count();
  if (count === 0) problems.push(`no player matches ${selector}`);
  for (let k = 0; k < count; k++) {
    const player = players.nth(k);
    const last = Number(await player.locator(".player-scrub input").getAttribute("max"));
    for (let step = 0; step <= last; step++) {
      await player.evaluate(setPlayerStep, step);
      await player.evaluate(scrollToTransport);
      await player.locator(".formula-lines .katex, .tf-formula .katex").first().waitFor();
      const seen = [...(await player.evaluate(playerInView)), ...(await player.evaluate(formulasFit))];
      problems.push(...seen.map((p) => `player ${k + 1}, step ${step + 1}: ${p}`));
      if (shot && k === 0 && (step === 0 || step === last - 1)) await page.screenshot({ path: join(SCREENSHOTS, `${shot}-step${step + 1}.png`) });
    }
  }
  return problems;
}

/** The presentation's step counter reads "Step k of n": n. */
async function presentedSteps(page: Page): Promise<number> {
  const counter = await page.locator(".presentation-counter").innerText();
  const n = /(\d+)\D*$/u.exec(counter)?.[1];
  if (!n) throw new Error(`the presentation's counter reads "${counter}"`);
  return Number(n);
}

/**
 * Presents the page's first figure and goes through every step from the first with →, checking each (numbers at
 * least `minNumberPx` tall); screenshots of the first and last-but-one steps when `shot` names them.
 */
export async function presentEveryStep(page: Page, minNumberPx: number, shot?: string): Promise<string[]> {
  const problems: string[] = [];
  const stage: Locator = page.locator(".presentation");
  await page.evaluate(present);
  await stage.locator(".katex").first().waitFor();
  // A presentation opens on the player's step, which a lesson may set (step="dec.1", step="last").
  await stage.press("Home");
  const count = await presentedSteps(page);
  for (let step = 0; step < count; step++) {
    if (step > 0) await stage.press("ArrowRight");
    await page.locator(".presentation-counter").filter({ hasText: new RegExp(`\\b${step + 1}\\D+${count}\\b`, "u") }).waitFor();
    await stage.locator(".katex").first().waitFor();
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    problems.push(...(await page.evaluate(presentationFits, minNumberPx)).map((p) => `step ${step + 1}: ${p}`));
    if (shot && (step === 0 || step === count - 2)) await page.screenshot({ path: join(SCREENSHOTS, `${shot}-step${step + 1}.png`) });
  }
  problems.push(...(await seriousViolations(page)).map((p) => `presenting: ${p}`));
  return problems;
}
