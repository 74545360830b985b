import katex from "katex";
import { describe, expect, it } from "vitest";
import { CELL_FORMULA_IDS } from "../../../src/core/formulas.ts";
import { CELL_KINDS, SCORE_KINDS } from "../../../src/core/model.ts";
import { ADDITIVE_BIAS_FORMULAS, CONTEXT_FORMULAS, SCORE_FORMULAS } from "../../../src/core/attention/index.ts";
import { OUTPUT_FORMULAS } from "../../../src/core/output.ts";
import { ATTENTION_TEMPLATES, CELL_TEMPLATES, OUTPUT_TEMPLATES } from "../../../src/ui/player/formulas.ts";
import { lineChunks, valueNames, type Chunk } from "../../../src/ui/player/formulaLayout.ts";
import { renderTex } from "../../../src/ui/components/katex.ts";
import { stepFormulas, substitute } from "../../../src/ui/player/stepFormulas.ts";
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

/** A chunk as text: TeX as written, values as ⟨name⟩, pieces joined by " | ". */
const show = (chunk: Chunk) => chunk.map((piece) => piece.map((s) => (s.kind === "value" ? `⟨${s.name}⟩` : s.tex)).join(" ")).join(" | ");

describe("formula layout", () => {
  it("lineChunks(tex) keeps a definition whole and gives each further '=' a chunk of its own", () => {
    const chunks = lineChunks("⟦C|C_1⟧ = f_1 \\odot C_0 + i_1 \\odot \\tilde{C}_1 = ⟨f⟩ \\odot ⟦CPrev|⟨CPrev⟩⟧ + ⟨i⟩ \\odot ⟨Ctilde⟩ = ⟦C|⟨C⟩⟧");
    expect(chunks.map(show)).toEqual([
      "C_1 = f_1 | \\odot C_0 | + i_1 | \\odot \\tilde{C}_1",
      "= ⟨f⟩ | \\odot ⟨CPrev⟩ | + ⟨i⟩ | \\odot ⟨Ctilde⟩",
      "= ⟨C⟩",
    ]);
    // A term keeps its key, and a value inside a term is a value.
    expect(chunks[0]![0]![0]).toEqual({ kind: "tex", tex: "C_1", key: "C" });
    expect(chunks[1]![1]![1]).toEqual({ kind: "value", name: "CPrev", key: "CPrev" });
  });

  it("lineChunks(tex) starts no chunk inside brackets, breaks there only before + and ⊙, and cuts two equations apart at ',\\quad' keeping the comma", () => {
    const chunks = lineChunks("h = (1 - ⟨z⟩) \\odot \\tanh(a + b),\\quad y = [s;\\, c] = ⟨y⟩");
    expect(chunks.map(show)).toEqual(["h = (1 - ⟨z⟩ ) | \\odot \\tanh(a | + b),", "y = [s;\\, c]", "= ⟨y⟩"]);
    expect(lineChunks("a = f(x = 1)").map(show)).toEqual(["a = f(x = 1)"]);
  });

  it("valueNames(tex) lists the values a line shows, in order", () => {
    expect(valueNames("a = ⟦x|⟨x⟩⟧ + ⟨b⟩")).toEqual(["x", "b"]);
    expect(substitute("a = ⟨a⟩, b = ⟨b⟩", { a: "1" })).toBe("a = 1, b = ⟨b⟩");
  });
});

describe("formulas", () => {
  it("the attention and output templates are keyed by the core's formula ids: every score, the softmax, the context and every output formula has one", () => {
    const attention = [...Object.values(SCORE_FORMULAS), ADDITIVE_BIAS_FORMULAS.e, ...Object.values(CONTEXT_FORMULAS)];
    expect(Object.keys(ATTENTION_TEMPLATES).sort()).toEqual([...attention, "scores"].sort());
    expect(Object.keys(OUTPUT_TEMPLATES).sort()).toEqual(Object.values(OUTPUT_FORMULAS).sort());
  });

  it("CELL_TEMPLATES has a template for every cell formula id of the core (and nothing else but the inputs' line), each typesetting without a KaTeX error", () => {
    expect(CELL_FORMULA_IDS.length).toBeGreaterThan(10);
    expect(Object.keys(CELL_TEMPLATES).sort()).toEqual([...CELL_FORMULA_IDS, "inputs"].sort());
    const notation = { t: "2", h: "h_{2}", hPrev: "h_{1}", x: "x_{2}", C: "C_{2}", CPrev: "C_{1}" };
    for (const [id, template] of Object.entries(CELL_TEMPLATES)) {
      const tex = substitute(template(notation), Object.fromEntries(valueNames(template(notation)).map((name) => [name, "0.5"]))).replace(/⟦\w+\|([^⟧]*)⟧/gu, "$1");
      expect(renderTex(katex, tex), id).not.toContain("katex-error");
    }
  });

  it("stepFormulas(trace, step) typesets without a KaTeX error and has every value it names, for every cell, decoder, score and query", () => {
    for (const choice of choices()) {
      const trace = expectedTrace(choice);
      // One step of each kind: the first encoder step, the merge, the context and the first decoder step.
      const kinds = new Set<string>();
      for (const step of trace.steps) {
        if (kinds.has(step.kind)) continue;
        kinds.add(step.kind);
        for (const line of stepFormulas(trace, step, FRENCH_VOCAB)) {
          for (const name of valueNames(line.tex)) expect(line.values[name], `${JSON.stringify(choice)} ${line.key}: ⟨${name}⟩`).toBeDefined();
          for (const seg of lineChunks(line.tex).flat(2)) {
            if (seg.kind === "tex") {
              const html = renderTex(katex, `{}${seg.tex}{}`);
              expect(html, `${JSON.stringify(choice)} ${line.key}: ${seg.tex}`).not.toContain("katex-error");
            }
            // Every pointable term finds its value in a picture; the decoder's memory cell has none.
            const unpictured = step.kind === "decoder" && (seg.key === "C" || seg.key === "CPrev");
            if (seg.key && !unpictured) expect(line.bindings[seg.key], `${line.key} binds ${seg.key}`).toBeDefined();
          }
        }
      }
    }
  });

  it("stepFormulas(trace, first decoder step) lists attention before the cell when the query is the previous state, the cell's working folded", () => {
    const trace = expectedTrace({ variant: "attention", query: "previous", cell: "lstm" });
    const step = trace.steps.find((s) => s.kind === "decoder")!;
    const lines = stepFormulas(trace, step, FRENCH_VOCAB);
    expect(lines.map((l) => l.caption)).toEqual(["decoder step", "dot score", "scores", "weights", "context", "inputs", "forget gate", "input gate", "output gate", "candidate", "memory cell", "new state", "logits", "distribution", "next token"]);
    expect(lines.filter((l) => l.fold === "cell").map((l) => l.caption)).toEqual(["inputs", "forget gate", "input gate", "output gate", "candidate", "memory cell"]);
    const current = expectedTrace({ variant: "attention", query: "current", cell: "rnn" });
    const captionsCurrent = stepFormulas(current, current.steps.find((s) => s.kind === "decoder")!, FRENCH_VOCAB).map((l) => l.caption);
    expect(captionsCurrent.indexOf("new state")).toBeLessThan(captionsCurrent.indexOf("weights"));
  });

  it("stepFormulas(trace, encoder step) folds nothing: the encoder's lines are the step", () => {
    const trace = expectedTrace({ cell: "lstm" });
    expect(stepFormulas(trace, trace.steps[0]!, FRENCH_VOCAB).some((l) => l.fold)).toBe(false);
  });
});
