// Every lesson and the playground at both widths in both themes: the right title and theme, no
// serious axe violation, nothing wrong on the console or the network, a full-page screenshot each.

import { join } from "node:path";
import { expect, test } from "./fixtures.ts";
import { WIDTHS_AND_THEMES, heading, seriousViolations, waitForContent } from "./helpers.ts";
import { SCREENSHOTS, readLessons } from "./site.ts";

const pages = [...readLessons(), { slug: "playground", title: "Playground", hash: "#/playground" }];

for (const target of pages) {
  test(`${target.slug}: renders at 1280 and 390 px in light and dark with no console error, failed or foreign request, or serious axe violation`, async ({ openPage }) => {
    for (const { width, theme, viewport } of WIDTHS_AND_THEMES) {
      await test.step(`${width} ${theme}`, async () => {
        const page = await openPage({ viewport, colorScheme: theme, label: `${width} ${theme}` });
        await page.goto(`/${target.hash}`);
        await waitForContent(page);
        if (target.title) expect(await heading(page), "the h1").toBe(target.title);
        expect(await page.getAttribute("html", "data-theme"), "data-theme").toBe(theme);
        expect.soft(await seriousViolations(page), `serious axe violations at ${width} ${theme}`).toEqual([]);
        await page.screenshot({ path: join(SCREENSHOTS, `${target.slug}-${width}-${theme}.png`), fullPage: true });
        await page.context().close();
      });
    }
  });
}
