// The keyboard-only walk's steps (classroom.spec.ts): Tab until a target is focused, checking at
// every stop that the focus shows and that Tab moves on.

import type { Page } from "@playwright/test";
import { expect } from "./fixtures.ts";

/** Whether the focused element shows a focus indicator of at least 2 px (an outline or a ring). */
function focusShown(page: Page): Promise<{ ok: boolean; what: string }> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return { ok: false, what: "nothing focused" };
    const style = getComputedStyle(el);
    const outline = style.outlineStyle !== "none" && parseFloat(style.outlineWidth) >= 2;
    const ring = style.boxShadow !== "none";
    const what = `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ""}${el.className && typeof el.className === "string" ? `.${el.className.split(" ")[0]}` : ""} "${(el.getAttribute("aria-label") ?? el.textContent ?? "").trim().slice(0, 40)}"`;
    return { ok: outline || ring, what };
  });
}

/** Tabs from the top of the page until the player has the focus; resolves to the number of Tabs. */
export async function walkToPlayer(page: Page): Promise<number> {
  const inPlayer = () => page.evaluate(() => document.activeElement?.matches(".player") ?? false);
  let tabs = 0;
  while (!(await inPlayer())) {
    await page.keyboard.press("Tab");
    tabs += 1;
    expect(tabs, "Tabs without reaching the player").toBeLessThan(200);
    const shown = await focusShown(page);
    expect(shown.ok, `no visible focus on ${shown.what} (Tab ${tabs})`).toBe(true);
  }
  return tabs;
}

/** Tabs on (counting from `tabs`) until the next-lesson link has the focus; resolves to how many elements were met. */
export async function walkToNextLesson(page: Page, tabs: number): Promise<number> {
  const seen = new Set<string>();
  let last = "";
  for (;;) {
    await page.keyboard.press("Tab");
    tabs += 1;
    expect(tabs, "Tabs without reaching the next-lesson link").toBeLessThan(400);
    const shown = await focusShown(page);
    expect(shown.ok, `no visible focus on ${shown.what} (Tab ${tabs})`).toBe(true);
    // A trap would hold the focus on one element or a small loop of them.
    const moved = shown.what !== last || (await page.evaluate(() => document.activeElement?.tagName === "TD"));
    expect(moved, `Tab stayed on ${shown.what}`).toBe(true);
    last = shown.what;
    seen.add(shown.what);
    if (await page.evaluate(() => document.activeElement?.matches('a[rel="next"]') ?? false)) return seen.size;
  }
}
