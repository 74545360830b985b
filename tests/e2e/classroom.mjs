// The browser checks of classroom and reading comfort: presentation mode at projector sizes in each
// theme (screenshots saved), axe in every theme and both languages, a keyboard-only walk through a
// lesson and its player, and Chinese drawn with the bundled font.
/* global document, getComputedStyle, localStorage, location, window -- used inside page.evaluate, which runs in the browser */

import { join } from "node:path";
import { openPage, seriousViolations, waitForContent } from "./browser.mjs";

const SCREENSHOTS = join("test-results", "screenshots");
const THEMES = ["light", "dark", "projector"];
const PROJECTOR_SIZES = { "1920": { width: 1920, height: 1080 }, "1280": { width: 1280, height: 720 } };

function expect(condition, message) {
  if (!condition) throw new Error(message);
}

/** A page in `theme`: light and dark through the system's preference, projector as the reader's pick. */
export async function themedPage(ctx, theme, viewport) {
  const opened = await openPage(ctx.browser, ctx.origin, { viewport, colorScheme: theme === "dark" ? "dark" : "light" });
  if (theme === "projector") await opened.context.addInitScript(() => localStorage.setItem("seq2seq-lab:theme", "projector"));
  return opened;
}

/** Waits until a figure's formulas are typeset and every font has arrived. */
export async function settle(page, scope = "") {
  await page.locator(`${scope} .katex`).first().waitFor();
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
}

/** Whether the focused element shows a focus indicator of at least 2 px (an outline or a ring). */
function focusShown(page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return { ok: false, what: "nothing focused" };
    const style = getComputedStyle(el);
    const outline = style.outlineStyle !== "none" && parseFloat(style.outlineWidth) >= 2;
    const ring = style.boxShadow !== "none";
    const what = `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ""}${el.className && typeof el.className === "string" ? `.${el.className.split(" ")[0]}` : ""} "${(el.getAttribute("aria-label") ?? el.textContent ?? "").trim().slice(0, 40)}"`;
    return { ok: outline || ring, what };
  });
}

/** The presentation of a lesson's first figure at a step, opened by a link, checked and photographed. */
async function presentationShot(ctx, { theme, size, hash, file, lang }) {
  const viewport = PROJECTOR_SIZES[size];
  const { context, page, problems } = await themedPage(ctx, theme, viewport);
  try {
    await page.goto(`${ctx.origin}/${hash}`);
    const dialog = page.getByRole("dialog");
    await dialog.waitFor();
    await settle(page, ".presentation");
    expect((await page.getAttribute("html", "data-theme")) === theme, `data-theme is not ${theme}`);
    expect((await page.getAttribute("html", "lang")) === (lang === "zh" ? "zh-CN" : "en"), "<html lang> is wrong");
    const box = await dialog.boundingBox();
    expect(box && box.width >= viewport.width - 1 && box.height >= viewport.height - 1, `the presentation covers ${box?.width}×${box?.height}, not the screen`);
    const counter = await page.locator(".presentation-counter").innerText();
    expect(/\d/.test(counter), `the step counter reads "${counter}"`);
    // Readable from the back of a room: the step's sentence at least 24 px on a 1080p screen, 18 px at 720p.
    const px = await page.locator(".presentation-sentence").evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(px >= (size === "1920" ? 24 : 18), `the step's sentence is ${px} px`);
    const overflow = await page.evaluate(() => document.querySelector(".presentation").scrollWidth - window.innerWidth);
    expect(overflow <= 1, `the presentation is ${overflow} px wider than the screen`);
    problems.push(...(await seriousViolations(page)).map((p) => `presenting: ${p}`));
    await page.screenshot({ path: join(SCREENSHOTS, file) });
  } catch (error) {
    problems.push(String(error.message ?? error));
  } finally {
    await context.close();
  }
  return problems.map((p) => `[${file}] ${p}`);
}

function presentationCheck(ctx) {
  return {
    name: "presentation mode fills the screen at 1920×1080 and 1280×720 in light, dark and projector, legible and without axe violations (screenshots saved)",
    async run() {
      const problems = [];
      for (const theme of THEMES) {
        for (const size of Object.keys(PROJECTOR_SIZES)) {
          problems.push(...(await presentationShot(ctx, { theme, size, hash: "#/lesson/attention?step=8&present=1", file: `present-attention-${size}-${theme}.png`, lang: "en" })));
        }
      }
      problems.push(...(await presentationShot(ctx, { theme: "projector", size: "1920", hash: "#/zh/lesson/attention?step=8&present=1", file: "present-attention-zh-1920-projector.png", lang: "zh" })));
      problems.push(...(await presentationShot(ctx, { theme: "dark", size: "1280", hash: "#/zh/lesson/cross-attention?step=6&present=1", file: "present-cross-zh-1280-dark.png", lang: "zh" })));
      problems.push(...(await presentationShot(ctx, { theme: "light", size: "1920", hash: "#/playground?step=12&present=1", file: "present-playground-1920-light.png", lang: "en" })));
      return problems;
    },
  };
}

