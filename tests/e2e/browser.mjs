// Driving Debian's Chromium through playwright-core: launching it, opening a page while recording
// everything that went wrong on it, waiting until a lesson has rendered, and running axe.
/* global window, document, console, PerformanceObserver, setTimeout -- used inside page.evaluate, which runs in the browser */

import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { URL } from "node:url";
import { chromium } from "playwright-core";

const require = createRequire(import.meta.url);
// Evaluated rather than added as a <script>: the site's Content-Security-Policy refuses inline scripts.
const AXE_SOURCE = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

export const VIEWPORTS = { desktop: { width: 1280, height: 800 }, phone: { width: 390, height: 844 } };

export function launch() {
  return chromium.launch({
    executablePath: "/usr/bin/chromium",
    headless: true,
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
  });
}

/**
 * A new context and page that record console errors, page errors, failed requests, 4xx/5xx
 * responses, any request to a host other than `origin`, and every Content-Security-Policy violation
 * (the browser logs most of them as console errors; the event catches the rest).
 */
export async function openPage(browser, origin, { viewport = VIEWPORTS.desktop, colorScheme = "light", serviceWorkers = "block" } = {}) {
  const context = await browser.newContext({ viewport, colorScheme, serviceWorkers, reducedMotion: "reduce" });
  const page = await context.newPage();
  const problems = [];
  await context.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || "inline"} (${e.sample})`));
  });
  const host = new URL(origin).host;
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(`console error: ${message.text()}`);
  });
  page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
  context.on("request", (request) => {
    const url = new URL(request.url());
    if ((url.protocol === "http:" || url.protocol === "https:") && url.host !== host) problems.push(`request to another host: ${request.url()}`);
  });
  context.on("requestfailed", (request) => problems.push(`failed request: ${request.url()} (${request.failure()?.errorText})`));
  context.on("response", (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  return { context, page, problems };
}

/** Waits until the page's title, the lesson body and every figure have rendered, and the fonts. */
export async function waitForContent(page) {
  await page.waitForSelector("h1");
  await page.waitForFunction(() => !document.querySelector(".lesson-loading, .figure-loading"));
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
}

/** axe-core's serious and critical violations, one line each. */
export async function seriousViolations(page) {
  await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async () => {
    const result = await window.axe.run(document, { resultTypes: ["violations"] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.slice(0, 3).map((n) => n.target.join(" ")) }));
  });
  return violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `axe ${v.impact} ${v.id} (${v.help}) at ${v.targets.join(", ")}`);
}

/** The largest contentful paint of the page so far, in ms, or undefined if there is none. */
export function largestContentfulPaint(page) {
  return page.evaluate(
    () =>
      new Promise((resolve) => {
        // buffered: the entries from before the observer existed are delivered at once.
        new PerformanceObserver((list) => resolve(list.getEntries().at(-1)?.startTime)).observe({ type: "largest-contentful-paint", buffered: true });
        // A page with no LCP entry would never call back; it has none to report.
        setTimeout(() => resolve(undefined), 3000);
      }),
  );
}
