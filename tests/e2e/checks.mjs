// The browser checks: each is a name and a function that throws (or returns problems) when the
// check fails. They run against the built site (run.mjs builds it), served on 127.0.0.1.
/* global document, location, navigator, caches -- used inside page.evaluate, which runs in the browser */

import { mkdir, readFile, readdir } from "node:fs/promises";
import { join } from "node:path";
import { VIEWPORTS, openPage, seriousViolations, waitForContent } from "./browser.mjs";
import { serveStatic } from "./server.mjs";
import { BUDGET_BYTES, describeBudget, measureBudget } from "../../scripts/budget.mjs";

const SCREENSHOTS = join("test-results", "screenshots");

/** The lessons of content/en, in order, with the slug and title their meta gives. */
export async function readLessons(root) {
  const dir = join(root, "content", "en");
  const files = (await readdir(dir)).filter((f) => f.endsWith(".mdx")).sort();
  return Promise.all(
    files.map(async (file) => {
      const text = await readFile(join(dir, file), "utf8");
      const field = (name) => new RegExp(`${name}:\\s*"((?:[^"\\\\]|\\\\.)*)"`).exec(text)?.[1];
      const slug = field("slug") ?? file.replace(/\.mdx$/, "").replace(/^\d+-/, "");
      const hasFigure = /<(Player|DecoderComparison|ScoreComparison|GruComparison|Seed003Example)\b/.test(text);
      return { slug, title: field("title") ?? "", hash: `#/lesson/${slug}`, hasFigure };
    }),
  );
}

function expect(condition, message) {
  if (!condition) throw new Error(message);
}

async function heading(page) {
  return (await page.locator("h1").innerText()).trim();
}

/** Each page at both widths in both themes: clean console and network, axe, screenshots. */
function pageCheck(ctx, target) {
  return {
    name: `${target.slug}: renders at 1280 and 390 px in light and dark with no console error, failed or foreign request, or serious axe violation`,
    async run() {
      const problems = [];
      for (const [width, viewport] of [["1280", VIEWPORTS.desktop], ["390", VIEWPORTS.phone]]) {
        for (const theme of ["light", "dark"]) {
          const { context, page, problems: seen } = await openPage(ctx.browser, ctx.origin, { viewport, colorScheme: theme });
          try {
            await page.goto(`${ctx.origin}/${target.hash}`);
            await waitForContent(page);
            if (target.title) expect((await heading(page)) === target.title, `h1 is "${await heading(page)}", not "${target.title}"`);
            expect((await page.getAttribute("html", "data-theme")) === theme, `data-theme is not ${theme}`);
            seen.push(...(await seriousViolations(page)));
            await page.screenshot({ path: join(SCREENSHOTS, `${target.slug}-${width}-${theme}.png`), fullPage: true });
          } catch (error) {
            seen.push(String(error.message ?? error));
          } finally {
            await context.close();
          }
          problems.push(...seen.map((p) => `[${width} ${theme}] ${p}`));
        }
      }
      return problems;
    },
  };
}