/** A lesson, the playground and a Transformer lesson in every theme and both languages. */
function axeCheck(ctx) {
  const pages = ["lesson/attention", "playground", "lesson/cross-attention"];
  return {
    name: "a lesson, the playground and a Transformer lesson have no serious axe violation in light, dark and projector, in English and 中文",
    async run() {
      const problems = [];
      for (const theme of THEMES) {
        for (const lang of ["en", "zh"]) {
          for (const path of pages) {
            const { context, page, problems: seen } = await themedPage(ctx, theme, { width: 1280, height: 800 });
            const hash = `#/${lang === "zh" ? "zh/" : ""}${path}`;
            try {
              await page.goto(`${ctx.origin}/${hash}`);
              await waitForContent(page);
              await settle(page);
              // The disclosures open, so their tables are checked too.
              for (const summary of await page.locator(".player-numbers summary").all()) await summary.click();
              seen.push(...(await seriousViolations(page)));
              if (path === "lesson/attention") await page.screenshot({ path: join(SCREENSHOTS, `classroom-attention-${lang}-${theme}.png`), fullPage: false });
            } catch (error) {
              seen.push(String(error.message ?? error));
            } finally {
              await context.close();
            }
            problems.push(...seen.map((p) => `[${theme} ${lang} ${hash}] ${p}`));
          }
        }
      }
      return problems;
    },
  };
}

/**
 * Tab from the top of a lesson to its player, step with keys, present with P, leave with Escape,
 * then Tab on to the next-lesson link: every stop shows its focus and Tab always moves on. The
 * browser asks for reduced motion, so nothing may animate on the way.
 */
function keyboardCheck(ctx) {
  return {
    name: "a keyboard-only walk: Tab to the player, step with → and ←, present with P and leave with Escape, Tab on to the next lesson, focus always visible",
    async run() {
      const { context, page, problems } = await openPage(ctx.browser, ctx.origin);
      try {
        await page.goto(`${ctx.origin}/#/lesson/encoder-decoder`);
        await waitForContent(page);
        await settle(page);
        const inPlayer = () => page.evaluate(() => document.activeElement?.matches(".player") ?? false);
        let tabs = 0;
        while (!(await inPlayer())) {
          await page.keyboard.press("Tab");
          tabs += 1;
          expect(tabs < 200, "200 Tabs did not reach the player");
          const shown = await focusShown(page);
          expect(shown.ok, `no visible focus on ${shown.what} (Tab ${tabs})`);
        }
        const status = () => page.locator(".player-status").first().innerText();
        const before = await status();
        await page.keyboard.press("ArrowRight");
        await page.keyboard.press("ArrowRight");
        expect((await status()).startsWith("Step 3 of"), `→ → left the status at "${await status()}"`);
        await page.keyboard.press("ArrowLeft");
        expect((await status()).startsWith("Step 2 of") && before.startsWith("Step 1 of"), "← did not step back");
        // The browser asks for reduced motion (openPage): no CSS animation or transition lasts longer than
        // the 0.01 ms base.css allows, and D3 schedules no transition.
        const moving = await page.evaluate(() => ({
          css: document.getAnimations().filter((a) => a.playState === "running" && Number(a.effect?.getTiming().duration) > 1).length,
          d3: [...document.querySelectorAll("svg *")].filter((el) => el.__transition).length,
        }));
        expect(moving.css === 0 && moving.d3 === 0, `with reduced motion ${moving.css} CSS animations longer than 1 ms and ${moving.d3} D3 transitions run`);
        await page.keyboard.press("p");
        const dialog = page.getByRole("dialog");
        await dialog.waitFor();
        expect(await page.evaluate(() => document.activeElement?.getAttribute("role") === "dialog"), "the presentation did not take the focus");
        await page.keyboard.press("ArrowRight");
        expect((await page.locator(".presentation-counter").innerText()).startsWith("Step 3 of"), "→ in the presentation did not step");
        await page.keyboard.press("Escape");
        await dialog.waitFor({ state: "detached" });
        expect(await inPlayer(), "focus did not return to the player after Escape");
        expect((await status()).startsWith("Step 3 of"), "the player did not keep the presentation's step");
        const seen = new Set();
        let last = "";
        for (;;) {
          await page.keyboard.press("Tab");
          tabs += 1;
          expect(tabs < 400, "400 Tabs did not reach the next-lesson link");
          const shown = await focusShown(page);
          expect(shown.ok, `no visible focus on ${shown.what} (Tab ${tabs})`);
          // A trap would hold the focus on one element or a small loop of them.
          expect(shown.what !== last || (await page.evaluate(() => document.activeElement?.tagName === "TD")), `Tab stayed on ${shown.what}`);
          last = shown.what;
          seen.add(shown.what);
          if (await page.evaluate(() => document.activeElement?.matches('a[rel="next"]') ?? false)) break;
        }
        await page.keyboard.press("Enter");
        await page.waitForFunction(() => location.hash.startsWith("#/lesson/rnn-encoder"));
        expect(seen.size > 10, `the walk met only ${seen.size} focusable elements`);
      } catch (error) {
        problems.push(String(error.message ?? error));
      } finally {
        await context.close();
      }
      return problems;
    },
  };
}

