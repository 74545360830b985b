// Section "large": a model of the size a reader brings from PyTorch's translation tutorial, 2,000 words
// on each side and GRUs of 256 units (reset-after, as nn.GRU computes) with additive attention, about
// 1.9 million numbers. In Node: writing its model file, reading it back (parse and every check), and
// one forward pass with the whole trace. In Chromium, on the built site: importing the file in the
// playground's editor, and dragging a weight of W_out (the paged grid) and of the encoder's W_z with
// the player in view, from the event to the painted frame, as section "weights" measures the presets.

import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type Page } from "playwright-core";
import { createModel } from "../../src/core/init.ts";
import { createRng } from "../../src/core/rng.ts";
import { forward } from "../../src/core/forward.ts";
import type { Seq2SeqModel } from "../../src/core/model.ts";
import { serializeModel } from "../../src/model/convert.ts";
import { parseModelText } from "../../src/model/modelFile.ts";
import { stringifyModelFile } from "../../src/model/stringify.ts";
import { modelSize } from "../../src/ui/model/persist.ts";
import { type Check, type Section, type SectionReport, fmt } from "./report.ts";
import { serveFolder } from "./serveFolder.ts";
import { timeInterleaved } from "./timing.ts";
import { TARGET_MS, build, cpuPerEdit, drag, percentile, probe } from "./weightsLatency.ts";

const CHROMIUM = "/usr/bin/chromium";
export const WORDS = 2000;
export const UNITS = 256;
/** Ten source words: the decoder then writes up to the model's length limit (greedy, random weights). */
const SENTENCE = Array.from({ length: 10 }, (_, i) => `w${i + 1}`).join(" ");
const EDITS = 120;
const CPU_EDITS = 30;

function vocab(prefix: string): string[] {
  return ["<pad>", "<sos>", "<eos>", "<unk>", ...Array.from({ length: WORDS - 4 }, (_, i) => `${prefix}${i}`)];
}

/** The model, seeded: Glorot weights as the site initialises any model. */
export function largeModel(): Seq2SeqModel {
  return createModel(
    {
      name: `GRU ${UNITS} units, ${WORDS} words, additive attention`,
      sourceVocab: vocab("w"),
      targetVocab: vocab("m"),
      d_x: UNITS,
      d_y: UNITS,
      encoder: { cell: "gru-reset-after", hidden: UNITS, bidirectional: false, context: "last" },
      decoder: { cell: "gru-reset-after", hidden: UNITS, variant: "attention", init: "context", attention: { score: "additive", query: "previous" } },
    },
    createRng(2026),
  );
}

function once<T>(fn: () => T): { value: T; ms: number } {
  const start = performance.now();
  const value = fn();
  return { value, ms: performance.now() - start };
}

interface Edits {
  readonly name: string;
  readonly total: number[];
  readonly work: number[];
  readonly cpu: number;
}

/** Drags one cell of `path`'s grid with the player's body in view. */
async function dragParam(page: Page, path: string, row: RegExp): Promise<Edits> {
  await page.getByRole("combobox", { name: "Parameter" }).selectOption(path);
  const cell = page.getByRole("grid").getByRole("gridcell", { name: row }).first();
  await cell.scrollIntoViewIfNeeded();
  const box = (await cell.boundingBox())!;
  const x = box.x + box.width / 2;
  let y = box.y + box.height / 2;
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.locator(".player-body").evaluate((el) => {
    const above = document.querySelector(".site-header")!.getBoundingClientRect().height + document.querySelector<HTMLElement>(".player-transport")!.offsetHeight;
    window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY - above);
  });
  await page.waitForTimeout(300);
  await page.evaluate(() => ((window as unknown as { __latency: unknown[] }).__latency = []));
  y = await drag(page, x, y, EDITS);
  const samples = await page.evaluate(() => (window as unknown as { __latency: { total: number; work: number }[] }).__latency);
  const browser = page.context().browser()!;
  await browser.startTracing(page, { categories: ["devtools.timeline", "cc"] });
  for (let k = 1; k <= CPU_EDITS; k++) {
    await page.mouse.move(x, ++y);
    await page.waitForFunction((n) => (window as unknown as { __latency: unknown[] }).__latency.length >= n, EDITS + k);
  }
  const cpu = cpuPerEdit(await browser.stopTracing(), CPU_EDITS).total;
  await page.mouse.up();
  return { name: path, total: samples.map((s) => s.total), work: samples.map((s) => s.work), cpu };
}

