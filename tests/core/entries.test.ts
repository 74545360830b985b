import { describe, expect, it } from "vitest";
import { traceEntries, entryById } from "../../src/core/entries.ts";
import { forward } from "../../src/core/forward.ts";
import { CELL_KINDS, paramShapes, SCORE_KINDS } from "../../src/core/model.ts";
import { FORMULA_IDS } from "../../src/core/formulas.ts";
import type { DecoderStep } from "../../src/core/trace.ts";
import { randomModel } from "../helpers/randomModel.ts";

const configs = [
  ...CELL_KINDS.map((cell) => ({ cell, variant: "initial" as const })),
  ...CELL_KINDS.map((cell) => ({ cell, variant: "every-step" as const, context: "mean" as const })),
  ...SCORE_KINDS.flatMap((score) => (["previous", "current"] as const).map((query) => ({ cell: "lstm" as const, variant: "attention" as const, score, query }))),
  { cell: "gru-reset-after" as const, variant: "attention" as const, bidirectional: true, init: "zeros" as const },
  { cell: "lstm" as const, variant: "initial" as const, bidirectional: true },
  { cell: "lstm" as const, variant: "attention" as const, score: "additive" as const, additiveBias: true, bidirectional: true, context: "final" as const },
  { cell: "lstm" as const, variant: "every-step" as const, bidirectional: true, context: "final" as const },
];

describe("traceEntries(trace)", () => {
  it.each(configs)("traceEntries lists unique ids whose sources all come earlier, for %o", (cfg) => {
    const model = randomModel(cfg);
    const trace = forward(model, "i love you", { decoding: { strategy: "sample", temperature: 1, seed: 3, maxLength: 4 } });
    const entries = traceEntries(trace);
    const seen = new Set<string>();
    const params = new Set(paramShapes(model).map((s) => `param:${s.path}`));
    for (const e of entries) {
      expect(seen.has(e.id), `duplicate id ${e.id}`).toBe(false);
      for (const f of e.from) {
        if (f.startsWith("param:")) expect(params.has(f), `${e.id} reads unknown parameter ${f}`).toBe(true);
        else expect(seen.has(f), `${e.id} reads ${f} before it exists`).toBe(true);
      }
      const base = e.formula.startsWith("dec.") && !["dec.input", "dec.readout"].includes(e.formula) ? e.formula.slice(4) : e.formula;
      expect((FORMULA_IDS as readonly string[]).includes(base), `unknown formula ${e.formula}`).toBe(true);
      seen.add(e.id);
    }
  });

  it("traceEntries names the values of an attention step as the lessons do, with the record's own arrays", () => {
    const trace = forward(randomModel({ variant: "attention", score: "dot" }), "i love you");
    const d1 = trace.steps.find((s): s is DecoderStep => s.kind === "decoder")!;
    const names = traceEntries(trace).filter((e) => e.id.startsWith("dec.1.")).map((e) => e.name);
    expect(names).toEqual(["y_prev", "e", "alpha", "c", "x_t", "f_t", "i_t", "o_t", "Ctilde_t", "C_t", "s_t", "logits", "p", "y"]);
    expect(entryById(trace, "dec.1.alpha")!.value).toBe(d1.attention!.alpha);
    expect(entryById(trace, "dec.1.e")!.from).toEqual(["ctx.s_0", "enc.f.1.h_t", "enc.f.2.h_t", "enc.f.3.h_t"]);
    expect(entryById(trace, "dec.1.f_t")!.formula).toBe("dec.lstm.f");
  });

  it("traceEntries names the biased additive score and the final states of a PyTorch-style model", () => {
    const trace = forward(randomModel({ variant: "attention", score: "additive", additiveBias: true, bidirectional: true, context: "final" }), "i love you");
    expect(entryById(trace, "dec.1.e")!.formula).toBe("att.score.additive.bias");
    expect(entryById(trace, "dec.1.u_1")!.formula).toBe("att.additive.u.bias");
    expect(entryById(trace, "ctx.s_0")!.formula).toBe("init.final");
    expect(entryById(trace, "ctx.s_0")!.from).toEqual(["enc.f.3.h_t", "enc.b.1.h_t"]);
    expect(entryById(trace, "ctx.C_0")!.from).toEqual(["enc.f.3.C_t", "enc.b.1.C_t"]);
    const every = forward(randomModel({ variant: "every-step", bidirectional: true, context: "final" }), "i love you");
    expect([entryById(every, "ctx.c")!.formula, entryById(every, "ctx.s_0")!.formula]).toEqual(["ctx.final", "init.context"]);
  });

  it("traceEntries returns the same array for the same trace", () => {
    const trace = forward(randomModel({}), "i love you");
    expect(traceEntries(trace)).toBe(traceEntries(trace));
  });
});
