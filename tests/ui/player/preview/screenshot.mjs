/* global process, console, URLSearchParams */
// Screenshots of the preview page at 1280 and 390 px, light and dark, with Debian's Chromium.
// Usage: node tests/ui/player/preview/screenshot.mjs <base-url> <out-dir> [query ...]
import { chromium } from "playwright-core";

const [base, out, ...queries] = process.argv.slice(2);
const browser = await chromium.launch({
  executablePath: "/usr/bin/chromium",
  headless: true,
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
});
try {
  for (const query of queries.length ? queries : ["widget=player"]) {
    for (const width of [1280, 390]) {
      for (const theme of ["light", "dark"]) {
        const page = await browser.newPage({ viewport: { width, height: 900 }, reducedMotion: "reduce" });
        const errors = [];
        page.on("pageerror", (e) => errors.push(String(e)));
        page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
        await page.goto(`${base}/?${query}&theme=${theme}`);
        await page.waitForSelector(".katex, .seed003", { timeout: 15000 }).catch(() => {});
        const actions = new URLSearchParams(query).get("steps");
        if (actions) await page.focus("section.player");
        for (let i = 0; i < Number(actions ?? 0); i++) await page.keyboard.press("ArrowRight");
        await page.waitForTimeout(300);
        const name = `${out}/${query.replace(/[^a-z0-9]+/giu, "_")}-${width}-${theme}.png`;
        await page.screenshot({ path: name, fullPage: true });
        console.log(name, errors.length ? `errors: ${errors.join(" | ")}` : "ok");
        await page.close();
      }
    }
  }
} finally {
  await browser.close();
}
