// The trace as CSV: one row per trace entry (src/core/entries.ts) with its id, its symbol, its
// formula id and its values, every number written exactly (JavaScript's shortest round-trip form).

import { traceEntries } from "../../core/entries.ts";
import type { Trace } from "../../core/trace.ts";
import { csvText } from "./csv.ts";

function number(x: number): string {
  return Object.is(x, -0) ? "-0" : String(x);
}

export function traceCsv(trace: Trace): string {
  const rows = [["id", "name", "formula", "values"]];
  for (const e of traceEntries(trace)) {
    // Bracketed, so a spreadsheet reads the list as text rather than a formula starting with "-".
    rows.push([e.id, e.name, e.formula, `[${Array.from(e.value, number).join(" ")}]`]);
  }
  return csvText(rows);
}
