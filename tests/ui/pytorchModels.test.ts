// What the player and the editor show for a model exported from PyTorch: the additive score with
// its biases, each direction's final state as s_0, and the biases' names in both languages.

import katex from "katex";
import { describe, expect, it } from "vitest";
import { forward } from "../../src/core/forward.ts";
import type { ContextStep, DecoderStep } from "../../src/core/trace.ts";
import { paramInfos } from "../../src/ui/editor/paramInfo.ts";
import { en } from "../../src/ui/i18n/en.ts";
import { zh } from "../../src/ui/i18n/zh.ts";
import { renderTex } from "../../src/ui/components/katex.ts";
import { lineChunks, valueNames } from "../../src/ui/player/formulaLayout.ts";
import { stepFormulas, type FormulaLine } from "../../src/ui/player/stepFormulas.ts";
import { loadModel } from "../interop/reference.ts";

/** Every value a line shows is given, and every run of TeX of every line typesets without a KaTeX error. */
function expectTypesets(lines: readonly FormulaLine[]): void {
  for (const line of lines) {
    for (const name of valueNames(line.tex)) expect(line.values[name], `${line.key}: ⟨${name}⟩`).toBeDefined();
    for (const seg of lineChunks(line.tex).flat(2)) if (seg.kind === "tex") expect(renderTex(katex, `{}${seg.tex}{}`), line.key).not.toContain("katex-error");
  }
}

/** A line's TeX as typeset: pointable terms (⟦key|tex⟧, e.g. a parameter the reader can press) reduced to their TeX. */
function typeset(tex: string): string {
  return tex.replace(/⟦\w+\|([^⟧]*)⟧/gu, "$1");
}

describe("an exported PyTorch model in the player and the editor", () => {
  it("stepFormulas(decoder step of the tutorial's model) writes the additive score with b_s, b_h and b_v", () => {
    const model = loadModel("tutorial-attention");
    const trace = forward(model, "je suis grand");
    const step = trace.steps.find((s): s is DecoderStep => s.kind === "decoder")!;
    const lines = stepFormulas(trace, step, model.target.vocab);
    const score = lines.find((l) => l.key === "dec.1:score")!;
    expect(typeset(score.tex)).toContain("+ b_s + W_h");
    expect(typeset(score.tex)).toContain("+ b_v");
    expectTypesets(lines);
  });

  it("stepFormulas(context step) starts a bidirectional attention decoder from [h→_T; h←_1] when the map is final", () => {
    const model = loadModel("plain-lstm-bi-general");
    const trace = forward(model, "i love you");
    const ctx = trace.steps.find((s): s is ContextStep => s.kind === "context")!;
    const lines = stepFormulas(trace, ctx, model.target.vocab);
    expect(lines.find((l) => l.key === "ctx:s0")!.tex).toContain("\\overleftarrow{h}_{1}");
    expect(lines.find((l) => l.key === "ctx:C0")!.tex).toContain("\\overleftarrow{C}_{1}");
    expectTypesets(lines);
  });

  it("paramInfos(the tutorial's model) names the additive score's biases in English and Chinese", () => {
    const model = loadModel("tutorial-attention");
    for (const words of [en.editor, zh.editor]) {
      const biases = paramInfos(model, words).filter((i) => ["b_s", "b_h", "b_v"].includes(i.shape.name));
      expect(biases.map((i) => i.shape.name)).toEqual(["b_s", "b_h", "b_v"]);
      for (const i of biases) expect(i.meaning).not.toBe(i.shape.name);
      expect(biases.map((i) => i.rowLabels.length)).toEqual([4, 4, 1]);
    }
  });
});
