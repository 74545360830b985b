// The exercises' seed in the address, the progress export, and the instructor's exercise sheet
// (#/exercises): a class link keeps its seed in the address bar; the sheet shows the numbers a
// student of the class link sees, and its key's answer is accepted there; the export buttons
// download JSON and CSV that list a solved exercise; the sheet's form works from the keyboard, and a
// bad seed or no lesson is named while the last good sheet stays. Screenshots and a PDF of the sheet.

import { readFile } from "node:fs/promises";
import type { Locator, Page } from "@playwright/test";
import { expect, test } from "./fixtures.ts";
import { seriousViolations } from "./helpers.ts";
import { readLessons } from "./site.ts";
import { KINDS, generate, slotSeed } from "../../src/exercises/index.ts";

const SEED = 42;
const gate = generate(KINDS["lstm.gate"]!, slotSeed(SEED, 0));

const seedOf = (page: Page) => new URL(page.url()).hash.match(/[?&]seed=(\d+)/)?.[1];

async function openLessonExercises(page: Page, hash: string) {
  await page.goto(`/${hash}`);
  await page.locator(".exercises-frame").scrollIntoViewIfNeeded();
  await page.locator(".exercise .katex").first().waitFor();
}

async function openSheet(page: Page, hash: string) {
  await page.goto(`/${hash}`);
  await page.locator(".sheet-questions .katex").first().waitFor();
}

/** The TeX of every formula in `scope`, as KaTeX keeps it in its MathML annotation. */
const texts = (scope: Locator) => scope.locator("annotation").allTextContents();

test("a lesson's ?seed=42 stays in the address bar, and New numbers moves the address's seed", async ({ openPage }) => {
  const page = await openPage({ viewport: { width: 1280, height: 800 } });
  await openLessonExercises(page, `#/lesson/lstm?seed=${SEED}`);
  await expect(page.locator(".exercises")).toHaveAttribute("data-seed", String(SEED));
  expect(seedOf(page)).toBe(String(SEED));
  await page.getByRole("button", { name: "New numbers" }).click();
  const shown = await page.locator(".exercises").getAttribute("data-seed");
  expect(shown).not.toBe(String(SEED));
  await expect.poll(() => seedOf(page)).toBe(shown);
  // The next lesson keeps the class's (now the new) seed.
  await page.getByRole("link", { name: /GRU/ }).first().click();
  await expect.poll(() => new URL(page.url()).hash).toBe(`#/lesson/gru?seed=${shown}`);
  // The contents links the sheet, with the seed too.
  await expect(page.getByRole("navigation", { name: "Lessons" }).getByRole("link", { name: "Exercise sheet for a class" })).toHaveAttribute("href", `#/exercises?seed=${shown}`);
});

