// `npm run bench [-- --only <id>[,<id>]]`: runs the bench sections and prints Markdown tables.
// Benches report and never fail on a missed target; see docs/bench.md.

import { cpus, loadavg } from "node:os";
import { largeSection } from "./largeModel.ts";
import { lstmSection } from "./lstmEncoder.ts";
import { type Section, formatSection } from "./report.ts";
import { trainSection } from "./trainStep.ts";
import { weightsSection } from "./weightsLatency.ts";

/** Every section, in the order they run. Add new ones here. */
const SECTIONS: readonly Section[] = [lstmSection, weightsSection, trainSection, largeSection];

function selected(argv: readonly string[]): readonly Section[] {
  const at = argv.indexOf("--only");
  if (at < 0) return SECTIONS;
  const ids = (argv[at + 1] ?? "").split(",").filter(Boolean);
  const unknown = ids.filter((id) => !SECTIONS.some((s) => s.id === id));
  if (ids.length === 0 || unknown.length > 0) {
    throw new Error(`--only: unknown section ${unknown.join(", ") || "(none)"}; known: ${SECTIONS.map((s) => s.id).join(", ")}`);
  }
  return SECTIONS.filter((s) => ids.includes(s.id));
}

/** The 1-minute load average: above the core count, other processes were competing for the CPU. */
function load(): string {
  return loadavg()[0]!.toFixed(1);
}

async function main(): Promise<void> {
  const sections = selected(process.argv.slice(2));
  const cpu = cpus()[0]?.model.trim() ?? "unknown CPU";
  console.log(`# Bench ${new Date().toISOString().slice(0, 10)}\n`);
  console.log(`Node ${process.version}, ${cpus().length} cores (${cpu}), ${process.platform}/${process.arch}.\n`);
  for (const s of sections) {
    const load0 = load();
    const t0 = performance.now();
    const report = await s.run();
    console.log(formatSection(report));
    console.log(`_${s.id}: ${((performance.now() - t0) / 1000).toFixed(1)} s, load average ${load()} after (${load0} before)._\n`);
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