export async function buildChecks(ctx) {
  await mkdir(SCREENSHOTS, { recursive: true });
  const { lessons } = ctx;
  const [first, second, third] = lessons;
  const pages = [...lessons, { slug: "playground", title: "Playground", hash: "#/playground" }];
  const simple = (name, body, options) => ({
    name,
    async run() {
      const { context, page, problems } = await openPage(ctx.browser, ctx.origin, options);
      try {
        await body(page, context);
      } finally {
        await context.close();
      }
      return problems;
    },
  });

  return [
    ...pages.map((p) => pageCheck(ctx, p)),

    simple("a link with choices opens that lesson and keeps every choice in the address and the links", async (page) => {
      const hash = `${second.hash}?cell=gru-reset-after&score=general&bi=1&s=you%20love%20me&step=3`;
      await page.goto(`${ctx.origin}/${hash}`);
      await waitForContent(page);
      expect((await heading(page)) === second.title, `h1 is "${await heading(page)}"`);
      const now = await page.evaluate(() => location.hash);
      expect(now === hash, `the address became ${now}`);
      const tocHref = await page.locator("#toc a").nth(2).getAttribute("href");
      expect(tocHref?.includes("cell=gru-reset-after") && tocHref.includes("s=you%20love%20me"), `the contents link is ${tocHref}`);
    }),

    simple("clicking Next opens the second lesson and Back returns to the first", async (page) => {
      await page.goto(`${ctx.origin}/${first.hash}`);
      await waitForContent(page);
      await page.locator('a[rel="next"]').click();
      await page.waitForFunction((t) => document.querySelector("h1")?.textContent === t, second.title);
      expect((await page.evaluate(() => location.hash)) === second.hash, "the address did not follow");
      expect((await page.evaluate(() => document.activeElement?.id)) === "page-title", "focus did not move to the new title");
      await page.goBack();
      await page.waitForFunction((t) => document.querySelector("h1")?.textContent === t, first.title);
    }),

    simple(
      "on a phone the Contents button opens the menu, a lesson link navigates, and the menu closes",
      async (page) => {
        await page.goto(`${ctx.origin}/${first.hash}`);
        await waitForContent(page);
        const button = page.getByRole("button", { name: "Contents" });
        const toc = page.getByRole("navigation", { name: "Lessons" });
        expect(!(await toc.isVisible()), "the menu is open before it is asked for");
        await button.click();
        expect((await button.getAttribute("aria-expanded")) === "true", "aria-expanded is not true");
        expect(await toc.isVisible(), "the menu did not open");
        await toc.getByRole("link", { name: third.title }).click();
        await page.waitForFunction((t) => document.querySelector("h1")?.textContent === t, third.title);
        expect((await button.getAttribute("aria-expanded")) === "false", "the menu stayed open");
        expect(!(await toc.isVisible()), "the menu is still visible");
        await page.keyboard.press("Escape");
      },
      { viewport: VIEWPORTS.phone },
    ),

    simple(
      "picking Light in the theme control on a dark system applies data-theme and survives a reload",
      async (page) => {
        await page.goto(`${ctx.origin}/${first.hash}`);
        await waitForContent(page);
        expect((await page.getAttribute("html", "data-theme")) === "dark", "the system theme was not followed");
        await page.getByLabel("Theme").selectOption("light");
        expect((await page.getAttribute("html", "data-theme")) === "light", "data-theme did not change");
        await page.reload();
        await waitForContent(page);
        expect((await page.getAttribute("html", "data-theme")) === "light", "the pick was forgotten");
        expect((await page.getByLabel("Theme").inputValue()) === "light", "the control does not show the pick");
      },
      { colorScheme: "dark" },
    ),

    simple("the skip link is the first Tab stop and moves focus to the main content without changing the route", async (page) => {
      await page.goto(`${ctx.origin}/${second.hash}`);
      await waitForContent(page);
      await page.keyboard.press("Tab");
      const skip = page.getByRole("link", { name: "Skip to content" });
      expect(await skip.evaluate((el) => el === document.activeElement), "the skip link is not focused first");
      const box = await skip.boundingBox();
      expect(box && box.y >= 0, "the focused skip link is off screen");
      await page.keyboard.press("Enter");
      expect((await page.evaluate(() => document.activeElement?.id)) === "main", "focus is not on <main>");
      expect((await page.evaluate(() => location.hash)) === second.hash, "the route changed");
    }),

    {
      name: "KaTeX fonts load on demand from our own origin, as woff2 only",
      async run() {
        const { context, page, problems } = await openPage(ctx.browser, ctx.origin);
        const fonts = [];
        page.on("request", (r) => {
          if (r.resourceType() === "font") fonts.push(r.url());
        });
        try {
          await page.goto(`${ctx.origin}/${second.hash}`);
          await waitForContent(page);
        } finally {
          await context.close();
        }
        if (fonts.length === 0) problems.push("no font was requested on a page full of math");
        const total = (await readdir(join(ctx.dist, "assets"))).filter((f) => /^KaTeX_.*\.woff2$/.test(f)).length;
        if (fonts.length >= total) problems.push(`all ${total} KaTeX fonts were fetched: they should load on demand`);
        for (const url of fonts) {
          if (!url.startsWith(`${ctx.origin}/`) || !url.endsWith(".woff2")) problems.push(`font from ${url}`);
        }
        return problems;
      },
    },

    {
      name: "a figure whose code fails to load shows a notice with the error, the lesson stays readable, and Try again recovers",
      async run() {
        const manifest = JSON.parse(await readFile(join(ctx.dist, ".vite", "manifest.json"), "utf8"));
        const playerFile = manifest["src/ui/player/index.ts"]?.file;
        expect(playerFile, "the manifest has no player chunk");
        const withFigure = lessons.find((l) => l.hasFigure) ?? first;
        const { context, page } = await openPage(ctx.browser, ctx.origin);
        try {
          const block = (route) => route.abort();
          await page.route(`**/${playerFile}`, block);
          await page.goto(`${ctx.origin}/${withFigure.hash}`);
          const notice = page.getByRole("alert").filter({ hasText: "Something went wrong in this figure" }).first();
          await notice.waitFor();
          expect((await page.locator(".prose p").count()) > 3, "the lesson's prose is gone");
          await page.unroute(`**/${playerFile}`, block);
          await notice.getByRole("button", { name: "Try again" }).click();
          await page.waitForFunction(() => !document.querySelector('[data-figure] [role="alert"]') && !document.querySelector(".figure-loading"));
        } finally {
          await context.close();
        }
        return [];
      },
    },

    {
      name: "once loaded, the site keeps working offline: the service worker serves the shell and the lessons read so far",
      async run() {
        const server = await serveStatic(ctx.dist);
        const { context, page } = await openPage(ctx.browser, server.origin, { serviceWorkers: "allow" });
        const errors = [];
        page.on("pageerror", (e) => errors.push(`page error: ${e.message}`));
        try {
          await page.goto(`${server.origin}/${first.hash}`);
          await waitForContent(page);
          await page.waitForFunction(async () => {
            if (!navigator.serviceWorker.controller) return false;
            // One cache per build: its name ends in the build's hash (public/sw.js).
            const name = (await caches.keys()).find((k) => k.startsWith("seq2seq-lab-"));
            if (!name) return false;
            const keys = await (await caches.open(name)).keys();
            return keys.some((k) => /\/assets\/index-[^/]*\.js$/.test(k.url)) && keys.some((k) => k.url.endsWith(".css"));
          });
          await page.getByRole("navigation", { name: "Lessons" }).getByRole("link", { name: second.title }).click();
          await page.waitForFunction((t) => document.querySelector("h1")?.textContent === t, second.title);
          await waitForContent(page);
          await server.close();
          await page.reload();
          await waitForContent(page);
          expect((await heading(page)) === second.title, "the reloaded page is not the second lesson");
          expect((await page.locator(".prose p").count()) > 3, "the second lesson's body did not render offline");
          await page.getByRole("navigation", { name: "Lessons" }).getByRole("link", { name: first.title }).click();
          await page.waitForFunction((t) => document.querySelector("h1")?.textContent === t, first.title);
          await waitForContent(page);
          expect((await page.locator(".prose p").count()) > 3, "the first lesson's body did not render offline");
        } finally {
          await context.close();
          await server.close();
        }
        return errors;
      },
    },

    {
      name: `the first lesson's JS+CSS stays within the ${BUDGET_BYTES / 1000} KB gzip budget`,
      async run() {
        const budget = await measureBudget(ctx.root, ctx.dist);
        ctx.measures.push(describeBudget(budget));
        return budget.total > budget.budget ? [`over budget: ${describeBudget(budget)}`] : [];
      },
    },
  ];
}