test("the sheet shows the numbers a student of the class link sees, and the key's answer is accepted in the lesson", async ({ openPage }) => {
  const page = await openPage({ viewport: { width: 1280, height: 800 } });
  await openSheet(page, `#/exercises?seed=${SEED}&lessons=lstm,attention`);
  await expect(page.getByRole("checkbox", { name: /LSTM/ })).toBeChecked();
  await expect(page.getByRole("checkbox", { name: /GRU/ })).not.toBeChecked();
  await expect(page.locator(".sheet-questions .sheet-lesson")).toHaveCount(2);
  const sheetGiven = await texts(page.locator('.sheet-questions [data-lesson="lstm"] [data-slot="0"] .exercise-given'));
  expect(sheetGiven.length).toBeGreaterThan(2);
  const keyTex = (await texts(page.locator('.sheet-key [data-lesson="lstm"] [data-slot="0"] .exercise-answer'))).join(" ");
  const keyAnswer = /\\approx\s*(-?[\d.]+)\s*$/.exec(keyTex)?.[1];
  expect(keyAnswer, keyTex).toBe(gate.solution.answer.toFixed(3));
  const classLink = await page.locator(".sheet-links a").first().getAttribute("href");
  expect(classLink).toMatch(/#\/lesson\/lstm\?seed=42$/);

  await openLessonExercises(page, new URL(classLink!).hash);
  const lessonExercise = page.locator('.exercise[data-slot="0"]');
  expect(await texts(lessonExercise.locator(".exercise-given"))).toEqual(sheetGiven);
  await lessonExercise.getByRole("textbox").fill(keyAnswer!);
  await lessonExercise.getByRole("button", { name: "Check" }).click();
  await expect(lessonExercise.getByRole("status")).toHaveText("Correct.");
});

test("the export buttons download JSON and CSV listing the solved exercise; reset asks first", async ({ openPage }) => {
  const page = await openPage({ viewport: { width: 1280, height: 800 } });
  await openLessonExercises(page, `#/lesson/lstm?seed=${SEED}`);
  const first = page.locator('.exercise[data-slot="0"]');
  await first.getByRole("textbox").fill(gate.solution.answer.toFixed(3));
  await first.getByRole("button", { name: "Check" }).click();
  await expect(first.getByRole("status")).toHaveText("Correct.");

  const [json] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "JSON" }).click()]);
  expect(json.suggestedFilename()).toMatch(/^seq2seq-lab-exercises-\d{4}-\d\d-\d\d\.json$/);
  const doc = JSON.parse(await readFile((await json.path())!, "utf8"));
  const row = doc.exercises.find((r: { lesson: string; exercise: number }) => r.lesson === "lstm" && r.exercise === 1);
  expect(row).toMatchObject({ type: "numeric", item: "lstm.gate", status: "solved", seed: SEED });
  expect(Date.parse(row.solvedAt)).not.toBeNaN();
  expect(doc.exercises.find((r: { lesson: string; exercise: number }) => r.lesson === "lstm" && r.exercise === 2)).toMatchObject({ status: "open" });

  const [csv] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "CSV" }).click()]);
  const lines = (await readFile((await csv.path())!, "utf8")).split("\r\n");
  expect(lines[0]).toBe("lesson,exercise,type,item,status,seed,solved_at");
  expect(lines.find((l) => l.startsWith("lstm,1,"))).toMatch(/^lstm,1,numeric,lstm\.gate,solved,42,\d{4}-/);

  // Reset: Escape and "Keep them" keep the progress; "Forget them" forgets it, and focus comes back.
  const reset = page.getByRole("button", { name: "Reset this lesson's progress" });
  await reset.click();
  await expect(page.getByRole("button", { name: "Keep them" })).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(reset).toBeFocused();
  await expect(page.locator(".exercises-bar")).toContainText("1 of 4 solved");
  await page.keyboard.press("Enter");
  await page.keyboard.press("Shift+Tab");
  await expect(page.getByRole("button", { name: "Forget them" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.locator(".exercises-bar")).toContainText("0 of 4 solved");
  await expect(page.locator(".exercises-reset-status")).toHaveText("This lesson's progress is reset.");
  await expect(reset).toBeFocused();
});

