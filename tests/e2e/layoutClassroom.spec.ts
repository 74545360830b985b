// The classroom side of the layout: presentation mode shows each step whole at 1920 × 1080 and
// 1280 × 720 (numbers at least 20 px tall at 1080p), pointing at a heatmap row keeps α's width and
// colour on its lines, no page shows TeX source outside KaTeX, formulas show long vectors compactly
// with every digit at hand, and KaTeX's runtime loads only once a live formula nears the screen.
// Screenshots in test-results/screenshots/.

import { join } from "node:path";
import { expect, test } from "./fixtures.ts";
import { THEMES, VIEWPORTS, themedPage } from "./helpers.ts";
import { openEverything, rawTex, scrollToTransport } from "./layoutProbes.ts";
import { EVERY_PAGE, open, presentEveryStep, walkDown } from "./layoutSteps.ts";
import { SCREENSHOTS } from "./site.ts";

const PROJECTOR = { "1920": { width: 1920, height: 1080 }, "1280": { width: 1280, height: 720 } };
const KATEX_RUNTIME = /\/katex-[^/]*\.js$/u;

for (const [size, viewport] of Object.entries(PROJECTOR)) {
  // The issue asks for numbers of at least 20 px on a 1080p screen; 720p only must show everything.
  const min = size === "1920" ? 20 : 0;
  for (const theme of THEMES) {
    test(`presenting the playground at ${size} in ${theme} shows every step's pictures, formulas and, on decoder steps, the words and output distribution, nothing scrolling or cut${min ? ", numbers ≥ 20 px" : ""} (screenshots saved)`, async ({ openPage }) => {
      const page = await themedPage(openPage, theme, { viewport });
      await open(page, "playground");
      expect(await presentEveryStep(page, min, `layout-present-playground-${size}-${theme}`)).toEqual([]);
    });
  }
  for (const path of ["lesson/lstm", "lesson/decoders", "lesson/attention", "zh/lesson/attention", "lesson/cross-attention"]) {
    test(`presenting ${path} at ${size} shows every step whole, nothing scrolling or cut${min ? ", numbers ≥ 20 px" : ""}`, async ({ openPage }) => {
      const page = await openPage({ viewport });
      await open(page, path);
      const shot = path.endsWith("attention") ? `layout-present-${path.replace(/\W+/gu, "-")}-${size}-light` : undefined;
      expect(await presentEveryStep(page, min, shot)).toEqual([]);
    });
  }
}

for (const theme of THEMES) {
  test(`pointing at a heatmap row in ${theme} marks its attention lines without changing their width, colour or opacity (screenshot saved)`, async ({ openPage }) => {
    const page = await themedPage(openPage, theme, { viewport: VIEWPORTS.desktop });
    await open(page, "playground?step=6");
    await page.locator(".player").first().evaluate(scrollToTransport);
    const lines = page.getByRole("img", { name: /^Lines from each target word/u });
    await lines.locator("line").first().waitFor({ state: "attached" });
    const styles = () =>
      lines.evaluate((svg) =>
        Array.from(svg.querySelectorAll("line"), (l) => ({ key: `${l.getAttribute("x1")},${l.getAttribute("x2")}`, width: getComputedStyle(l).strokeWidth, colour: getComputedStyle(l).stroke, opacity: getComputedStyle(l).opacity, marked: l.classList.contains("is-hovered") })),
      );
    // The lines settle once the preset has replaced the demo and the transition has ended: read
    // them until two reads a quarter of a second apart agree (a busy machine loads the preset late).
    let before = await styles();
    for (let i = 0; i < 40; i++) {
      await page.waitForTimeout(250);
      const again = await styles();
      if (JSON.stringify(again) === JSON.stringify(before)) break;
      before = again;
    }
    // The heatmap's row label of the second decoder step.
    await page.getByRole("img", { name: /^Heatmap of the attention weights/u }).locator("text", { hasText: /^2: / }).hover();
    const marked = (await styles()).filter((l) => l.marked);
    expect(marked.length, "lines marked while their row is pointed at").toBeGreaterThan(0);
    for (const l of marked) expect.soft(before.find((b) => b.key === l.key), "a marked line as it was before").toEqual({ ...l, marked: false });
    expect(new Set(marked.map((l) => l.width)).size, `the marked lines' widths (all ${marked[0]?.width}: α no longer shows)`).toBeGreaterThanOrEqual(2);
    await page.screenshot({ path: join(SCREENSHOTS, `layout-hover-${theme}.png`) });
  });
}