/** Chinese text must come out of the bundled Noto Sans SC, served by us: not tofu, not a system font. */
function chineseFontCheck(ctx) {
  return {
    name: "中文 lessons draw Chinese with the bundled Noto Sans SC, fetched in unicode-range chunks from our own origin only",
    async run() {
      const { context, page, problems } = await openPage(ctx.browser, ctx.origin);
      const fonts = [];
      page.on("request", (r) => {
        if (r.resourceType() === "font") fonts.push(r.url());
      });
      try {
        await page.goto(`${ctx.origin}/#/zh/lesson/encoder-decoder`);
        await waitForContent(page);
        await page.waitForFunction(() => [...document.fonts].some((f) => f.family.replace(/"/g, "") === "Noto Sans SC" && f.status === "loaded"));
        const check = await page.evaluate(() => document.fonts.check('16px "Noto Sans SC"', "编码器解码器"));
        expect(check, "Noto Sans SC cannot draw 编码器解码器");
        const family = await page.locator("h1").evaluate((el) => getComputedStyle(el).fontFamily);
        expect(family.includes("Noto Sans SC"), `the title's font stack is ${family}`);
        const noto = fonts.filter((u) => /noto-sans-sc/.test(u));
        expect(noto.length > 0, "no Noto Sans SC file was fetched");
        expect(noto.length < 60, `${noto.length} Noto Sans SC files were fetched: the unicode-range chunks should load on demand`);
        for (const url of noto) expect(url.startsWith(`${ctx.origin}/`) && url.endsWith(".woff2"), `font from ${url}`);
        await page.screenshot({ path: join(SCREENSHOTS, "zh-encoder-decoder-1280-light.png") });
        await page.goto(`${ctx.origin}/#/lesson/encoder-decoder`);
        await waitForContent(page);
        expect(await page.evaluate(() => document.documentElement.lang === "en"), "<html lang> did not return to en");
      } catch (error) {
        problems.push(String(error.message ?? error));
      } finally {
        await context.close();
      }
      return problems;
    },
  };
}

/** English readers download none of the Chinese font. */
function noChineseFontForEnglish(ctx) {
  return {
    name: "an English lesson without Chinese on it fetches no Chinese font",
    async run() {
      const { context, page, problems } = await openPage(ctx.browser, ctx.origin);
      const fonts = [];
      page.on("request", (r) => {
        if (r.resourceType() === "font" || /noto-sans-sc/.test(r.url())) fonts.push(r.url());
      });
      try {
        await page.goto(`${ctx.origin}/#/lesson/rnn-encoder`);
        await waitForContent(page);
        await settle(page);
        const noto = fonts.filter((u) => /noto-sans-sc/.test(u));
        expect(noto.length === 0, `an English page fetched ${noto.join(", ")}`);
      } catch (error) {
        problems.push(String(error.message ?? error));
      } finally {
        await context.close();
      }
      return problems;
    },
  };
}

export function classroomChecks(ctx) {
  return [presentationCheck(ctx), axeCheck(ctx), keyboardCheck(ctx), chineseFontCheck(ctx), noChineseFontForEnglish(ctx)];
}
