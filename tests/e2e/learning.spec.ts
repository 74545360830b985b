// Lessons 18 and 20's widgets in Chromium. GradientFlow: the default chart shows three curves, the
// slider moves by the keys and the chart, its summary and the clipping table follow (the RNN's gradient
// explodes at k = 3). TeacherForcingComparison: on the lesson's preset and held-out sentence the
// free-running column marks the inputs that are not the right words; a sentence the preset
// translates, typed in, ends the drift. Both in English and
// Chinese, with no serious axe violation and no sideways scroll at 1280 and 390 px, light and dark.

import { join } from "node:path";
import type { Locator, Page } from "@playwright/test";
import { expect, test } from "./fixtures.ts";
import { seriousViolations, waitForContent, WIDTHS_AND_THEMES } from "./helpers.ts";
import { SCREENSHOTS } from "./site.ts";

const LANGS = [
  { lang: "en", prefix: "#/", slider: "Recurrent weights' scale k", rnnSummary: /^RNN: ‖∂L\/∂h₁‖ = .+, 10⁻[⁰¹²³⁴⁵⁶⁷⁸⁹]+ of ‖∂L\/∂h₃₀‖/u, exploded: /^RNN: .+10\S+ times ‖∂L\/∂h₃₀‖/u, free: "Free running", forced: "Teacher forcing", drift: /From step 2 on/u, agree: /Both decoders read the same words/u, freeOutput: "le chien l' aime", example: ["I love you", "Je t'aime"] },
  { lang: "zh", prefix: "#/zh/", slider: "循环权重的缩放 k", rnnSummary: /^RNN：‖∂L\/∂h₁‖ = .+，是 ‖∂L\/∂h₃₀‖ 的 10⁻[⁰¹²³⁴⁵⁶⁷⁸⁹]+/u, exploded: /^RNN：.+的 10\S+ 倍/u, free: "自由运行", forced: "教师强制", drift: /从第 3 步起/u, agree: /两个解码器读入的词相同/u, freeOutput: "她 在 中国 看见 她", example: ["I love China", "我 爱 中国"] },
] as const;

async function openFigure(page: Page, path: string, name: string): Promise<Locator> {
  await page.goto(`/${path}`);
  await waitForContent(page);
  const figure = page.locator(`[data-figure="${name}"]`);
  await figure.scrollIntoViewIfNeeded();
  await figure.locator("section").first().waitFor();
  return figure;
}

const curves = (figure: Locator) => figure.locator(".flow-curve path").evaluateAll((paths) => paths.map((p) => p.getAttribute("d") ?? ""));

for (const l of LANGS) {
  test(`lesson 20 (${l.lang}): GradientFlow opens on three curves, and the slider moved by the keys redraws the chart, its summary and the clipping table`, async ({ page }) => {
    const figure = await openFigure(page, `${l.prefix}lesson/vanishing-gradients`, "GradientFlow");
    const before = await curves(figure);
    expect(before).toHaveLength(3);
    for (const d of before) expect(d).toMatch(/^M[\d.]+,[\d.]+(L[\d.]+,[\d.]+){29}$/u);
    const rnn = figure.locator('.flow-legend li[data-cell="rnn"]');
    await expect(rnn).toHaveText(l.rnnSummary);
    expect(await seriousViolations(page)).toEqual([]);

    const slider = figure.getByRole("slider", { name: l.slider });
    await slider.focus();
    await page.keyboard.press("ArrowRight");
    await expect(figure.locator("output")).toHaveText("k = 1.05");
    await page.keyboard.press("End");
    await expect(figure.locator("output")).toHaveText("k = 3.00");
    await expect(rnn).toHaveText(l.exploded);
    await expect(figure.locator('.flow-clip-table tr[data-cell="rnn"]')).toHaveClass(/flow-clipped/u);
    const after = await curves(figure);
    expect(after[0]).not.toBe(before[0]);
    expect(await seriousViolations(page)).toEqual([]);
  });

  test(`lesson 18 (${l.lang}): TeacherForcingComparison opens on the lesson's preset and sentence with the free-running inputs that are not the right words marked, and a sentence the preset translates, typed in, ends the drift`, async ({ page }) => {
    const figure = await openFigure(page, `${l.prefix}lesson/teacher-forcing`, "TeacherForcingComparison");
    const free = figure.getByRole("region", { name: l.free, exact: true });
    const forced = figure.getByRole("region", { name: l.forced, exact: true });
    await expect(figure.locator(".tf-summary")).toHaveText(l.drift);
    await expect(free.locator(".tf-output")).toContainText(l.freeOutput);
    expect(await free.locator("tr.tf-diverged").count()).toBeGreaterThan(0);
    await expect(free.locator("tr.tf-diverged .tf-mark").first()).toHaveText("≠");
    await expect(forced.locator("tr.tf-diverged")).toHaveCount(0);
    expect(await seriousViolations(page)).toEqual([]);

    const [sentence, reference] = await figure.getByRole("textbox").all();
    await sentence!.fill(l.example[0]);
    await reference!.focus();
    await page.keyboard.press("ControlOrMeta+a");
    await page.keyboard.type(l.example[1]);
    await expect(figure.locator(".tf-summary")).toHaveText(l.agree);
    await expect(free.locator("tr.tf-diverged")).toHaveCount(0);
    await expect(free.locator("td[data-value=sum]")).toHaveText(await forced.locator("td[data-value=sum]").innerText());
    expect(await seriousViolations(page)).toEqual([]);
  });
}

for (const { width, theme, viewport } of WIDTHS_AND_THEMES) {
  for (const l of LANGS) {
    test(`lessons 18 and 20 (${l.lang}, ${width} px, ${theme}) show their widgets without a sideways scroll or a serious axe violation`, async ({ openPage }) => {
      const page = await openPage({ viewport, colorScheme: theme });
      for (const [slug, name] of [["vanishing-gradients", "GradientFlow"], ["teacher-forcing", "TeacherForcingComparison"]] as const) {
        const figure = await openFigure(page, `${l.prefix}lesson/${slug}`, name);
        const widths = await page.evaluate(() => ({ page: document.documentElement.scrollWidth, view: document.documentElement.clientWidth }));
        expect(widths.page, `${name}: the page scrolls sideways`).toBeLessThanOrEqual(widths.view);
        expect(await seriousViolations(page), name).toEqual([]);
        if (name === "TeacherForcingComparison") await figure.locator(".tf-summary").waitFor();
        await figure.screenshot({ path: join(SCREENSHOTS, `learning-${name}-${l.lang}-${width}-${theme}.png`) });
      }
    });
  }
}
