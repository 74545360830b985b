// Section "weights": how long the page takes from a weight edit to the next painted frame, in
// Chromium, on the built site. The playground opens on the "I love you" preset (the demo model when
// there is none), and one weight is dragged a few hundred times through real pointer events; the page
// records each edit with performance marks, from the event's timestamp to after the next paint.

import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { chromium, type Page } from "playwright-core";
import { type Check, type Section, type SectionReport, fmt } from "./report.ts";
import { serveFolder } from "./serveFolder.ts";

const ROOT = join(import.meta.dirname, "..", "..");
const DIST = join(ROOT, "test-results", "bench-dist");
const CHROMIUM = "/usr/bin/chromium";
/** Edits per case: enough for a stable 95th percentile. */
const EDITS = 300;
export const TARGET_MS = 16;
/** Edits of the traced pass that splits the main thread's CPU time. */
const CPU_EDITS = 60;

/**
 * What is in view while the weight is dragged: the editor (the player above it, out of view); the
 * player's transport, the step's pictures and its formulas (the drag started in the editor below,
 * then the page scrolled up: the grid holds the pointer); the player and the editor together, every
 * picture unfolded (a tall window); or the player's presentation, opened during the drag.
 */
type View = "editor" | "player" | "everything" | "presentation";

interface Case {
  readonly name: string;
  /** The parameter, the cell (by its row label) and the player's step while dragging. */
  readonly path: string;
  readonly row: RegExp;
  readonly step: "first" | "last";
  readonly viewport: { readonly width: number; readonly height: number };
  readonly view: View;
}

const LAPTOP = { width: 1280, height: 900 };
const WIDE = { width: 1440, height: 900 };
const PROJECTOR = { width: 1920, height: 1080 };
/** A portrait monitor (2160 × 3840 at 150 %): the player and the editor fit on one screen. */
const PORTRAIT = { width: 1440, height: 2560 };

const W_F = { path: "encoder.weights.W_f", row: /^f₁, x₁: /u } as const;

const CASES: readonly Case[] = [
  // A column of x: at step 1 the state h_0 is 0, so a weight on h would change nothing there.
  { name: "encoder W_f, step 1, 1280 × 900: the editor in view, the player above it", ...W_F, step: "first", viewport: LAPTOP, view: "editor" },
  { name: "output bias b_out, last step, 1280 × 900: the editor in view, the player above it", path: "decoder.output.b_out", row: /^je, b: /u, step: "last", viewport: LAPTOP, view: "editor" },
  { name: "encoder W_f, step 1, 1440 × 900: the transport, the encoder's picture and the step's formulas in view", ...W_F, step: "first", viewport: WIDE, view: "player" },
  { name: "encoder W_f, last step, 1440 × 900: the transport, attention, output and the step's formulas in view", ...W_F, step: "last", viewport: WIDE, view: "player" },
  { name: "encoder W_f, last step, 1920 × 1080 presentation: heatmap, lines, output and formulas", ...W_F, step: "last", viewport: PROJECTOR, view: "presentation" },
  { name: "encoder W_f, step 1, 1440 × 2560: every picture unfolded, the formulas and the editor in view", ...W_F, step: "first", viewport: PORTRAIT, view: "everything" },
];

/** Installed in the page: for each pointermove during a drag, the time from the event to after the next paint. */
export function probe(): void {
  const w = window as unknown as { __latency: { total: number; work: number }[] };
  w.__latency = [];
  window.addEventListener(
    "pointermove",
    (event) => {
      if ((event.buttons & 1) === 0) return;
      const start = performance.now();
      performance.mark("weight-input", { startTime: event.timeStamp });
      // rAF runs before the frame is painted; a message posted from it arrives once the frame is done.
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => {
          const end = performance.now();
          performance.mark("weight-painted", { startTime: end });
          performance.measure("weight-edit", { start: event.timeStamp, end });
          w.__latency.push({ total: end - event.timeStamp, work: end - start });
        };
        channel.port2.postMessage(0);
      });
    },
    { capture: true },
  );
}

