// Predict, then reveal, in the attention lesson's first player, by keyboard alone: the toggle (off
// by default) opens the card, arrow keys pick a source word without stepping, Reveal steps on and
// the live region says right or wrong, naming the word the number table's α row puts highest; a
// right pick revealed by → says so. In the presentation the card steps the presented player.
// Screenshots of the card and of the new exercise kinds at 1280 × 800 and 390 × 844, light and
// dark, English and Chinese.

import type { Locator, Page } from "@playwright/test";
import { expect, test } from "./fixtures.ts";
import { seriousViolations } from "./helpers.ts";
import { KINDS, generate, slotSeed } from "../../src/exercises/index.ts";

const WORDS = {
  en: { wrong: "Not this time", right: "Right", toggle: "Predict", reveal: "Reveal (next step)", region: "Predict, then reveal", count: (n: number) => `Step ${n} of 8` },
  zh: { wrong: "这次不对", right: "对", toggle: "预测", reveal: "揭晓（下一步）", region: "先预测再揭晓", count: (n: number) => `第 ${n} 步，共 8 步` },
} as const;

/** The lesson's first player, loaded (it mounts when it comes near the window). */
async function firstPlayer(page: Page, lang: "en" | "zh"): Promise<Locator> {
  await page.goto(`/#/${lang === "zh" ? "zh/" : ""}lesson/attention`);
  const player = page.locator(".player").first();
  for (let i = 0; i < 40 && (await player.count()) === 0; i++) await page.mouse.wheel(0, 400);
  await player.locator(".predict-toggle").waitFor();
  return player;
}

/** The source word of the largest α in the number table's row of decoder step t′. */
async function highestWord(player: Locator, t: number): Promise<string> {
  const table = player.locator("table", { has: player.page().locator("caption", { hasText: "α" }) });
  // The table holds a row per decoder step up to the cursor; it catches up with a step on its own time.
  await expect(table.locator("tbody tr")).toHaveCount(t);
  const words = await table.locator("thead th").allTextContents();
  const cells = (await table.locator("tbody tr").nth(t - 1).locator("td").allTextContents()).slice(1).map(Number);
  expect(cells.every(Number.isFinite), `α row ${t}: ${cells.join(", ")}`).toBe(true);
  return words[2 + cells.indexOf(Math.max(...cells))]!.trim();
}

for (const lang of ["en", "zh"] as const) {
  test(`predict then reveal by keyboard in ${lang}: pick, reveal, the verdict names the table's highest weight`, async ({ openPage }) => {
    const w = WORDS[lang];
    const page = await openPage({ viewport: { width: 1280, height: 800 } });
    const player = await firstPlayer(page, lang);
    const count = player.locator(".player-step-count");
    await expect(player.locator(".predict-card")).toHaveCount(0);
    // To the context step, the step before the first decoder step: Home, then → three times.
    await player.focus();
    await page.keyboard.press("Home");
    for (let i = 0; i < 3; i++) await page.keyboard.press("ArrowRight");
    await expect(count).toHaveText(w.count(4));
    const toggle = player.getByRole("button", { name: w.toggle });
    await toggle.focus();
    await page.keyboard.press("Enter");
    await expect(toggle).toHaveAttribute("aria-pressed", "true");
    const card = player.getByRole("region", { name: w.region });
    const radios = card.getByRole("radio");
    await expect(radios).toHaveCount(3);
    // Tab into the radio group, → picks the second word and does not step the player.
    await page.keyboard.press("Tab");
    await expect(radios.first()).toBeFocused();
    await page.keyboard.press("ArrowRight");
    await expect(radios.nth(1)).toBeChecked();
    await expect(count).toHaveText(w.count(4));
    const picked = (await card.locator(".predict-options label").nth(1).innerText()).trim();
    await page.keyboard.press("Tab");
    await expect(card.getByRole("button", { name: w.reveal })).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(count).toHaveText(w.count(5));
    const status = card.getByRole("status");
    await expect(status).toHaveAttribute("aria-live", "polite");
    const best = await highestWord(player, 1);
    await expect(status).toContainText(picked === best ? w.right : w.wrong);
    await expect(status.locator(".predict-verdict")).toContainText(`“${best}”`);
    await expect(status.locator(".predict-value[data-best]")).toContainText(best);
    expect(await seriousViolations(page)).toEqual([]);

    // The right word of step 2, read off the table one step ahead, then picked and revealed by →.
    await player.focus();
    await page.keyboard.press("ArrowRight");
    const next = await highestWord(player, 2);
    await page.keyboard.press("ArrowLeft");
    await expect(count).toHaveText(w.count(5));
    await card.locator(".predict-options label", { hasText: next }).first().locator("input").focus();
    await page.keyboard.press("Space");
    await player.focus();
    await page.keyboard.press("ArrowRight");
    await expect(count).toHaveText(w.count(6));
    await expect(status.locator(".predict-verdict")).toHaveText(new RegExp(`^${w.right}`));
  });
}