for (const lang of ["en", "zh"] as const) {
  test(`walking every page in ${lang === "en" ? "English" : "中文"} with every disclosure open finds no TeX source outside KaTeX (_{, ^{, \\commands, $, W_nh-like names)`, async ({ page }) => {
    for (const path of EVERY_PAGE) {
      await test.step(path, async () => {
        await open(page, `${lang === "zh" ? "zh/" : ""}${path}`);
        await page.evaluate(openEverything);
        // Lazy figures and formulas arrive once scrolled to.
        await walkDown(page);
        expect.soft(await page.evaluate(rawTex), `${lang} ${path}`).toEqual([]);
      });
    }
  });
}

test("reading the playground's first step: the LSTM memory-cell line reads as a formula, a long vector folds and unfolds, the numbers table keeps every entry, symbol colours stay", async ({ page }) => {
  await open(page, "playground");
  const panel = page.getByRole("region", { name: "Formulas of this step" });
  await panel.locator(".katex").first().waitFor();
  // Its substitutions start on their own lines, each with "=".
  const cell = panel.locator(".formula-line", { hasText: /^memory cell/iu });
  const chunks = await cell.locator(".formula-chunk").allInnerTexts();
  expect(chunks, "the memory-cell line's parts").toHaveLength(3);
  for (const chunk of chunks.slice(1)) expect(chunk, "a substitution of the memory-cell line").toMatch(/^\s*=/u);
  const vector = cell.locator("button.formula-vec").first();
  const full = (await vector.getAttribute("title")) ?? "";
  expect(await vector.innerText(), "a folded 16-entry vector").toContain("…");
  expect(full.split(","), "the entries in the folded vector's tooltip").toHaveLength(16);
  await vector.click();
  await expect(vector, "the pressed vector").toHaveAttribute("aria-expanded", "true");
  expect((await vector.innerText()).startsWith(full.slice(0, -1)), `pressed, the vector reads "${await vector.innerText()}", not "${full}"`).toBe(true);
  await page.getByText("Show the numbers").click();
  const state = await page.locator(".player-numbers td").nth(1).innerText();
  expect(state.split(","), "the entries of h₁ in the numbers table").toHaveLength(16);
  const colours = await page.evaluate(() => {
    const sh = getComputedStyle(document.documentElement).getPropertyValue("--sym-h").trim();
    const probe = document.createElement("span");
    probe.style.color = sh;
    document.body.append(probe);
    const want = getComputedStyle(probe).color;
    probe.remove();
    const term = [...document.querySelectorAll(".formula-panel .katex [style*='color']")].find((el) => el.textContent?.startsWith("h"));
    const frame = [...document.querySelectorAll(".player-svg rect")].find((r) => r.getAttribute("stroke") === "var(--sym-h)");
    return { want, term: term && getComputedStyle(term).color, frame: frame && getComputedStyle(frame).stroke };
  });
  expect({ term: colours.term, frame: colours.frame }, "h's colour in the formula and in the picture").toEqual({ term: colours.want, frame: colours.want });
});

test("opening a lesson whose player is below the fold fetches KaTeX's runtime only once a live formula comes near the screen", async ({ page }) => {
  const scripts: string[] = [];
  page.on("request", (r) => {
    if (r.url().endsWith(".js")) scripts.push(r.url());
  });
  await page.goto("/#/lesson/encoder-decoder", { waitUntil: "networkidle" });
  expect(scripts.filter((u) => KATEX_RUNTIME.test(u)), "KaTeX's runtime fetched before any formula was near the screen").toEqual([]);
  // The player itself loads once it comes near the window (Figure.tsx).
  await page.locator('[data-figure="Player"]').first().scrollIntoViewIfNeeded();
  await page.locator(".player").first().evaluate(scrollToTransport);
  await page.locator(".formula-panel .katex").first().waitFor();
  expect(scripts.filter((u) => KATEX_RUNTIME.test(u)).length, "KaTeX's runtime fetches once the formulas were typeset").toBeGreaterThan(0);
});
