// The weight editor's gradients and one step of gradient descent, by keyboard, in a lesson's player
// in English and Chinese: open the collapsed editor, show ∂L/∂θ on the grid, take one step and see
// the loss fall, force divergence with a huge learning rate and see why nothing changed, undo the
// step; no serious axe violation.

import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures.ts";
import { seriousViolations, waitForContent } from "./helpers.ts";
import { learnStepEn, learnStepZh } from "../../src/ui/i18n/learnStep.ts";

const LESSON = "lesson/encoder-decoder";

/** A number as the editor writes it ("0.6441", "−0.0031", "4.51e+6"). */
const parse = (text: string) => Number(text.replace(/−/gu, "-"));

/** Whether the focused element shows a focus ring of at least 2 px. */
const focusShown = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    if (!el) return false;
    const s = getComputedStyle(el);
    return s.outlineStyle !== "none" && parseFloat(s.outlineWidth) >= 2;
  });

async function press(page: Page, locator: ReturnType<Page["locator"]>, key: string): Promise<void> {
  await locator.focus();
  expect(await focusShown(page), `no visible focus before ${key}`).toBe(true);
  await page.keyboard.press(key);
}

for (const { lang, hash, w, tooLarge } of [
  { lang: "en", hash: `#/${LESSON}`, w: learnStepEn, tooLarge: "the learning rate 1e6 is too large" },
  { lang: "zh", hash: `#/zh/${LESSON}`, w: learnStepZh, tooLarge: "学习率 1e6 太大了" },
] as const) {
  test(`${lang}: by keyboard, the editor shows gradients, takes a step that lowers the loss, refuses a diverging one and undoes the step`, async ({ page }) => {
    await page.goto(`/${hash}`);
    await waitForContent(page);
    const editor = page.locator(".edit-weights").first();
    const summary = editor.locator("summary");
    await summary.scrollIntoViewIfNeeded();
    await press(page, summary, "Enter");
    await editor.locator(".weights-picker select").waitFor();

    // Show gradients: the grid's cells now carry ∂L/∂θ, and the readout both numbers.
    await press(page, editor.getByRole("checkbox", { name: w.showGradients }), "Space");
    const grid = editor.getByRole("grid", { name: new RegExp(`${w.gradientGrid("").replace(/[()]/gu, "\\$&")}$`, "u") });
    await grid.waitFor();
    expect(await grid.locator("td").first().getAttribute("aria-label")).toContain("∂L/∂θ");
    await expect(editor.locator(".weight-readout")).toContainText("∂L/∂");
    await expect(editor.locator(".learn-loss")).toContainText("L = ");
    const editedBefore = await summary.innerText();

    // One step with the default η = 0.1 on the running example lowers the loss.
    await press(page, editor.getByRole("button", { name: w.take }), "Enter");
    const change = editor.locator(".learn-change");
    await change.waitFor();
    const m = /^L\s*[:：]\s*([\d.e+−]+) → ([\d.e+−]+)/u.exec(await change.innerText());
    expect(m, `the loss change: ${await change.innerText()}`).not.toBeNull();
    expect(parse(m![2]!), "the loss after the step").toBeLessThan(parse(m![1]!));
    const editedAfterStep = await summary.innerText();
    expect(editedAfterStep, "the step wrote no edits").not.toBe(editedBefore);
    if (lang === "en") {
      // The step is edits like any other: a share link carries them.
      await press(page, editor.getByRole("button", { name: "Make a share link" }), "Enter");
      expect(await editor.getByRole("textbox", { name: "Share link" }).inputValue()).toContain("&w=");
    }

    // A huge learning rate diverges: the message says why, and the model keeps its weights.
    const rate = editor.getByRole("textbox", { name: w.rate });
    await rate.fill("1e6");
    await press(page, rate, "Enter");
    const alert = editor.locator(".learn-outcome.is-error");
    await expect(alert).toContainText(tooLarge);
    await expect(alert).toContainText(w.unchanged);
    expect(await summary.innerText(), "the diverging step changed the edits").toBe(editedAfterStep);

    expect(await seriousViolations(page)).toEqual([]);

    // Undo step: back to the weights before the step.
    await press(page, editor.getByRole("button", { name: w.undo }), "Enter");
    await expect(editor.locator(".learn-outcome[role=status]")).toContainText(w.undone(0));
    expect(await summary.innerText(), "the edits after Undo step").toBe(editedBefore);
  });
}
