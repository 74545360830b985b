// The current step's title, its sentence for the live region, and its formulas' TeX.

import { useMemo } from "react";
import type { TrainingStepTrace } from "../../core/grad/backTrace.ts";
import { useT } from "../i18n/index.ts";
import { forwardLines, lossLines, nodeLines, numText, stepNorm, updateLines, whereOf, type ViewStep } from "./stepView.ts";

export interface StepWords {
  readonly title: string;
  readonly said: string;
  readonly lines: readonly string[];
  /** A sentence shown above the formulas (the update's weight, or why it was not applied). */
  readonly note?: string;
}

export function useStepWords(st: TrainingStepTrace | undefined, steps: readonly ViewStep[], index: number): StepWords {
  const w = useT().trainStep;
  return useMemo(() => {
    const step = steps[index];
    if (!st || !step) return { title: "", said: "", lines: [] };
    const title = w.title(step.kind, step.node ? whereOf(st.trace, step.node) : "");
    if (step.kind === "forward") return { title, said: title, lines: forwardLines(st) };
    if (step.kind === "loss") return { title, said: `${title}. ${w.lossSaid(numText(st.loss))}`, lines: lossLines(st) };
    if (step.kind === "update") {
      const said = st.update.applied ? w.updateSaid(numText(st.loss), numText(st.update.lossAfter)) : w.notApplied(st.nonFinite ?? "");
      const b = st.update.biggest;
      const momentum = st.update.config.kind === "sgd" && st.update.config.momentum > 0 ? ` ${w.firstStepMomentum}` : "";
      const note = st.update.applied && b ? `${w.biggest}.${momentum}` : w.notApplied(st.nonFinite ?? "");
      return { title, said: `${title}. ${said}`, lines: updateLines(st), note };
    }
    const size = stepNorm(step);
    return { title, said: w.said(title, size === undefined ? "" : numText(size)), lines: nodeLines(st.trace, step.node!, w) };
  }, [st, steps, index, w]);
}
