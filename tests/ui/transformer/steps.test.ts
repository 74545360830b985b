// The steps of an attention head, as data: their order, their matrices and their formulas.

import katex from "katex";
import { describe, expect, it } from "vitest";
import { KATEX_MACROS } from "../../../src/ui/theme/symbols.ts";
import { HEAD_CHOICES, PAIRS, demoTrace, demoTransformer } from "../../../src/ui/transformer/demo.ts";
import { stackTex } from "../../../src/ui/transformer/format.ts";
import { attentionSteps, symbolicTex } from "../../../src/ui/transformer/steps.ts";
import { attentionView, type PlayerKind } from "../../../src/ui/transformer/views.ts";

const KINDS: readonly PlayerKind[] = ["encoder-self", "masked-self", "cross"];

describe("attentionSteps", () => {
  it("attentionSteps(view) lists the nine steps in the lessons' order", () => {
    const view = attentionView(demoTrace(2, PAIRS[0]!), demoTransformer(2), "encoder-self", 0);
    expect(attentionSteps(view).map((s) => s.id)).toEqual(["inputs", "queries", "keys", "values", "transpose", "scores", "mask", "weights", "output"]);
  });

  it("attentionSteps(view) typesets every formula with KaTeX in strict mode, for every kind, head count and pair", () => {
    for (const pair of PAIRS)
      for (const h of HEAD_CHOICES)
        for (const kind of KINDS)
          for (const step of attentionSteps(attentionView(demoTrace(h, pair), demoTransformer(h), kind, h - 1))) {
            const tex = stackTex(symbolicTex(step), step.tex);
            expect(() => katex.renderToString(tex, { displayMode: true, throwOnError: true, strict: "error", trust: false, macros: { ...KATEX_MACROS } }), `${kind} ${step.id}`).not.toThrow();
            // A stray escape in a template literal (\t, \b) turns a command into a control character.
            expect([...tex].some((ch) => ch.charCodeAt(0) < 0x20 && ch !== "\n"), `${kind} ${step.id}`).toBe(false);
          }
  });

  it("attentionSteps(view) for masked self-attention writes −∞ above the diagonal of S + M and 0 in the weights there", () => {
    const view = attentionView(demoTrace(1, PAIRS[0]!), demoTransformer(1), "masked-self", 0);
    const steps = attentionSteps(view);
    const mask = steps.find((s) => s.id === "mask")!.tex;
    expect(mask.match(/-\\infty/gu)).toHaveLength(2 * 6);
    const weights = view.weights;
    for (let i = 0; i < weights.rows; i++) for (let j = i + 1; j < weights.cols; j++) expect(weights.data[i * weights.cols + j]).toBe(0);
  });

  it("attentionSteps(view) for cross-attention takes queries from the decoder and keys and values from the encoder", () => {
    const view = attentionView(demoTrace(2, PAIRS[1]!), demoTransformer(2), "cross", 1);
    const steps = attentionSteps(view);
    const named = (id: string, key: string) => steps.find((s) => s.id === id)!.items.find((i) => i.key === key);
    expect(named("queries", "Q")).toMatchObject({ side: "decoder", rowLabels: ["<sos>", "我", "爱", "中国"] });
    expect(named("keys", "K")).toMatchObject({ side: "encoder", rowLabels: ["i", "love", "china"] });
    expect(named("values", "V")).toMatchObject({ side: "encoder" });
    expect(named("scores", "S")).toMatchObject({ data: { rows: 4, cols: 3 } });
  });
});
