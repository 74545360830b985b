// The browser checks of issue 12 beyond the page layout: presentation mode shows each step whole at
// 1920 × 1080 and 1280 × 720 (numbers at least 20 px tall at 1080p), pointing at a heatmap row keeps
// α's width and colour on its lines, no page shows TeX source outside KaTeX, formulas show long
// vectors compactly with every digit at hand, and KaTeX's runtime loads only once a live formula
// nears the screen. Screenshots land in test-results/screenshots/.
/* global document, window, getComputedStyle */

import { join } from "node:path";
import { seriousViolations } from "./browser.mjs";
import { SCREENSHOTS, SLUGS, THEMES, onPage, open } from "./layout.mjs";
import { openEverything, presentationFits, present, rawTex, scrollToTransport } from "./layoutProbes.mjs";

const PROJECTOR = { "1920": { width: 1920, height: 1080 }, "1280": { width: 1280, height: 720 } };

/** Presents the page's first figure and goes through every step with →, checking each. */
async function presentEveryStep(page, seen, shot, minNumberPx) {
  await page.evaluate(present);
  await page.locator(".presentation .katex").first().waitFor();
  const count = Number(/(\d+)\D*$/u.exec(await page.locator(".presentation-counter").innerText())[1]);
  for (let step = 0; step < count; step++) {
    if (step > 0) await page.locator(".presentation").press("ArrowRight");
    await page.locator(".presentation .katex").first().waitFor();
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    seen.push(...(await page.evaluate(presentationFits, minNumberPx)).map((p) => `step ${step + 1}: ${p}`));
    if (shot && (step === 0 || step === count - 2)) await page.screenshot({ path: join(SCREENSHOTS, `${shot}-step${step + 1}.png`) });
  }
  seen.push(...(await seriousViolations(page)).map((p) => `presenting: ${p}`));
}

function presentationFit(ctx) {
  return {
    name: "presentation at 1920×1080 and 1280×720 in light, dark and projector shows every step's pictures, formulas and, on decoder steps, the words and output distribution, with nothing scrolling or cut and numbers ≥ 20 px at 1080p (screenshots saved)",
    async run() {
      const problems = [];
      for (const [size, viewport] of Object.entries(PROJECTOR)) {
        const min = size === "1920" ? 20 : 0;
        for (const theme of THEMES) {
          problems.push(...(await onPage(ctx, { theme, viewport, tag: `present playground ${size} ${theme}` }, (page, seen) => open(ctx, page, "playground").then(() => presentEveryStep(page, seen, `layout-present-playground-${size}-${theme}`, min)))));
        }
        for (const hash of ["lesson/lstm", "lesson/decoders", "lesson/attention", "zh/lesson/attention", "lesson/cross-attention"]) {
          const shot = hash.endsWith("attention") ? `layout-present-${hash.replace(/\W+/gu, "-")}-${size}-light` : undefined;
          problems.push(...(await onPage(ctx, { viewport, tag: `present ${hash} ${size}` }, (page, seen) => open(ctx, page, hash).then(() => presentEveryStep(page, seen, shot, min)))));
        }
      }
      return problems;
    },
  };
}

/** Pointing at a heatmap row adds emphasis to its attention lines and keeps their width and colour. */
function hoverKeepsEncoding(ctx) {
  return {
    name: "pointing at a heatmap row marks its attention lines without changing their width or colour, in light, dark and projector",
    async run() {
      const problems = [];
      for (const theme of THEMES) {
        problems.push(
          ...(await onPage(ctx, { theme, viewport: { width: 1280, height: 800 }, tag: `hover ${theme}` }, async (page, seen) => {
            await open(ctx, page, "playground?step=6");
            const player = page.locator(".player").first();
            await player.evaluate(scrollToTransport);
            const lines = page.getByRole("img", { name: /^Lines from each target word/u });
            await lines.locator("line").first().waitFor({ state: "attached" });
            const styles = () => lines.evaluate((svg) => Array.from(svg.querySelectorAll("line"), (l) => ({ key: `${l.getAttribute("x1")},${l.getAttribute("x2")}`, width: getComputedStyle(l).strokeWidth, colour: getComputedStyle(l).stroke, opacity: getComputedStyle(l).opacity, marked: l.classList.contains("is-hovered") })));
            const before = await styles();
            // The heatmap's row label of the second decoder step.
            await page.getByRole("img", { name: /^Heatmap of the attention weights/u }).locator("text", { hasText: /^2: / }).hover();
            const after = await styles();
            const marked = after.filter((l) => l.marked);
            if (marked.length === 0) seen.push("no line is marked while its row is pointed at");
            for (const l of marked) {
              const was = before.find((b) => b.key === l.key);
              if (!was || was.width !== l.width || was.colour !== l.colour || was.opacity !== l.opacity) seen.push(`a marked line changed from ${JSON.stringify(was)} to ${JSON.stringify(l)}`);
            }
            if (new Set(marked.map((l) => l.width)).size < 2) seen.push(`the marked lines all have one width (${marked[0]?.width}): α no longer shows`);
            await page.screenshot({ path: join(SCREENSHOTS, `layout-hover-${theme}.png`) });
          })),
        );
      }
      return problems;
    },
  };
}

