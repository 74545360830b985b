import katex from "katex";
import { describe, expect, it } from "vitest";
import { CELL_KINDS, SCORE_KINDS } from "../../../src/core/model.ts";
import { renderTex } from "../../../src/ui/player/katex.ts";
import { segments, stepFormulas, substitute } from "../../../src/ui/player/stepFormulas.ts";
import { FRENCH_VOCAB } from "../../../src/model/defaults.ts";
import type { ModelChoice } from "../../../src/ui/store.ts";
import { expectedTrace } from "./helpers.ts";

function choices(): Partial<ModelChoice>[] {
  const out: Partial<ModelChoice>[] = [];
  for (const cell of CELL_KINDS) {
    out.push({ cell, variant: "initial" }, { cell, variant: "every-step", bidirectional: true });
    for (const score of SCORE_KINDS) for (const query of ["previous", "current"] as const) out.push({ cell, variant: "attention", score, query });
  }
  return out;
}

describe("formulas", () => {
  it("segments(tex) cuts a line at its pointable terms and keeps everything else in order", () => {
    expect(segments("⟦h|\\sh{h_1}⟧ = \\tanh(⟦x|x⟧)")).toEqual([{ tex: "\\sh{h_1}", key: "h" }, { tex: " = \\tanh(" }, { tex: "x", key: "x" }, { tex: ")" }]);
    expect(substitute("a = ⟨a⟩, b = ⟨b⟩", { a: "1" })).toBe("a = 1, b = ?");
  });

  it("stepFormulas(trace, step) typesets without a KaTeX error for every cell, decoder, score and query", () => {
    for (const choice of choices()) {
      const trace = expectedTrace(choice);
      // One step of each kind: the first encoder step, the merge, the context and the first decoder step.
      const kinds = new Set<string>();
      for (const step of trace.steps) {
        if (kinds.has(step.kind)) continue;
        kinds.add(step.kind);
        for (const line of stepFormulas(trace, step, FRENCH_VOCAB)) {
          expect(line.tex, JSON.stringify(choice)).not.toMatch(/⟨|\?\)/u);
          for (const seg of segments(line.tex)) {
            const html = renderTex(katex, `{}${seg.tex}{}`);
            expect(html, `${JSON.stringify(choice)} ${line.key}: ${seg.tex}`).not.toContain("katex-error");
            // Every pointable term finds its value in a picture; the decoder's memory cell has none.
            const unpictured = step.kind === "decoder" && (seg.key === "C" || seg.key === "CPrev");
            if (seg.key && !unpictured) expect(line.bindings[seg.key], `${line.key} binds ${seg.key}`).toBeDefined();
          }
        }
      }
    }
  });

  it("stepFormulas(trace, first decoder step) lists attention before the cell when the query is the previous state", () => {
    const trace = expectedTrace({ variant: "attention", query: "previous", cell: "rnn" });
    const step = trace.steps.find((s) => s.kind === "decoder")!;
    const captions = stepFormulas(trace, step, FRENCH_VOCAB).map((l) => l.caption);
    expect(captions).toEqual(["decoder step", "reads", "dot score", "scores", "weights", "context", "inputs", "new state", "logits", "distribution", "next token"]);
    const current = expectedTrace({ variant: "attention", query: "current", cell: "rnn" });
    const captionsCurrent = stepFormulas(current, current.steps.find((s) => s.kind === "decoder")!, FRENCH_VOCAB).map((l) => l.caption);
    expect(captionsCurrent.indexOf("new state")).toBeLessThan(captionsCurrent.indexOf("weights"));
  });
});
