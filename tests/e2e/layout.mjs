// The browser checks of how the players fit the reader's screen (issue 12): at 1280 × 800 and
// 1440 × 900 every step of every player shows its transport, its main picture and its formulas
// together; on a 390 px phone no page is wider than the screen and the player keeps its transport
// in view over tabs; no formula scrolls sideways. Screenshots land in test-results/screenshots/.

/* global document, window -- used inside page.evaluate, which runs in the browser */

import { join } from "node:path";
import { seriousViolations, waitForContent } from "./browser.mjs";
import { themedPage } from "./classroom.mjs";
import { formulasFit, notWiderThanWindow, openEverything, playerInView, scrollToTransport, setPlayerStep } from "./layoutProbes.mjs";

export const SCREENSHOTS = join("test-results", "screenshots");
export const THEMES = ["light", "dark", "projector"];
const SIZES = { "1280": { width: 1280, height: 800 }, "1440": { width: 1440, height: 900 } };
const PHONE = { width: 390, height: 844 };
export const SLUGS = ["encoder-decoder", "rnn-encoder", "lstm", "gru", "bidirectional", "decoders", "attention", "worked-example", "symbols-and-sources", "qkv", "encoder-self-attention", "masked-self-attention", "cross-attention", "multi-head", "recurrent-to-transformer"];
/** The pages with a recurrent player, and those with a Transformer player. */
const PLAYER_PAGES = ["playground", "lesson/encoder-decoder", "lesson/rnn-encoder", "lesson/lstm", "lesson/gru", "lesson/bidirectional", "lesson/decoders", "lesson/attention", "zh/lesson/attention"];
const TF_PAGES = ["lesson/qkv", "lesson/encoder-self-attention", "lesson/masked-self-attention", "lesson/cross-attention"];
const RECURRENT = "section.player:not(.comparison)";

/** Runs `body(page, problems)` on a fresh page in `theme`; returns what went wrong, each line tagged. */
export async function onPage(ctx, { theme = "light", viewport, tag }, body) {
  const { context, page, problems } = await themedPage(ctx, theme, viewport);
  try {
    await body(page, problems);
  } catch (error) {
    problems.push(String(error.message ?? error));
  } finally {
    await context.close();
  }
  return problems.map((p) => `[${tag}] ${p}`);
}

export async function open(ctx, page, hash) {
  await page.goto(`${ctx.origin}/#/${hash}`);
  await waitForContent(page);
}

/** Steps through every step of every player the selector finds, checking each from its transport down. */
async function everyStep(page, selector, problems, shot) {
  const players = page.locator(selector);
  for (let k = 0; k < (await players.count()); k++) {
    const player = players.nth(k);
    const last = Number(await player.locator(".player-scrub input, .tf-scrub input").getAttribute("max"));
    for (let step = 0; step <= last; step++) {
      await player.evaluate(setPlayerStep, step);
      await player.evaluate(scrollToTransport);
      await player.locator(".formula-lines .katex, .tf-formula .katex").first().waitFor();
      const seen = [...(await player.evaluate(playerInView)), ...(await player.evaluate(formulasFit))];
      problems.push(...seen.map((p) => `player ${k + 1}, step ${step + 1}: ${p}`));
      if (shot && k === 0 && (step === 0 || step === last - 1)) await page.screenshot({ path: join(SCREENSHOTS, `${shot}-step${step + 1}.png`) });
    }
  }
}

function playersFit(ctx) {
  return {
    name: "at 1280×800 and 1440×900 every step of every player shows its transport, main picture and formulas together, no formula scrolling sideways (the playground in light, dark and projector; screenshots saved)",
    async run() {
      const problems = [];
      for (const [size, viewport] of Object.entries(SIZES)) {
        for (const theme of THEMES) {
          problems.push(...(await onPage(ctx, { theme, viewport, tag: `playground ${size} ${theme}` }, (page, seen) => open(ctx, page, "playground").then(() => everyStep(page, RECURRENT, seen, `layout-playground-${size}-${theme}`)))));
        }
        for (const hash of [...PLAYER_PAGES.slice(1), ...TF_PAGES]) {
          const name = hash.replace(/\W+/gu, "-");
          const selector = TF_PAGES.includes(hash) ? ".tf-player" : RECURRENT;
          problems.push(...(await onPage(ctx, { viewport, tag: `${hash} ${size}` }, (page, seen) => open(ctx, page, hash).then(() => everyStep(page, selector, seen, hash === "lesson/attention" || hash === "lesson/cross-attention" ? `layout-${name}-${size}-light` : undefined)))));
        }
      }
      return problems;
    },
  };
}