/** Every page, both languages, every disclosure open: no TeX source shown outside KaTeX. */
function noRawTex(ctx) {
  return {
    name: "no page shows TeX source outside KaTeX (_{, ^{, \\commands, $, W_nh-like names), in English and 中文, every disclosure open",
    async run() {
      const problems = [];
      for (const lang of ["", "zh/"]) {
        problems.push(
          ...(await onPage(ctx, { viewport: { width: 1280, height: 800 }, tag: `raw TeX ${lang || "en/"}` }, async (page, seen) => {
            for (const hash of [...SLUGS.map((s) => `lesson/${s}`), "playground", "train"]) {
              await open(ctx, page, `${lang}${hash}`);
              await page.evaluate(openEverything);
              // Lazy figures and formulas arrive once scrolled to.
              await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
              await page.waitForTimeout(500);
              seen.push(...(await page.evaluate(rawTex)).map((hit) => `${hash}: ${hit}`));
            }
          })),
        );
      }
      return problems;
    },
  };
}

/**
 * The formulas of the playground's first step: the memory-cell line reads as one formula (its
 * substitutions start on their own lines, each with "="); a long vector shows its first entries and
 * its last, all of them when pressed; the numbers tables keep every entry; the symbols keep their
 * colours in KaTeX and in the pictures.
 */
function formulasReadable(ctx) {
  return {
    name: "formulas: the LSTM memory-cell line reads as a formula, long vectors fold and unfold, the numbers tables keep every entry, symbol colours stay",
    async run() {
      return onPage(ctx, { viewport: { width: 1280, height: 800 }, tag: "formulas" }, async (page, seen) => {
        await open(ctx, page, "playground");
        const panel = page.getByRole("region", { name: "Formulas of this step" });
        await panel.locator(".katex").first().waitFor();
        const cell = panel.locator(".formula-line", { hasText: /^memory cell/iu });
        const chunks = await cell.locator(".formula-chunk").allInnerTexts();
        if (chunks.length !== 3 || !chunks.slice(1).every((c) => /^\s*=/u.test(c))) seen.push(`the memory-cell line's parts are ${JSON.stringify(chunks)}`);
        const vector = cell.locator("button.formula-vec").first();
        const folded = await vector.innerText();
        const full = (await vector.getAttribute("title")) ?? "";
        if (!folded.includes("…") || full.split(",").length !== 16) seen.push(`a 16-entry vector reads "${folded}", its tooltip "${full}"`);
        await vector.click();
        if ((await vector.getAttribute("aria-expanded")) !== "true" || !(await vector.innerText()).startsWith(full.slice(0, -1))) seen.push(`pressed, the vector reads "${await vector.innerText()}"`);
        await page.getByText("Show the numbers").click();
        const state = await page.locator(".player-numbers td").nth(1).innerText();
        if (state.split(",").length !== 16) seen.push(`the numbers table shows ${state.split(",").length} entries of h₁, not 16`);
        const colours = await page.evaluate(() => {
          const sh = getComputedStyle(document.documentElement).getPropertyValue("--sym-h").trim();
          const probe = document.createElement("span");
          probe.style.color = sh;
          document.body.append(probe);
          const want = getComputedStyle(probe).color;
          probe.remove();
          const term = [...document.querySelectorAll(".formula-panel .katex [style*='color']")].find((el) => el.textContent.startsWith("h"));
          const frame = [...document.querySelectorAll(".player-svg rect")].find((r) => r.getAttribute("stroke") === "var(--sym-h)");
          return { want, term: term && getComputedStyle(term).color, frame: frame && getComputedStyle(frame).stroke };
        });
        if (colours.term !== colours.want || colours.frame !== colours.want) seen.push(`h is ${colours.term} in the formula and ${colours.frame} in the picture, not ${colours.want}`);
      });
    },
  };
}

/** KaTeX's runtime is not fetched for a lesson whose player is below the fold, until it is scrolled to. */
function katexWhenNear(ctx) {
  return {
    name: "KaTeX's runtime loads only once a live formula comes near the screen",
    async run() {
      return onPage(ctx, { viewport: { width: 1280, height: 800 }, tag: "KaTeX on demand" }, async (page, seen) => {
        const scripts = [];
        page.on("request", (r) => r.url().endsWith(".js") && scripts.push(r.url()));
        await page.goto(`${ctx.origin}/#/lesson/encoder-decoder`, { waitUntil: "networkidle" });
        if (scripts.some((u) => /\/katex-[^/]*\.js$/u.test(u))) seen.push("KaTeX's runtime was fetched before any formula was near the screen");
        await page.locator(".player").first().evaluate(scrollToTransport);
        await page.locator(".formula-panel .katex").first().waitFor();
        if (!scripts.some((u) => /\/katex-[^/]*\.js$/u.test(u))) seen.push("the formulas were typeset without KaTeX's runtime being fetched");
      });
    },
  };
}

export function layoutClassroomChecks(ctx) {
  return [presentationFit(ctx), hoverKeepsEncoding(ctx), noRawTex(ctx), formulasReadable(ctx), katexWhenNear(ctx)];
}
