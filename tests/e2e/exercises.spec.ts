// The exercises at a lesson's end: they render in English and Chinese, the core's answer is
// correct, a slip's value names the slip, "1/3"-style and "0,5" inputs are read, an empty answer
// gets a hint and not "wrong", keyboard alone completes one, and axe finds nothing serious.

import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures.ts";
import { seriousViolations } from "./helpers.ts";
import { KINDS, generate, slotSeed } from "../../src/exercises/index.ts";

const SEED = 42;
const gate = generate(KINDS["lstm.gate"]!, slotSeed(SEED, 0));
const cell = generate(KINDS["lstm.C"]!, slotSeed(SEED, 1));

async function openExercises(page: Page, lang: "en" | "zh") {
  await page.goto(`/#/${lang === "zh" ? "zh/" : ""}lesson/lstm?seed=${SEED}`);
  await page.locator(".exercises-frame").scrollIntoViewIfNeeded();
  await expect(page.locator(".exercises")).toHaveAttribute("data-seed", String(SEED));
  await page.locator(".exercise .katex").first().waitFor();
}

const exercise = (page: Page, slot: number) => page.locator(`.exercise[data-slot="${slot}"]`);

for (const lang of ["en", "zh"] as const) {
  test(`lstm's exercises render in ${lang}, check the core's answer and name a slip`, async ({ openPage }) => {
    const page = await openPage({ viewport: { width: 1280, height: 800 } });
    await openExercises(page, lang);
    await expect(page.locator(".exercise")).toHaveCount(4);
    await expect(page.locator(".exercises h2")).toHaveText(lang === "en" ? "Exercises" : "练习");
    const first = exercise(page, 0);
    await first.getByRole("textbox").fill(gate.solution.answer.toFixed(3));
    await first.getByRole("button").click();
    await expect(first.getByRole("status")).toHaveText(lang === "en" ? "Correct." : "正确。");
    const slip = Object.entries(gate.solution.slips)[0];
    expect(slip, "seed 42's gate exercise has a diagnosable slip").toBeDefined();
    await first.getByRole("textbox").fill(slip![1].toFixed(3));
    await first.getByRole("button").click();
    await expect(first.getByRole("status")).toContainText(lang === "en" ? "Not quite" : "差一点");
    await expect(page.locator(".exercises-bar")).toContainText(lang === "en" ? "1 of 4 solved" : "已完成 1 / 4");
    expect(await seriousViolations(page)).toEqual([]);
  });
}

test("fractions and comma decimals are read; an empty answer gets a hint, not wrong", async ({ openPage }) => {
  const page = await openPage({ viewport: { width: 390, height: 844 } });
  await openExercises(page, "en");
  const second = exercise(page, 1);
  const status = second.getByRole("status");
  await second.getByRole("button").click();
  await expect(status).toHaveText(/Type a number first/);
  await expect(status).not.toHaveClass(/wrong/);
  // The answer as a comma decimal, then as a fraction of thousandths.
  const a = cell.solution.answer;
  await second.getByRole("textbox").fill(a.toFixed(4).replace(".", ","));
  await second.getByRole("button").click();
  await expect(status).toHaveText("Correct.");
  await second.getByRole("textbox").fill(`${Math.round(a * 1000)}/1000`);
  await second.getByRole("button").click();
  await expect(status).toHaveText("Correct.");
  await second.getByRole("textbox").fill("1,234");
  await second.getByRole("button").click();
  await expect(status).toHaveText(/thousands separator/);
});

test("keyboard only: Tab to the field, type, Enter", async ({ openPage }) => {
  const page = await openPage({ viewport: { width: 1280, height: 800 } });
  await openExercises(page, "en");
  const first = exercise(page, 0);
  // Focus the element just before the first exercise's field, then Tab into it.
  await page.locator(".exercises-bar a").focus();
  let focusedInField = false;
  for (let i = 0; i < 10 && !focusedInField; i++) {
    await page.keyboard.press("Tab");
    focusedInField = await first.getByRole("textbox").evaluate((el) => el === document.activeElement);
  }
  expect(focusedInField).toBe(true);
  await page.keyboard.type(gate.solution.answer.toFixed(3));
  await page.keyboard.press("Enter");
  await expect(first.getByRole("status")).toHaveText("Correct.");
});

test("screenshots of a lesson's exercises", async ({ openPage }) => {
  for (const [width, height] of [[1280, 800], [390, 844]] as const) {
    for (const theme of ["light", "dark"] as const) {
      for (const lang of ["en", "zh"] as const) {
        const page = await openPage({ viewport: { width, height }, colorScheme: theme });
        await openExercises(page, lang);
        await exercise(page, 0).locator("summary").click();
        await page.locator(".exercises").screenshot({ path: `test-results/screenshots/exercises-${width}-${theme}-${lang}.png` });
        await expect(page.locator(".exercise-solution[open] .katex").first()).toBeVisible();
        await page.close();
      }
    }
  }
});