/** A comparison from its controls down: the controls, its first panel's formula and picture together. */
function comparisonsFit(ctx) {
  return {
    name: "at 1280×800 the GRU, decoder and score comparisons show their controls, a panel's formula and its picture together (screenshots saved)",
    async run() {
      const problems = [];
      for (const [hash, control] of [["lesson/gru", "input[type=range]"], ["lesson/decoders", "select"], ["lesson/attention", "input[type=range]"]]) {
        problems.push(
          ...(await onPage(ctx, { viewport: SIZES["1280"], tag: `${hash} comparison` }, async (page, seen) => {
            await open(ctx, page, hash);
            const frame = page.locator("section.comparison").first();
            await frame.evaluate((el, selector) => {
              const header = document.querySelector(".site-header").getBoundingClientRect().bottom;
              window.scrollTo(0, el.querySelector(`.player-choices ${selector}`).getBoundingClientRect().top + window.scrollY - header - 8);
            }, control);
            // KaTeX arrives once a formula is near the screen.
            await frame.locator(".katex").first().waitFor();
            seen.push(
              ...(await frame.evaluate((el, selector) => {
                const header = document.querySelector(".site-header").getBoundingClientRect().bottom;
                const controls = el.querySelector(`.player-choices ${selector}`);
                const panel = el.querySelector(".comparison-panel");
                const parts = [controls, panel.querySelector(".comparison-formula"), panel.querySelector(".player-svg"), ...panel.querySelectorAll(".formula-line")];
                return parts.filter((p) => p && (p.getBoundingClientRect().top < header - 1 || p.getBoundingClientRect().bottom > window.innerHeight + 1)).map((p) => `${p.className?.baseVal ?? p.className ?? p.tagName} is out of view`);
              }, control)),
            );
            seen.push(...(await frame.evaluate(formulasFit)));
            await page.screenshot({ path: join(SCREENSHOTS, `layout-comparison-${hash.split("/")[1]}-1280-light.png`) });
          })),
        );
      }
      return problems;
    },
  };
}

/** Every page on a 390 px phone, in both languages, every disclosure open: none wider than the screen. */
function phoneWidth(ctx) {
  return {
    name: "on a 390×844 phone no page is wider than the screen, in English and 中文, every disclosure open",
    async run() {
      const problems = [];
      for (const lang of ["", "zh/"]) {
        problems.push(
          ...(await onPage(ctx, { viewport: PHONE, tag: `phone ${lang || "en/"}` }, async (page, seen) => {
            for (const hash of [...SLUGS.map((s) => `lesson/${s}`), "playground", "train"]) {
              await open(ctx, page, `${lang}${hash}`);
              await page.evaluate(openEverything);
              await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
              await page.waitForTimeout(300);
              seen.push(...(await page.evaluate(notWiderThanWindow)).map((p) => `${hash}: ${p}`));
            }
          })),
        );
      }
      return problems;
    },
  };
}

/** The player on a phone: the transport stays under the header, the pictures and formulas are tabs. */
function phonePlayer(ctx) {
  return {
    name: "on a 390×844 phone the player keeps its transport in view and shows its picture and its formulas as tabs, each fitting the screen's width, axe-clean (light, dark and projector; screenshots saved)",
    async run() {
      const problems = [];
      for (const theme of THEMES) {
        problems.push(
          ...(await onPage(ctx, { theme, viewport: PHONE, tag: `phone player ${theme}` }, async (page, seen) => {
            await open(ctx, page, "playground?step=5");
            const player = page.locator(RECURRENT).first();
            await player.evaluate(scrollToTransport);
            const tabs = player.getByRole("tab");
            if ((await tabs.count()) !== 2) seen.push(`${await tabs.count()} tabs, not 2`);
            await page.screenshot({ path: join(SCREENSHOTS, `layout-phone-pictures-${theme}.png`) });
            seen.push(...(await player.evaluate(notWiderThanWindow)));
            await player.getByRole("tab", { name: "Formulas" }).click();
            await player.locator(".formula-lines .katex").first().waitFor();
            seen.push(...(await player.evaluate(formulasFit)));
            if (!(await player.getByRole("tabpanel").locator(".formula-panel").isVisible())) seen.push("the Formulas tab does not show the formulas");
            // Scrolled well into the player, the transport is still right under the header.
            await page.evaluate(() => window.scrollBy(0, 400));
            const gap = await player.evaluate((el) => el.querySelector(".player-transport").getBoundingClientRect().top - document.querySelector(".site-header").getBoundingClientRect().bottom);
            if (Math.abs(gap) > 1) seen.push(`scrolled into the player, the transport is ${gap} px from the header`);
            seen.push(...(await seriousViolations(page)));
            await page.screenshot({ path: join(SCREENSHOTS, `layout-phone-formulas-${theme}.png`) });
          })),
        );
      }
      return problems;
    },
  };
}

export function layoutChecks(ctx) {
  return [playersFit(ctx), comparisonsFit(ctx), phoneWidth(ctx), phonePlayer(ctx)];
}