async function inChromium(file: string): Promise<{ importMs: number; edits: Edits[] } | string> {
  const dist = build();
  const server = await serveFolder(dist);
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"] });
  try {
    const page = await (await browser.newContext({ viewport: { width: 1440, height: 900 } })).newPage();
    await page.addInitScript(probe);
    await page.goto(`${server.origin}/#/playground`);
    await page.getByRole("combobox", { name: "Parameter" }).waitFor({ timeout: 60_000 });
    const start = Date.now();
    await page.getByLabel("Import a model file").setInputFiles(file);
    await page.locator(".weights-files").getByText(/^Imported /u).waitFor({ timeout: 120_000 });
    await page.locator(".weights-output").getByText(/m\d/u).waitFor({ timeout: 60_000 });
    const importMs = Date.now() - start;
    const edits = [await dragParam(page, "decoder.output.W_out", /^m0, /u), await dragParam(page, "encoder.weights.W_z", /^z₁, h₁: /u)];
    return { importMs, edits };
  } finally {
    await browser.close();
    await server.close();
  }
}

async function run(): Promise<SectionReport> {
  const model = largeModel();
  const written = once(() => stringifyModelFile(serializeModel(model)));
  const read = once(() => parseModelText(written.value));
  if (!read.value.ok) throw new Error(`the large model's file does not read back: ${read.value.errors[0]?.message}`);
  const [pass] = timeInterleaved([{ name: "forward", fn: () => forward(model, SENTENCE).steps.length }], { rounds: 9, batchMs: 300, warmupMs: 300 });
  const trace = forward(model, SENTENCE);
  const rows = [
    ["numbers in the model", String(modelSize(model))],
    ["model file, MB of text", fmt(written.value.length / 1e6)],
    ["write the file (serialise + stringify), ms, once", fmt(written.ms)],
    ["read it back (JSON.parse + every check + toModel), ms, once", fmt(read.ms)],
    [`forward pass, whole trace, ${trace.source.length} words in, ${trace.output.tokens.length} out, ms (median of 9, p25–p75)`, `${fmt(pass!.median / 1000)} (${fmt(pass!.p25 / 1000)}–${fmt(pass!.p75 / 1000)})`],
  ];
  const notes = [
    `A GRU (reset-after) encoder–decoder with additive attention, ${WORDS} words on each side, ${UNITS} units and embeddings of ${UNITS}, Glorot weights (seed 2026), "${SENTENCE}" decoded greedily.`,
    "Node: the file as the site writes it (stringifyModelFile: every float64 in its shortest round-trip form, a matrix row per line). The forward pass is timed as in section lstm (interleaved rounds; median and spread).",
  ];
  const checks: Check[] = [];
  const tables = [{ columns: ["in Node", "value"], rows }];
  const folder = mkdtempSync(join(tmpdir(), "seq2seq-large-"));
  try {
    const file = join(folder, "large-gru-2000.json");
    writeFileSync(file, written.value);
    const browser = await inChromium(file);
    if (typeof browser === "string") notes.push(browser);
    else {
      notes.push(
        "Chromium (headless, software rendering, 1440 × 900): the built site's playground; the file is chosen in the editor's Import field, and the time runs until the player shows the model's output. Then one cell of each parameter is dragged through real pointer moves with the player's body in view (section weights' probe): W_out's grid shows one page of its 2,000 rows.",
      );
      tables.push({ columns: ["in Chromium", "value"], rows: [["import: file chosen → the player shows the model's output, ms", fmt(browser.importMs)]] });
      tables.push({
        columns: ["weight edit, parameter", "edits", "dispatched → paint p50 ms", "p95 ms", "input → paint p95 ms", "main-thread CPU ms per frame"],
        rows: browser.edits.map((e) => [e.name, String(e.work.length), fmt(percentile(e.work, 0.5)), fmt(percentile(e.work, 0.95)), fmt(percentile(e.total, 0.95)), fmt(e.cpu)]),
      });
      for (const e of browser.edits) {
        const p95 = percentile(e.work, 0.95);
        checks.push({ target: `input dispatched → painted frame p95 ≤ ${TARGET_MS} ms`, where: `${WORDS} words, ${UNITS} units, ${e.name}`, value: `${fmt(p95)} ms`, pass: p95 <= TARGET_MS });
      }
    }
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
  return { title: `A large model: ${WORDS} words, ${UNITS} units`, notes, tables, checks };
}

export const largeSection: Section = { id: "large", title: "A large model", run };
