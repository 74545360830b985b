// What a bench section hands back, and how run.ts prints it: Markdown tables, so the output can be
// pasted into docs/bench.md as it is.

/** A target checked against a measurement. Benches report; they never fail on a miss. */
export interface Check {
  /** The target in words: "≥ 10× faster than TF.js". */
  readonly target: string;
  /** Where it was checked: "H = 32". */
  readonly where: string;
  /** The measured value: "23.4×". */
  readonly value: string;
  readonly pass: boolean;
}

export interface Table {
  readonly columns: readonly string[];
  readonly rows: readonly (readonly string[])[];
}

export interface SectionReport {
  readonly title: string;
  /** Lines printed under the title: what was measured, precision, machine notes. */
  readonly notes: readonly string[];
  readonly tables: readonly Table[];
  readonly checks: readonly Check[];
}

/** A bench section: `id` is what `--only` selects. */
export interface Section {
  readonly id: string;
  readonly title: string;
  run(): Promise<SectionReport>;
}

/** A Markdown table; numeric-looking columns are right-aligned. */
export function markdownTable(t: Table): string {
  const numeric = t.columns.map((_, j) => t.rows.length > 0 && t.rows.every((r) => /^[-+]?[\d.,]+\s*(×|µs|%)?$/.test(r[j] ?? "")));
  const head = `| ${t.columns.join(" | ")} |`;
  const rule = `| ${numeric.map((n) => (n ? "---:" : "---")).join(" | ")} |`;
  const body = t.rows.map((r) => `| ${r.join(" | ")} |`);
  return [head, rule, ...body].join("\n");
}

/** The checks as a Markdown table with a PASS or MISS mark each. */
export function checksTable(checks: readonly Check[]): Table {
  return {
    columns: ["target", "where", "measured", "result"],
    rows: checks.map((c) => [c.target, c.where, c.value, c.pass ? "PASS" : "**MISS**"]),
  };
}

/** The whole section as Markdown. */
export function formatSection(r: SectionReport): string {
  const parts = [`## ${r.title}`, "", ...r.notes.map((n) => `- ${n}`), ""];
  for (const t of r.tables) parts.push(markdownTable(t), "");
  if (r.checks.length > 0) {
    parts.push(markdownTable(checksTable(r.checks)), "");
    const misses = r.checks.filter((c) => !c.pass).length;
    parts.push(misses === 0 ? "All targets met." : `${misses} of ${r.checks.length} targets MISSED (reported, not failed).`, "");
  }
  return parts.join("\n");
}

/** A number with three significant digits, or more integer digits when it is large. */
export function fmt(x: number): string {
  if (!Number.isFinite(x)) return String(x);
  if (Math.abs(x) >= 100) return x.toFixed(0);
  if (Math.abs(x) >= 10) return x.toFixed(1);
  return x.toFixed(2);
}
