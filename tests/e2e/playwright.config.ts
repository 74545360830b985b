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
  // on each, on a 2-core machine shared with other work.
  timeout: 5 * 60_000,
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: [["./measures.ts"], ["list"]],
  webServer: {
    command: buildAndPreviewCommand(port),
    cwd: ROOT,
    url: `${origin}/`,
    reuseExistingServer: false,
    // The build comes first and takes a minute or more on a busy machine.
    timeout: 5 * 60_000,
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
