// What many browser tests do: wait until a lesson has rendered, run axe, read the largest
// contentful paint, and report a measurement (printed at the end of the run by measures.ts).

import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { test, type Page } from "@playwright/test";
import type { PageOptions } from "./fixtures.ts";

// Evaluated rather than added as a <script>: the site's Content-Security-Policy refuses inline scripts.
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

export const VIEWPORTS = { desktop: { width: 1280, height: 800 }, phone: { width: 390, height: 844 } };
/** The page tests' combinations: each width in each of the system's themes. */
export const WIDTHS_AND_THEMES = (["1280", "390"] as const).flatMap((width) =>
  (["light", "dark"] as const).map((theme) => ({ width, theme, viewport: width === "1280" ? VIEWPORTS.desktop : VIEWPORTS.phone })),
);

export const THEMES = ["light", "dark", "projector"] as const;
export type Theme = (typeof THEMES)[number];

/** A page in `theme`: light and dark through the system's preference, projector as the reader's pick. */
export async function themedPage(openPage: (options?: PageOptions) => Promise<Page>, theme: Theme, options: PageOptions): Promise<Page> {
  const page = await openPage({ ...options, colorScheme: theme === "dark" ? "dark" : "light" });
  if (theme === "projector") await page.context().addInitScript(() => localStorage.setItem("seq2seq-lab:theme", "projector"));
  return page;
}

/** Waits until the page's title, the lesson body and every figure have rendered, and the fonts. */
export async function waitForContent(page: Page): Promise<void> {
  await page.waitForSelector("h1");
  await page.waitForFunction(() => !document.querySelector(".lesson-loading"));
  await loadFigures(page);
  await page.waitForFunction(() => !document.querySelector(".lesson-loading, .figure-loading, .figure-pending"));
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
}

/**
 * A lesson's figure fetches its code once it comes within a screen of the window (Figure.tsx): this
 * brings each waiting one into view, as a reader scrolling there would, until it has started to
 * load, then scrolls back to where the page was.
 */
export async function loadFigures(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const x = window.scrollX;
    const y = window.scrollY;
    const frame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    for (let pending = document.querySelector(".figure-pending"); pending; pending = document.querySelector(".figure-pending")) {
      pending.scrollIntoView({ block: "center" });
      for (let i = 0; i < 100 && pending.isConnected; i++) await frame();
      if (pending.isConnected) throw new Error("a figure did not start loading when scrolled into view");
    }
    window.scrollTo(x, y);
  });
}

/** Waits until the formulas (in `scope`, a CSS selector, if given) are typeset and every font has arrived. */
export async function settle(page: Page, scope = ""): Promise<void> {
  await page.locator(`${scope} .katex`).first().waitFor();
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
}

/** The page's h1, trimmed. */
export async function heading(page: Page): Promise<string> {
  return (await page.locator("h1").innerText()).trim();
}

/** Waits until the page's h1 reads `title`. */
export async function waitForHeading(page: Page, title: string): Promise<void> {
  await page.waitForFunction((t) => document.querySelector("h1")?.textContent === t, title);
}

type AxeResult = { violations: { id: string; impact?: string | null; help: string; nodes: { target: string[] }[] }[] };

/** axe-core's serious and critical violations, one line each. */
export async function seriousViolations(page: Page): Promise<string[]> {
  await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<AxeResult> } }).axe;
    const result = await axe.run(document, { resultTypes: ["violations"] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.slice(0, 3).map((n) => n.target.join(" ")) }));
  });
  return violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `axe ${v.impact} ${v.id} (${v.help}) at ${v.targets.join(", ")}`);
}

/** The largest contentful paint of the page so far, in ms, or undefined if there is none. */
export function largestContentfulPaint(page: Page): Promise<number | undefined> {
  return page.evaluate(
    () =>
      new Promise<number | undefined>((resolve) => {
        // buffered: the entries from before the observer existed are delivered at once.
        new PerformanceObserver((list) => resolve(list.getEntries().at(-1)?.startTime)).observe({ type: "largest-contentful-paint", buffered: true });
        // A page with no LCP entry would never call back; it has none to report.
        setTimeout(() => resolve(undefined), 3000);
      }),
  );
}

/** Reports a figure the run prints at its end ("measured: …"): reported, never asserted. */
export function measure(text: string): void {
  test.info().annotations.push({ type: "measured", description: text });
}
