// The browser checks of decoding and of what the playground's model knows: lesson 6's sampling player
// opens sampling at τ = 2 on its first decoder step (English and Chinese), the playground reads and
// writes dec=sample&T=…&seed=… in the address, refuses a bad temperature and keeps the last good one,
// and its word list adds a word to the sentence, with no serious axe violation.
/* global location -- used inside page.evaluate, which runs in the browser */

import { join } from "node:path";
import { openPage, seriousViolations, VIEWPORTS, waitForContent } from "./browser.mjs";

const SCREENSHOTS = join("test-results", "screenshots");

function expect(condition, message) {
  if (!condition) throw new Error(message);
}

/** The lesson player that samples: the one whose decoding menu says so. */
function samplingPlayer(page) {
  return page.locator(".player:not(.comparison)").filter({ has: page.locator(".decoding-tau") }).first();
}

export function decodingChecks(ctx) {
  const run = (name, body, options) => ({
    name,
    async run() {
      const opened = await openPage(ctx.browser, ctx.origin, options);
      try {
        await body(opened.page);
      } finally {
        await opened.context.close();
      }
      return opened.problems;
    },
  });

  return [
    ...[
      { lang: "en", hash: "#/lesson/decoders", tau: "τ = 2", drawn: "next token, drawn with seed 3", theme: "light" },
      { lang: "zh", hash: "#/zh/lesson/decoders", tau: "τ = 2", drawn: "用种子 3 抽取", theme: "dark" },
    ].map(({ lang, hash, tau, drawn, theme }) =>
      run(`lesson 6 (${lang}) opens its decoder players on the first decoder step, and its sampling player samples at τ = 2 with seed 3`, async (page) => {
        await page.goto(`${ctx.origin}/${hash}`);
        await waitForContent(page);
        // The status line under each player's buttons: "Step 5 of 8 Decoder, t′ = 1: reads <sos>, …".
        const statuses = await page.locator(".player:not(.comparison) .player-status").allInnerTexts();
        expect(statuses.length >= 4, `lesson 6 shows ${statuses.length} players`);
        for (const status of statuses) expect(/t′ = 1/u.test(status), `a decoder player of lesson 6 opens on "${status}"`);
        const player = samplingPlayer(page);
        await player.scrollIntoViewIfNeeded();
        await player.locator(".formula-panel .katex").first().waitFor();
        expect((await player.locator(".decoding select").inputValue()) === "sample", "the sampling player's menu is not on sampling");
        // textContent: innerText would give the captions in the capitals CSS sets them in.
        const formulas = (await player.locator(".formula-panel").textContent()) ?? "";
        expect(formulas.includes(drawn), `the formulas do not say the token was drawn: ${formulas.slice(-200)}`);
        const caption = await player.locator("figure, .player-figure").filter({ hasText: tau }).count();
        expect(caption > 0, "no output picture names τ = 2");
        await player.screenshot({ path: join(SCREENSHOTS, `decoding-lesson6-${lang}-1280-${theme}.png`) });
      }, { colorScheme: theme }),
    ),

    run("the playground reads dec=sample&T=0.8&seed=3 from the address, refuses a temperature of 0, and greedy takes the fields out again", async (page) => {
      await page.goto(`${ctx.origin}/#/playground?dec=sample&T=0.8&seed=3`);
      await waitForContent(page);
      const menu = page.getByRole("combobox", { name: "Decoding" });
      expect((await menu.inputValue()) === "sample", "the address's sampling did not reach the menu");
      const field = page.getByRole("textbox", { name: "Temperature τ, as a number" });
      expect((await field.inputValue()) === "0.8", `the temperature field says ${await field.inputValue()}`);
      await field.fill("0");
      const alert = page.getByRole("alert").filter({ hasText: "Still using 0.8." });
      await alert.waitFor();
      expect((await page.evaluate(() => location.hash)).includes("T=0.8"), "a refused temperature reached the address");
      await field.fill("1.5");
      await page.waitForFunction(() => location.hash.includes("T=1.5"));
      expect((await seriousViolations(page)).length === 0, (await seriousViolations(page)).join("; "));
      await page.screenshot({ path: join(SCREENSHOTS, "decoding-playground-1280-light.png") });
      await menu.selectOption("greedy");
      await page.waitForFunction(() => !location.hash.includes("dec="));
    }),

    run(
      "the Chinese playground opens on English → Chinese, lists the words its model reads, and a word pressed joins the sentence",
      async (page) => {
        await page.goto(`${ctx.origin}/#/zh/playground`);
        await waitForContent(page);
        expect((await page.getByRole("combobox", { name: "语言对" }).inputValue()) === "en-zh", "the Chinese playground is not on English → Chinese");
        // Folded at first, so that the formulas stay on screen: the summary names the count.
        await page.locator(".model-facts summary").click();
        const words = page.getByRole("toolbar", { name: /它能读的词/u });
        await words.scrollIntoViewIfNeeded();
        await words.getByRole("button", { name: "china", exact: true }).click();
        const sentence = await page.getByRole("textbox", { name: "句子" }).inputValue();
        expect(sentence === "I love China china", `the sentence is "${sentence}"`);
        const tabStops = await words.evaluate((el) => [...el.querySelectorAll("button")].filter((b) => b.tabIndex === 0).length);
        expect(tabStops === 1, `the word list has ${tabStops} tab stops`);
        expect((await page.locator(".model-facts").innerText()).includes("留出集准确率"), "no held-out accuracy line");
        expect((await seriousViolations(page)).length === 0, (await seriousViolations(page)).join("; "));
        await page.locator(".model-facts").screenshot({ path: join(SCREENSHOTS, "model-facts-zh-390-light.png") });
      },
      { viewport: VIEWPORTS.phone },
    ),
  ];
}