export function build(): string {
  if (process.env.BENCH_DIST) return process.env.BENCH_DIST;
  const result = spawnSync("npx", ["vite", "build", "--logLevel", "error", "--outDir", DIST, "--emptyOutDir"], { cwd: ROOT, encoding: "utf8" });
  if (result.status !== 0) throw new Error(`vite build failed:\n${result.stdout}${result.stderr}`);
  return DIST;
}

/** The playground's address for the "I love you" preset (lstm-attention-dot), if the build has it. */
function playgroundHash(dist: string): { hash: string; model: string } {
  const index = join(dist, "models", "index.json");
  if (existsSync(index)) {
    const models = (JSON.parse(readFileSync(index, "utf8")) as { models: Record<string, unknown>[] }).models;
    const preset = models.find((m) => m.file === "lstm-attention-dot.json");
    if (preset) return { hash: `#/playground?query=${String(preset.query)}`, model: `the trained preset ${String(preset.file)}` };
  }
  return { hash: "#/playground", model: "the untrained demo model (no preset in this build)" };
}

export function percentile(values: readonly number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  return sorted[lo]! + (sorted[Math.ceil(pos)]! - sorted[lo]!) * (pos - lo);
}

/** Main-thread CPU per edit, in ms, from a Chromium trace: thread time, so other processes on the machine do not inflate it. */
export interface CpuSplit {
  readonly total: number;
  readonly script: number;
  readonly layout: number;
  readonly paint: number;
}

export function cpuPerEdit(trace: Buffer, edits: number): CpuSplit {
  type Event = { name: string; ph: string; ts: number; dur?: number; tdur?: number; pid: number; tid: number; args?: { name?: string } };
  const events = (JSON.parse(trace.toString("utf8")) as { traceEvents: Event[] }).traceEvents;
  const main = events.find((e) => e.name === "thread_name" && e.args?.name === "CrRendererMain");
  // Events of one name can nest (Paint of #document holds the Paint of <html>): count the outermost only.
  const on = (name: string) => {
    const mine = events.filter((e) => e.ph === "X" && e.name === name && e.pid === main?.pid && e.tid === main?.tid).sort((a, b) => a.ts - b.ts);
    let end = -Infinity;
    let sum = 0;
    for (const e of mine) {
      if (e.ts < end) continue;
      end = e.ts + (e.dur ?? 0);
      sum += e.tdur ?? 0;
    }
    return sum / 1000 / edits;
  };
  return { total: on("ProxyMain::BeginMainFrame"), script: on("EventDispatch"), layout: on("Layout") + on("UpdateLayoutTree"), paint: on("Paint") };
}

/**
 * With the button down at (x, y), makes EDITS one-pixel moves, each after the previous one has
 * painted; the button stays down. One pixel up is one step of the weight, so each move is one edit;
 * the moves turn down again halfway, so the value stays in the range it started in. Returns the last y.
 */
export async function drag(page: Page, x: number, y: number, edits = EDITS): Promise<number> {
  for (let k = 1; k <= edits; k++) {
    y += k <= edits / 2 ? -1 : 1;
    await page.mouse.move(x, y);
    await page.waitForFunction((n) => (window as unknown as { __latency: unknown[] }).__latency.length >= n, k);
  }
  return y;
}

/** Throws unless the player's transport, main pictures and unfolded formula lines are all in the window. */
async function expectPlayerInView(page: Page): Promise<void> {
  const outside = await page.locator(".player").first().evaluate((el) => {
    const header = document.querySelector(".site-header")!.getBoundingClientRect().bottom;
    const parts = el.querySelectorAll(".player-buttons button, .player-main .player-figure, .formula-lines > .formula-line, .formula-fold > summary");
    return Array.from(parts).filter((p) => {
      const r = p.getBoundingClientRect();
      return r.top < header - 1 || r.bottom > window.innerHeight + 1;
    }).length;
  });
  if (outside > 0) throw new Error(`${outside} of the player's controls, pictures or formula lines are out of view`);
}

