// The browser tests: `npm run test:e2e` = `playwright test -c tests/e2e`. The site is built once into
// test-results/e2e-dist and served by `vite preview` on 127.0.0.1 (site.ts); every test drives
// Debian's Chromium, and no tool downloads a browser of its own.

import { defineConfig } from "@playwright/test";
import { ROOT, buildAndPreviewCommand, freePort } from "./site.ts";

// Several checkouts run their tests at once on one machine: the port is E2E_PORT, or one free when
// the run starts. The workers load this file again and inherit the variable, so all agree on it.
process.env.E2E_PORT ??= String(await freePort());
const port = Number(process.env.E2E_PORT);
const origin = `http://127.0.0.1:${port}`;

export default defineConfig({
  testDir: ".",
  testMatch: "*.spec.ts",
  outputDir: "../../test-results/e2e",
  // A ceiling against a hung test, not a timing check: the longest test opens 18 pages and runs axe
  // on each, which took 4 minutes on a 2-core machine shared with other work.
  timeout: 10 * 60_000,
  // Every test opens contexts of its own, so tests of one file may run in different workers. Two
  // workers on 2 cores: a test spends much of its time waiting (fonts, the training worker, timers),
  // and the run took 15 min against 26 min with one worker on a busy machine.
  fullyParallel: true,
  workers: 2,
  // No retries, in CI too: no test was flaky in the runs so far, and a retry would hide one.
  retries: 0,
  reportSlowTests: null,
  forbidOnly: !!process.env.CI,
  reporter: [["./measures.ts"], ["list"]],
  webServer: {
    command: buildAndPreviewCommand(port),
    cwd: ROOT,
    url: `${origin}/`,
    reuseExistingServer: false,
    // The build comes first: a minute on a busy machine, more on a very busy one.
    timeout: 10 * 60_000,
    stdout: "ignore",
    stderr: "pipe",
  },
  use: {
    baseURL: origin,
    browserName: "chromium",
    headless: true,
    launchOptions: {
      executablePath: "/usr/bin/chromium",
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
    },
    viewport: { width: 1280, height: 800 },
    colorScheme: "light",
    reducedMotion: "reduce",
    serviceWorkers: "block",
    // What playwright-core waits by default; the test runner alone would wait until the test's timeout.
    actionTimeout: 30_000,
    navigationTimeout: 30_000,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
  },
});
