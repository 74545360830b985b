// Classroom and reading comfort: presentation mode at projector sizes in each theme (screenshots
// saved), axe in every theme and both languages, and a keyboard-only walk through a lesson and its player.

import { join } from "node:path";
import { expect, test } from "./fixtures.ts";
import { THEMES, VIEWPORTS, seriousViolations, settle, themedPage, waitForContent, type Theme } from "./helpers.ts";
import { SCREENSHOTS } from "./site.ts";
import { walkToNextLesson, walkToPlayer } from "./keyboard.ts";

const PROJECTOR_SIZES = { "1920": { width: 1920, height: 1080 }, "1280": { width: 1280, height: 720 } };
type Size = keyof typeof PROJECTOR_SIZES;

test("presentation mode fills the screen at 1920×1080 and 1280×720 in light, dark and projector, legible and without axe violations (screenshots saved)", async ({ openPage }) => {
  const shots: { theme: Theme; size: Size; hash: string; file: string; lang: "en" | "zh" }[] = [
    ...THEMES.flatMap((theme) => (["1920", "1280"] as const).map((size) => ({ theme, size, hash: "#/lesson/attention?step=8&present=1", file: `present-attention-${size}-${theme}.png`, lang: "en" as const }))),
    { theme: "projector", size: "1920", hash: "#/zh/lesson/attention?step=8&present=1", file: "present-attention-zh-1920-projector.png", lang: "zh" },
    { theme: "dark", size: "1280", hash: "#/zh/lesson/cross-attention?step=6&present=1", file: "present-cross-zh-1280-dark.png", lang: "zh" },
    { theme: "light", size: "1920", hash: "#/playground?step=12&present=1", file: "present-playground-1920-light.png", lang: "en" },
  ];
  for (const { theme, size, hash, file, lang } of shots) {
    await test.step(file, async () => {
      const viewport = PROJECTOR_SIZES[size];
      const page = await themedPage(openPage, theme, { viewport, label: file });
      await page.goto(`/${hash}`);
      const dialog = page.getByRole("dialog");
      await dialog.waitFor();
      await settle(page, ".presentation");
      expect.soft(await page.getAttribute("html", "data-theme"), `[${file}] data-theme`).toBe(theme);
      expect.soft(await page.getAttribute("html", "lang"), `[${file}] <html lang>`).toBe(lang === "zh" ? "zh-CN" : "en");
      const box = await dialog.boundingBox();
      expect.soft(box && box.width >= viewport.width - 1 && box.height >= viewport.height - 1, `[${file}] the presentation covers ${box?.width}×${box?.height}, not the screen`).toBe(true);
      expect.soft(await page.locator(".presentation-counter").innerText(), `[${file}] the step counter`).toMatch(/\d/u);
      // Readable from the back of a room: the step's sentence at least 24 px on a 1080p screen, 18 px at 720p.
      const px = await page.locator(".presentation-sentence").evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
      expect.soft(px, `[${file}] the step's sentence, in px`).toBeGreaterThanOrEqual(size === "1920" ? 24 : 18);
      const overflow = await page.evaluate(() => (document.querySelector(".presentation")?.scrollWidth ?? Infinity) - window.innerWidth);
      expect.soft(overflow, `[${file}] how much wider than the screen the presentation is, in px`).toBeLessThanOrEqual(1);
      expect.soft(await seriousViolations(page), `[${file}] serious axe violations while presenting`).toEqual([]);
      await page.screenshot({ path: join(SCREENSHOTS, file) });
      await page.context().close();
    });
  }
});

test("a lesson, the playground and a Transformer lesson have no serious axe violation in light, dark and projector, in English and 中文", async ({ openPage }) => {
  for (const theme of THEMES) {
    for (const lang of ["en", "zh"] as const) {
      for (const path of ["lesson/attention", "playground", "lesson/cross-attention"]) {
        const hash = `#/${lang === "zh" ? "zh/" : ""}${path}`;
        await test.step(`${theme} ${hash}`, async () => {
          const page = await themedPage(openPage, theme, { viewport: VIEWPORTS.desktop, label: `${theme} ${lang} ${hash}` });
          await page.goto(`/${hash}`);
          await waitForContent(page);
          await settle(page);
          // The disclosures open, so their tables are checked too.
          for (const summary of await page.locator(".player-numbers summary").all()) await summary.click();
          expect.soft(await seriousViolations(page), `[${theme} ${lang} ${hash}] serious axe violations`).toEqual([]);
          if (path === "lesson/attention") await page.screenshot({ path: join(SCREENSHOTS, `classroom-attention-${lang}-${theme}.png`), fullPage: false });
          await page.context().close();
        });
      }
    }
  }
});

// The browser asks for reduced motion (the config's reducedMotion), so nothing may animate on the way.
test("a keyboard-only walk: Tab to the player, step with → and ←, present with P and leave with Escape, Tab on to the next lesson, focus always visible", async ({ page }) => {
  await page.goto("/#/lesson/encoder-decoder");
  await waitForContent(page);
  await settle(page);
  const tabs = await walkToPlayer(page);
  const status = () => page.locator(".player-status").first().innerText();
  const before = await status();
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("ArrowRight");
  expect(await status(), "the status after → →").toMatch(/^Step 3 of/u);
  await page.keyboard.press("ArrowLeft");
  expect((await status()).startsWith("Step 2 of") && before.startsWith("Step 1 of"), "← did not step back").toBe(true);
  // No CSS animation or transition lasts longer than the 0.01 ms base.css allows, and D3 schedules no transition.
  const moving = await page.evaluate(() => ({
    css: document.getAnimations().filter((a) => a.playState === "running" && Number(a.effect?.getTiming().duration) > 1).length,
    d3: [...document.querySelectorAll("svg *")].filter((el) => (el as Element & { __transition?: unknown }).__transition).length,
  }));
  expect(moving, "CSS animations longer than 1 ms and D3 transitions running with reduced motion").toEqual({ css: 0, d3: 0 });
  await page.keyboard.press("p");
  const dialog = page.getByRole("dialog");
  await dialog.waitFor();
  expect(await page.evaluate(() => document.activeElement?.getAttribute("role")), "the presentation did not take the focus").toBe("dialog");
  await page.keyboard.press("ArrowRight");
  expect(await page.locator(".presentation-counter").innerText(), "→ in the presentation").toMatch(/^Step 3 of/u);
  await page.keyboard.press("Escape");
  await dialog.waitFor({ state: "detached" });
  expect(await page.evaluate(() => document.activeElement?.matches(".player") ?? false), "focus did not return to the player after Escape").toBe(true);
  expect(await status(), "the player did not keep the presentation's step").toMatch(/^Step 3 of/u);
  const seen = await walkToNextLesson(page, tabs);
  await page.keyboard.press("Enter");
  await page.waitForFunction(() => location.hash.startsWith("#/lesson/rnn-encoder"));
  expect(seen, "the focusable elements the walk met").toBeGreaterThan(10);
});
