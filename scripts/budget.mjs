// The download budget of the first lesson: the gzip size of the JS and CSS a reader fetches to
// read it (the app shell, the lesson's own chunk and, if the lesson shows a figure, the player's
// chunks), read from dist/ and Vite's manifest. The stated budget is 250 KB; fonts are not counted.
//
//   node scripts/budget.mjs      prints the figures; exits 1 when over budget

import console from "node:console";
import { readFile, readdir } from "node:fs/promises";
import process from "node:process";
import { gzipSync } from "node:zlib";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

export const BUDGET_BYTES = 250 * 1000;
const FIGURES = /<(Player|DecoderComparison|ScoreComparison|GruComparison|Seed003Example)\b/;
const PLAYER_KEY = "src/ui/player/index.ts";

/** The files (JS and CSS) a manifest entry needs, with the entries it imports statically. */
function closure(manifest, key, seen = new Set()) {
  const entry = manifest[key];
  if (!entry || seen.has(key)) return [];
  seen.add(key);
  const files = [entry.file, ...(entry.css ?? [])];
  for (const imported of entry.imports ?? []) files.push(...closure(manifest, imported, seen));
  return files;
}

async function gzipSize(dist, files) {
  let total = 0;
  for (const file of new Set(files)) total += gzipSync(await readFile(join(dist, file)), { level: 9 }).length;
  return total;
}

/** Measures the budget of the first lesson of content/en under `root`, from the build in `dist`. */
export async function measureBudget(root = process.cwd(), dist = join(root, "dist")) {
  const contentDir = join(root, "content", "en");
  const manifest = JSON.parse(await readFile(join(dist, ".vite", "manifest.json"), "utf8"));
  const first = (await readdir(contentDir)).filter((f) => f.endsWith(".mdx")).sort()[0];
  if (!first) throw new Error(`no lesson in ${contentDir}`);
  const lessonKey = `content/en/${first}`;
  if (!manifest[lessonKey]) throw new Error(`the manifest has no chunk for ${lessonKey}: is dist/ stale?`);

  const shellFiles = closure(manifest, "index.html");
  const lessonFiles = closure(manifest, lessonKey).filter((f) => !shellFiles.includes(f));
  const usesFigures = FIGURES.test(await readFile(join(contentDir, first), "utf8"));
  const figureFiles = usesFigures ? closure(manifest, PLAYER_KEY).filter((f) => !shellFiles.includes(f) && !lessonFiles.includes(f)) : [];

  const shell = await gzipSize(dist, shellFiles);
  const lesson = await gzipSize(dist, lessonFiles);
  const figures = await gzipSize(dist, figureFiles);
  return { lesson: first, shell, lessonChunk: lesson, figures, total: shell + lesson + figures, budget: BUDGET_BYTES };
}

export function describeBudget(b) {
  const kb = (n) => `${(n / 1000).toFixed(1)} KB`;
  return `first lesson (${b.lesson}) JS+CSS gzip: ${kb(b.total)} of ${kb(b.budget)} (shell ${kb(b.shell)}, lesson ${kb(b.lessonChunk)}, figures ${kb(b.figures)})`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const budget = await measureBudget();
  console.log(describeBudget(budget));
  if (budget.total > budget.budget) {
    console.error("Over budget.");
    process.exit(1);
  }
}