/** Puts what the case shows in view, with the button already down on the grid's cell (it holds the pointer). */
async function bringIntoView(page: Page, c: Case): Promise<void> {
  if (c.view === "player") {
    // The player's body just under the sticky header and transport.
    await page.locator(".player-body").evaluate((el) => {
      const above = document.querySelector(".site-header")!.getBoundingClientRect().height + document.querySelector<HTMLElement>(".player-transport")!.offsetHeight;
      window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY - above);
    });
    await page.waitForTimeout(300);
    await expectPlayerInView(page);
  } else if (c.view === "presentation") {
    // What the P key does; the page behind becomes inert, and the grid keeps the pointer.
    await page.locator(".player").first().evaluate((el) => el.dispatchEvent(new CustomEvent("seq2seq:present")));
    await page.locator(".presentation .formula-lines .katex").first().waitFor({ timeout: 30_000 });
  }
}

async function measureCase(page: Page, c: Case): Promise<{ total: number[]; work: number[]; cpu: CpuSplit }> {
  await page.getByRole("combobox", { name: "Parameter" }).selectOption(c.path);
  const jump = page.getByRole("button", { name: c.step === "first" ? "Restart" : "Last step" });
  if (await jump.isEnabled()) await jump.click();
  if (c.view === "everything") await page.locator(".player-more > summary").first().click();
  const cell = page.getByRole("grid").getByRole("gridcell", { name: c.row });
  await cell.scrollIntoViewIfNeeded();
  if (c.view === "everything") {
    // The top of the player's pictures at the top of the window; the grid below must still be in it.
    await page.locator(".player-body").evaluate((el) => window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY - 8));
    const inView = await cell.evaluate((el) => el.getBoundingClientRect().bottom <= window.innerHeight);
    if (!inView) throw new Error("the window is not tall enough for the player and the weight grid at once");
  }
  const box = (await cell.boundingBox())!;
  const x = box.x + box.width / 2;
  let y = box.y + box.height / 2;
  await page.mouse.move(x, y);
  await page.mouse.down();
  await bringIntoView(page, c);
  await page.evaluate(() => ((window as unknown as { __latency: unknown[] }).__latency = []));
  y = await drag(page, x, y);
  const samples = await page.evaluate(() => (window as unknown as { __latency: { total: number; work: number }[] }).__latency);
  // A second, traced pass for the CPU split; tracing slows the page, so it is not timed above.
  await page.context().browser()!.startTracing(page, { categories: ["devtools.timeline", "cc"] });
  for (let k = 1; k <= CPU_EDITS; k++) {
    y += 1;
    await page.mouse.move(x, y);
    await page.waitForFunction((n) => (window as unknown as { __latency: unknown[] }).__latency.length >= n, EDITS + k);
  }
  const cpu = cpuPerEdit(await page.context().browser()!.stopTracing(), CPU_EDITS);
  await page.mouse.up();
  return { total: samples.map((s) => s.total), work: samples.map((s) => s.work), cpu };
}

/**
 * The same drag on a blank page whose listener does nothing: what input → paint costs with no work,
 * the wait for the frame that Chromium delivers pointer moves in (it aligns them to frames).
 */
async function measureFloor(page: Page): Promise<number[]> {
  await page.setContent('<div style="height: 100vh"></div>');
  await page.evaluate(probe);
  await page.mouse.move(200, 600);
  await page.mouse.down();
  await drag(page, 200, 600);
  await page.mouse.up();
  return (await page.evaluate(() => (window as unknown as { __latency: { total: number }[] }).__latency)).map((s) => s.total);
}

