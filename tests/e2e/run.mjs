// The browser tests: builds the site, serves the build on 127.0.0.1, drives Debian's Chromium through
// every check in checks.mjs, weights.mjs, training.mjs, classroom.mjs, layout.mjs and layoutClassroom.mjs, prints each check's result and the measurements, and ends with
// "N passed, M failed" (exit code 1 on any failure).

import { spawnSync } from "node:child_process";
import console from "node:console";
import { join } from "node:path";
import process from "node:process";
import { URL, fileURLToPath } from "node:url";
import { launch, largestContentfulPaint, openPage, waitForContent } from "./browser.mjs";
import { buildChecks, readLessons } from "./checks.mjs";
import { classroomChecks } from "./classroom.mjs";
import { layoutChecks } from "./layout.mjs";
import { layoutClassroomChecks } from "./layoutClassroom.mjs";
import { trainingChecks } from "./training.mjs";
import { weightChecks } from "./weights.mjs";
import { serveStatic } from "./server.mjs";

const root = fileURLToPath(new URL("../../", import.meta.url));
// The same build as dist/, in a folder of its own: a `vite build` run by someone else in the same
// checkout empties dist/ and must not pull files from under a running check.
const dist = join(root, "test-results", "e2e-dist");

function build() {
  const args = ["vite", "build", "--logLevel", "warn", "--outDir", dist, "--emptyOutDir"];
  const result = spawnSync("npx", args, { cwd: root, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
  if (result.status !== 0) {
    process.stderr.write(result.stdout + result.stderr);
    throw new Error("vite build failed");
  }
  console.log(`built ${dist}`);
}

async function measureLcp(ctx) {
  const { context, page } = await openPage(ctx.browser, ctx.origin);
  try {
    await page.goto(`${ctx.origin}/${ctx.lessons[0].hash}`);
    await waitForContent(page);
    const lcp = await largestContentfulPaint(page);
    return `largest contentful paint of ${ctx.lessons[0].slug} (1280 px, light, local server): ${lcp === undefined ? "none reported" : `${Math.round(lcp)} ms`}`;
  } finally {
    await context.close();
  }
}

async function main() {
  build();
  const lessons = await readLessons(root);
  if (lessons.length < 3) throw new Error(`the browser checks need at least 3 lessons in content/en, found ${lessons.length}`);
  const server = await serveStatic(dist);
  const browser = await launch();
  const ctx = { root, dist, origin: server.origin, browser, lessons, measures: [] };
  let passed = 0;
  let failed = 0;
  try {
    for (const check of [...(await buildChecks(ctx)), ...weightChecks(ctx), ...trainingChecks(ctx), ...classroomChecks(ctx), ...layoutChecks(ctx), ...layoutClassroomChecks(ctx)]) {
      let problems;
      try {
        problems = (await check.run()) ?? [];
      } catch (error) {
        problems = [error instanceof Error ? error.message : String(error)];
      }
      if (problems.length === 0) {
        passed += 1;
        console.log(`✓ ${check.name}`);
      } else {
        failed += 1;
        console.log(`✗ ${check.name}`);
        for (const problem of problems) console.log(`    ${problem}`);
      }
    }
    ctx.measures.push(await measureLcp(ctx));
  } finally {
    await browser.close();
    await server.close();
  }
  for (const measure of ctx.measures) console.log(`measured: ${measure}`);
  console.log(`${passed} passed, ${failed} failed`);
  process.exitCode = failed === 0 ? 0 : 1;
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
