// How the players fit the reader's screen: at 1280 × 800 and 1440 × 900 every step of every player
// shows its transport, its main picture and its formulas together; the comparisons from their
// controls down; on a 390 px phone no page is wider than the screen and the player keeps its
// transport in view over tabs; no formula scrolls sideways. Screenshots in test-results/screenshots/.

import { join } from "node:path";
import { expect, test } from "./fixtures.ts";
import { THEMES, VIEWPORTS, seriousViolations, themedPage } from "./helpers.ts";
import { comparisonOutOfView, formulasFit, notWiderThanWindow, openEverything, scrollToControl, scrollToTransport } from "./layoutProbes.ts";
import { EVERY_PAGE, everyStep, open, walkDown } from "./layoutSteps.ts";
import { SCREENSHOTS } from "./site.ts";

const SIZES = { "1280": VIEWPORTS.desktop, "1440": { width: 1440, height: 900 } };
/** The pages with a recurrent player, and those with a Transformer player. */
const PLAYER_PAGES = ["lesson/encoder-decoder", "lesson/rnn-encoder", "lesson/lstm", "lesson/gru", "lesson/bidirectional", "lesson/decoders", "lesson/attention", "zh/lesson/attention"];
const TF_PAGES = ["lesson/qkv", "lesson/encoder-self-attention", "lesson/masked-self-attention", "lesson/cross-attention"];
const RECURRENT = "section.player:not(.comparison)";

for (const [size, viewport] of Object.entries(SIZES)) {
  for (const theme of THEMES) {
    test(`stepping through the playground at ${size} in ${theme} shows the transport, the main picture and the formulas together at every step, no formula scrolling sideways (screenshots saved)`, async ({ openPage }) => {
      const page = await themedPage(openPage, theme, { viewport });
      await open(page, "playground");
      expect(await everyStep(page, RECURRENT, `layout-playground-${size}-${theme}`)).toEqual([]);
    });
  }
  for (const path of [...PLAYER_PAGES, ...TF_PAGES]) {
    test(`stepping through every player of ${path} at ${size} shows the transport, the main picture and the formulas together at every step, no formula scrolling sideways`, async ({ openPage }) => {
      const page = await openPage({ viewport });
      await open(page, path);
      const shot = path === "lesson/attention" || path === "lesson/cross-attention" ? `layout-${path.replace(/\W+/gu, "-")}-${size}-light` : undefined;
      expect(await everyStep(page, TF_PAGES.includes(path) ? ".tf-player" : RECURRENT, shot)).toEqual([]);
    });
  }
}

for (const [path, control] of [
  ["lesson/gru", "input[type=range]"],
  ["lesson/decoders", "select"],
  ["lesson/attention", "input[type=range]"],
] as const) {
  test(`scrolling to the comparison of ${path} at 1280×800 shows its controls, a panel's formula and its picture together (screenshot saved)`, async ({ page }) => {
    await open(page, path);
    const frame = page.locator("section.comparison").first();
    await frame.evaluate(scrollToControl, control);
    // KaTeX arrives once a formula is near the screen.
    await frame.locator(".katex").first().waitFor();
    expect(await frame.evaluate(comparisonOutOfView, control), "parts out of view").toEqual([]);
    expect(await frame.evaluate(formulasFit), "formulas that do not fit").toEqual([]);
    await page.screenshot({ path: join(SCREENSHOTS, `layout-comparison-${path.split("/")[1]}-1280-light.png`) });
  });
}

for (const lang of ["en", "zh"] as const) {
  test(`opening every page on a 390×844 phone in ${lang === "en" ? "English" : "中文"} with every disclosure open, none is wider than the screen`, async ({ openPage }) => {
    const page = await openPage({ viewport: VIEWPORTS.phone });
    for (const path of EVERY_PAGE) {
      await test.step(path, async () => {
        await open(page, `${lang === "zh" ? "zh/" : ""}${path}`);
        await page.evaluate(openEverything);
        await walkDown(page);
        expect.soft(await page.evaluate(notWiderThanWindow), `${lang} ${path}`).toEqual([]);
      });
    }
  });
}

for (const theme of THEMES) {
  test(`on a 390×844 phone in ${theme}, the player keeps its transport in view and shows its picture and its formulas as tabs, each fitting the screen's width, with no serious axe violation (screenshots saved)`, async ({ openPage }) => {
    const page = await themedPage(openPage, theme, { viewport: VIEWPORTS.phone });
    await open(page, "playground?step=5");
    const player = page.locator(RECURRENT).first();
    await player.evaluate(scrollToTransport);
    await expect(player.getByRole("tab"), "the player's tabs").toHaveCount(2);
    await page.screenshot({ path: join(SCREENSHOTS, `layout-phone-pictures-${theme}.png`) });
    expect(await player.evaluate(notWiderThanWindow), "the Pictures tab").toEqual([]);
    await player.getByRole("tab", { name: "Formulas" }).click();
    await player.locator(".formula-lines .katex").first().waitFor();
    expect(await player.evaluate(formulasFit), "the Formulas tab").toEqual([]);
    await expect(player.getByRole("tabpanel").locator(".formula-panel"), "the Formulas tab's panel").toBeVisible();
    // Scrolled well into the player, the transport is still right under the header.
    await page.evaluate(() => window.scrollBy(0, 400));
    const gap = await player.evaluate((el) => (el.querySelector(".player-transport")?.getBoundingClientRect().top ?? NaN) - (document.querySelector(".site-header")?.getBoundingClientRect().bottom ?? NaN));
    expect(Math.abs(gap), "px between the transport and the header, scrolled into the player").toBeLessThanOrEqual(1);
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: join(SCREENSHOTS, `layout-phone-formulas-${theme}.png`) });
  });
}
