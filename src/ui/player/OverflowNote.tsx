// Where the trace's numbers left the finite range (src/core/overflow.ts): weights that are finite can
// still make a product overflow to ±∞, and everything after it is meaningless. Said above the
// pictures, naming the step and the quantity, and how the exports write such numbers.

import { useMemo } from "react";
import { firstNonFinite } from "../../core/overflow.ts";
import type { Trace } from "../../core/trace.ts";
import { useT } from "../i18n/index.ts";
import { stepTitle } from "./stepFormulas.ts";
import "../model/model.css";

export function OverflowNote({ trace }: { readonly trace: Trace }) {
  const t = useT();
  const overflow = useMemo(() => firstNonFinite(trace), [trace]);
  if (!overflow) return null;
  const { entry, index, value } = overflow;
  const where = stepTitle(trace.steps[entry.step]!, trace, t);
  return (
    <p className="model-notice is-error player-overflow" role="alert">
      {t.faults.overflow.note(where, `${entry.name}[${index + 1}]`, String(value))} {t.faults.overflow.exports}
    </p>
  );
}