test("keyboard alone completes the sheet form: a lesson, a seed, Enter", async ({ openPage }) => {
  const page = await openPage({ viewport: { width: 1280, height: 800 } });
  await openSheet(page, `#/exercises?seed=${SEED}`);
  await expect(page.locator(".sheet-questions .sheet-lesson")).toHaveCount(readLessons().length);
  const gru = page.getByRole("checkbox", { name: /GRU/ });
  await page.getByRole("checkbox").first().focus();
  // Space unticks a lesson; Tab walks to the next.
  let onGru = false;
  for (let i = 0; i < 20 && !onGru; i++) {
    await page.keyboard.press("Space");
    await page.keyboard.press("Tab");
    onGru = await gru.evaluate((el) => el === document.activeElement);
  }
  expect(onGru).toBe(true);
  await expect(page.locator(".sheet-questions .sheet-lesson")).toHaveCount(readLessons().length - 3);
  const seed = page.getByRole("textbox", { name: /Seed/ });
  for (let i = 0; i < 20 && !(await seed.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press("Tab");
  await expect(seed).toBeFocused();
  await page.keyboard.press("ControlOrMeta+a");
  await page.keyboard.type("123");
  await page.keyboard.press("Enter");
  await expect(page.locator("#sheet-questions-h")).toHaveText("Exercises · seed 123");
  await expect.poll(() => seedOf(page)).toBe("123");
  expect(new URL(page.url()).hash).toMatch(/lessons=gru,bidirectional,/);
  await page.keyboard.press("Tab");
  await expect(page.getByRole("button", { name: "Random seed" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.locator("#sheet-questions-h")).not.toHaveText("Exercises · seed 123");
  expect(await seriousViolations(page)).toEqual([]);
});

test("a seed that is text or out of range, or no lesson, is named, and the last good sheet stays", async ({ openPage }) => {
  const page = await openPage({ viewport: { width: 390, height: 844 } });
  await openSheet(page, `#/exercises?seed=${SEED}&lessons=lstm`);
  const seed = page.getByRole("textbox", { name: /Seed/ });
  const heading = page.locator("#sheet-questions-h");
  for (const [text, message] of [
    ["abc", "The seed must be a whole number such as 42; the sheet below still shows seed 42."],
    ["1000000", "The seed must be from 0 to 999 999; the sheet below still shows seed 42."],
    ["", "Type a seed; the sheet below still shows seed 42."],
  ] as const) {
    await seed.fill(text);
    await expect(seed).toHaveAttribute("aria-invalid", "true");
    await expect(page.locator(".sheet-seed + .sheet-problem")).toHaveText(message);
    await expect(heading).toHaveText("Exercises · seed 42");
    expect(seedOf(page)).toBe("42");
  }
  await page.getByRole("checkbox", { name: /LSTM/ }).uncheck();
  await expect(page.locator(".sheet-lessons + .sheet-problem")).toHaveText("Choose at least one lesson; the sheet below still shows the last choice.");
  await expect(page.locator(".sheet-questions .sheet-lesson")).toHaveCount(1);
  expect(new URL(page.url()).hash).toContain("lessons=lstm");
});

test("the Chinese sheet, and screenshots and a PDF of the sheet on screen and in print", async ({ openPage }) => {
  for (const [width, height] of [[1280, 800], [390, 844]] as const) {
    for (const theme of ["light", "dark"] as const) {
      for (const lang of ["en", "zh"] as const) {
        const page = await openPage({ viewport: { width, height }, colorScheme: theme });
        await openSheet(page, `#/${lang === "zh" ? "zh/" : ""}exercises?seed=${SEED}&lessons=lstm,attention`);
        if (lang === "zh") await expect(page.locator("#sheet-questions-h")).toHaveText("练习 · 种子 42");
        await page.evaluate(() => document.fonts.ready.then(() => undefined));
        await page.screenshot({ path: `test-results/screenshots/sheet-${width}-${theme}-${lang}.png` });
        await page.screenshot({ path: `test-results/screenshots/sheet-${width}-${theme}-${lang}-full.png`, fullPage: true });
        if (width === 1280 && theme === "light") {
          await page.emulateMedia({ media: "print" });
          await expect(page.locator(".site-header")).toBeHidden();
          await expect(page.locator(".sheet-form")).toBeHidden();
          // In print the formulas are black, the symbol colours too.
          const colours = await page.locator(".sheet-questions .katex [style*='color']").evaluateAll((els) => [...new Set(els.map((e) => getComputedStyle(e).color))]);
          expect(colours).toEqual(["rgb(0, 0, 0)"]);
          await page.screenshot({ path: `test-results/screenshots/sheet-print-${lang}.png`, fullPage: true });
          await page.pdf({ path: `test-results/screenshots/sheet-${lang}.pdf`, format: "A4" });
        }
        await page.close();
      }
    }
  }
});