test("the presented player shows the card, and Reveal steps the presentation", async ({ openPage }) => {
  const page = await openPage({ viewport: { width: 1280, height: 800 } });
  const player = await firstPlayer(page, "en");
  await player.focus();
  await page.keyboard.press("Home");
  for (let i = 0; i < 3; i++) await page.keyboard.press("ArrowRight");
  await player.getByRole("button", { name: "Predict" }).click();
  await player.getByRole("button", { name: "Present" }).click();
  const dialog = page.getByRole("dialog");
  const card = dialog.getByRole("region", { name: "Predict, then reveal" });
  await card.getByRole("radio").first().focus();
  await page.keyboard.press("ArrowRight");
  await expect(dialog.locator(".presentation-counter")).toHaveText("Step 4 of 8");
  await card.getByRole("button", { name: "Reveal (next step)" }).focus();
  await page.keyboard.press("Enter");
  await expect(dialog.locator(".presentation-counter")).toHaveText("Step 5 of 8");
  await expect(card.getByRole("status")).toContainText(/Right|Not this time/);
  await page.screenshot({ path: "test-results/screenshots/predict-presentation-1280-light-en.png" });
});

test("screenshots of the player's prediction card", async ({ openPage }) => {
  for (const [width, height] of [[1280, 800], [390, 844]] as const) {
    for (const theme of ["light", "dark"] as const) {
      for (const lang of ["en", "zh"] as const) {
        const page = await openPage({ viewport: { width, height }, colorScheme: theme });
        const player = await firstPlayer(page, lang);
        await player.focus();
        await page.keyboard.press("Home");
        for (let i = 0; i < 3; i++) await page.keyboard.press("ArrowRight");
        await player.locator(".predict-toggle").click();
        const card = player.locator(".predict-card");
        await card.getByRole("radio").nth(1).check();
        await card.locator(".predict-reveal").click();
        await expect(card.locator(".predict-result")).toBeVisible();
        await card.evaluate((el) => el.scrollIntoView({ block: "center" }));
        await page.screenshot({ path: `test-results/screenshots/predict-${width}-${theme}-${lang}.png` });
        await page.close();
      }
    }
  }
});

// The new kinds, at the end of their lessons: they render, and the core's answer is correct.
const NEW_KINDS = [
  { lesson: "lstm", kind: "lstm.h", slot: 3 },
  { lesson: "attention", kind: "score.additive.bias", slot: 7 },
  { lesson: "multi-head", kind: "tf.count", slot: 3 },
] as const;
const SEED = 42;

for (const lang of ["en", "zh"] as const) {
  test(`the new exercise kinds render in ${lang} and accept the core's answer`, async ({ openPage }) => {
    const page = await openPage({ viewport: { width: 1280, height: 800 } });
    for (const { lesson, kind, slot } of NEW_KINDS) {
      await page.goto(`/#/${lang === "zh" ? "zh/" : ""}lesson/${lesson}?seed=${SEED}`);
      await page.locator(".exercises-frame").scrollIntoViewIfNeeded();
      const exercise = page.locator(`.exercise[data-slot="${slot}"]`);
      await expect(exercise).toHaveAttribute("data-kind", kind);
      // Its formulas are typeset once it comes near the window.
      await exercise.scrollIntoViewIfNeeded();
      await exercise.locator(".katex").first().waitFor();
      const p = generate(KINDS[kind]!, slotSeed(SEED, slot));
      await exercise.getByRole("textbox").fill(KINDS[kind]!.exact ? String(p.solution.answer) : p.solution.answer.toFixed(3));
      await exercise.getByRole("textbox").press("Enter");
      await expect(exercise.getByRole("status")).toHaveText(lang === "en" ? "Correct." : "正确。");
      const slip = Object.entries(p.solution.slips)[0];
      if (slip) {
        await exercise.getByRole("textbox").fill(String(KINDS[kind]!.exact ? slip[1] : slip[1].toFixed(3)));
        await exercise.getByRole("textbox").press("Enter");
        await expect(exercise.getByRole("status")).toContainText(lang === "en" ? "Not quite" : "差一点");
      }
    }
  });
}

test("screenshots of the new exercise kinds", async ({ openPage }) => {
  for (const [width, height] of [[1280, 800], [390, 844]] as const) {
    for (const theme of ["light", "dark"] as const) {
      for (const lang of ["en", "zh"] as const) {
        const page = await openPage({ viewport: { width, height }, colorScheme: theme });
        for (const { lesson, slot } of NEW_KINDS) {
          await page.goto(`/#/${lang === "zh" ? "zh/" : ""}lesson/${lesson}?seed=${SEED}`);
          await page.locator(".exercises-frame").scrollIntoViewIfNeeded();
          const exercise = page.locator(`.exercise[data-slot="${slot}"]`);
          await exercise.scrollIntoViewIfNeeded();
          await exercise.locator(".katex").first().waitFor();
          await exercise.locator("summary").click();
          await expect(exercise.locator(".exercise-solution[open] .katex").first()).toBeVisible();
          await exercise.screenshot({ path: `test-results/screenshots/exercise-${lesson}-${width}-${theme}-${lang}.png` });
        }
        await page.close();
      }
    }
  }
});