async function run(): Promise<SectionReport> {
  if (!existsSync(CHROMIUM)) return { title: "Live weights in Chromium", notes: [`Skipped: no Chromium at ${CHROMIUM}.`], tables: [], checks: [] };
  const dist = build();
  const { hash, model } = playgroundHash(dist);
  const server = await serveFolder(dist);
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"] });
  const rows: string[][] = [];
  const cpuRows: string[][] = [];
  const checks: Check[] = [];
  let floor: number[] = [];
  try {
    const blank = await browser.newContext({ viewport: LAPTOP });
    floor = await measureFloor(await blank.newPage());
    await blank.close();
    rows.push(["blank page, a listener that does nothing (the floor)", String(floor.length), fmt(percentile(floor, 0.5)), fmt(percentile(floor, 0.95)), fmt(Math.max(...floor)), "—", "—"]);
    for (const c of CASES) {
      const context = await browser.newContext({ viewport: c.viewport });
      const page = await context.newPage();
      await page.addInitScript(probe);
      await page.goto(`${server.origin}/${hash}`);
      await page.getByRole("combobox", { name: "Parameter" }).waitFor({ timeout: 30_000 });
      await page.locator(".formula-panel .katex").first().waitFor({ timeout: 30_000 });
      const { total, work, cpu } = await measureCase(page, c);
      const p95 = percentile(work, 0.95);
      rows.push([c.name, String(total.length), fmt(percentile(total, 0.5)), fmt(percentile(total, 0.95)), fmt(Math.max(...total)), fmt(percentile(work, 0.5)), fmt(p95)]);
      cpuRows.push([c.name, fmt(cpu.total), fmt(cpu.script), fmt(cpu.layout), fmt(cpu.paint)]);
      checks.push({ target: `input dispatched → painted frame p95 ≤ ${TARGET_MS} ms`, where: c.name.split(":")[0]!, value: `${fmt(p95)} ms`, pass: p95 <= TARGET_MS });
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return {
    title: "Live weights in Chromium: a weight edit to the next painted frame",
    notes: [
      `Built site (${dist}), playground ${hash} with ${model}, "I love you", headless Chromium (software rendering), motion not reduced. Each case opens the page afresh in its window size.`,
      `${EDITS} edits per case, each a real pointer move of one pixel while dragging a cell of the weight grid; the next move waits until the previous edit has painted.`,
      "At 1280 × 900 the player's pictures and formulas are above the editor, out of view: they hold what they showed during the drag and catch up once it pauses (useOnScreenValue). At 1440 × 900 the drag starts on the grid and the page then scrolls up to the player: its transport, the step's pictures and its formulas are in view (checked) and every edit redraws them in its own frame. In the presentation at 1920 × 1080, opened during the drag, the step's pictures and formulas fill the screen. At 1440 × 2560 every picture is unfolded and in view with the editor.",
      `CPU: mean main-thread thread time per edit over ${CPU_EDITS} more edits in a Chromium trace (BeginMainFrame; its event handling, style and layout, and paint). Unlike the wall-clock columns it does not grow when other processes take the CPU, so it says what one frame costs.`,
      "input → paint: from the pointer event's timeStamp to a message posted from requestAnimationFrame (after the frame is painted), recorded with performance marks in the page. It includes the wait for the frame: Chromium dispatches pointer moves at the start of the next frame, as the blank page's row shows, where the listener does nothing. No page can bring that part down.",
      "dispatched → paint: from the start of the event's dispatch to the same point: the page's own share, what the target is checked on.",
    ],
    tables: [
      { columns: ["case", "edits", "input → paint p50 ms", "p95 ms", "max ms", "dispatched → paint p50 ms", "p95 ms"], rows },
      { columns: ["case", "main-thread CPU ms per frame", "event handling (JS)", "style + layout", "paint"], rows: cpuRows },
    ],
    checks,
  };
}

export const weightsSection: Section = { id: "weights", title: "Live weights in Chromium", run };
