// The `test` every spec uses: Playwright's, with every browser context of a test watched for what
// must never happen on our site. A console error, an uncaught page error, a failed request, an HTTP
// error status, a request to another host or a Content-Security-Policy violation fails the test at
// its end, with each problem listed.

import { test as base, expect, type BrowserContext, type BrowserContextOptions, type Page } from "@playwright/test";

export { expect };

export type PageOptions = BrowserContextOptions & {
  /** Prefixed to this page's problems, e.g. "1280 dark", when a test opens several. */
  label?: string;
};

type Fixtures = {
  /** The problems seen so far on the test's watched contexts; the test fails if any remain at its end. */
  problems: string[];
  /** Opens a page in a context of its own (the config's options, then `options`), watched like `page`. */
  openPage: (options?: PageOptions) => Promise<Page>;
};

/**
 * Records into `problems` everything that went wrong in `context`; requests may go to `origin` only.
 * Chromium logs most policy violations as console errors; the `securitypolicyviolation` event,
 * written to the console by a script the context runs before the page's own, catches the rest.
 */
export async function watch(context: BrowserContext, origin: string, problems: string[], label?: string): Promise<void> {
  await context.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || "inline"} (${e.sample})`));
  });
  const host = new URL(origin).host;
  const add = (problem: string) => problems.push(label ? `[${label}] ${problem}` : problem);
  context.on("console", (message) => {
    if (message.type() === "error") add(`console error: ${message.text()}`);
  });
  context.on("weberror", (error) => add(`page error: ${error.error().message}`));
  context.on("request", (request) => {
    const url = new URL(request.url());
    if ((url.protocol === "http:" || url.protocol === "https:") && url.host !== host) add(`request to another host: ${request.url()}`);
  });
  context.on("requestfailed", (request) => add(`failed request: ${request.url()} (${request.failure()?.errorText})`));
  context.on("response", (response) => {
    if (response.status() >= 400) add(`HTTP ${response.status()}: ${response.url()}`);
  });
}

export const test = base.extend<Fixtures>({
  // eslint-disable-next-line no-empty-pattern -- Playwright reads a fixture's needs from this pattern, even when empty.
  problems: async ({}, use) => {
    const problems: string[] = [];
    await use(problems);
    // Read after every context of the test has closed, as requests cut short by a close count too.
    expect(problems, "console errors, page errors, failed or foreign requests, HTTP errors").toEqual([]);
  },
  context: async ({ context, problems, baseURL }, use) => {
    await watch(context, baseURL ?? "", problems);
    await use(context);
  },
  openPage: async ({ browser, problems, baseURL }, use) => {
    const contexts: BrowserContext[] = [];
    await use(async ({ label, ...options } = {}) => {
      const context = await browser.newContext(options);
      contexts.push(context);
      await watch(context, options.baseURL ?? baseURL ?? "", problems, label);
      return context.newPage();
    });
    for (const context of contexts) await context.close();
  },
});
