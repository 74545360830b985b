// What both kinds of preset share as they are written: the repository's root, reading a JSON file
// with a message that names it, and public/models/index.json, the list of presets the site offers.

import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { CELL_KINDS, DECODER_VARIANTS, SCORE_KINDS } from "../src/core/model.ts";
import { formatJson } from "../src/model/stringify.ts";

export const ROOT = join(dirname(new URL(import.meta.url).pathname), "..");
const INDEX = join(ROOT, "public/models/index.json");

export function readJson(path: string): unknown {
  try {
    return JSON.parse(readFileSync(path, "utf8"));
  } catch (e) {
    throw new Error(`cannot read ${path}: ${(e as Error).message}`);
  }
}

/** Index order: the pair, then the lessons' order of cells, variants and scores, bidirectional last. */
function sortKey(entry: Record<string, unknown>): number[] {
  const at = (list: readonly unknown[], x: unknown): number => (list.includes(x) ? list.indexOf(x) : list.length);
  return [entry.corpus === "en-fr" ? 0 : 1, entry.kind === "transformer" ? 1 : 0, entry.bidirectional ? 1 : 0, at(CELL_KINDS, entry.cell), at(DECODER_VARIANTS, entry.variant), at(SCORE_KINDS, entry.score), entry.query === "current" ? 1 : 0];
}

/**
 * Adds or replaces entries (by file) in public/models/index.json, in index order. With `keep`, the
 * recurrent entries it rejects are dropped (a full run removes presets no longer listed).
 */
export function updateIndex(entries: readonly Record<string, unknown>[], keep: (entry: Record<string, unknown>) => boolean = () => true): void {
  let models: Record<string, unknown>[] = [];
  try {
    models = (readJson(INDEX) as { models: Record<string, unknown>[] }).models;
  } catch {
    // No index yet: start one.
  }
  models = models.filter((m) => m.kind === "transformer" || keep(m));
  for (const e of entries) models = [...models.filter((m) => m.file !== e.file), e];
  models.sort((a, b) => {
    const ka = sortKey(a);
    const kb = sortKey(b);
    const i = ka.findIndex((x, j) => x !== kb[j]);
    return i < 0 ? String(a.file).localeCompare(String(b.file)) : ka[i]! - kb[i]!;
  });
  writeFileSync(INDEX, formatJson({ description: "Trained presets (npm run train -- --all); see docs/training.md.", models }));
}
